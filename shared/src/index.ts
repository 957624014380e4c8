export * from './error-codes.js';
export * from './enums.js';
export * from './common.js';
export * from './auth.js';
export * from './api-paths.js';
export * from './membership.js';
export * from './events.js';
export * from './newsletters.js';
