import { baseConfig } from '../eslint.config.base.js';

export default baseConfig({ dir: import.meta.dirname, env: 'node' });
