import { baseConfig } from '../eslint.config.base.js';

export default baseConfig({
  dir: import.meta.dirname,
  env: 'browser',
  ignores: ['e2e/artifacts/**'],
  nodeFiles: ['e2e/**/*.ts', '*.config.ts'],
});
