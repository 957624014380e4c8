import type { Language } from '@alumni/shared';
import type { Template } from '../template-types.js';

export const privacyTemplates = {} satisfies Record<string, Record<Language, Template>>;
