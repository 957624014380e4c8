import type { Language } from '@alumni/shared';
import type { Template } from '../template-types.js';

export const membershipTemplates = {} satisfies Record<string, Record<Language, Template>>;
