import type { ErrorOverrides } from '../../../i18n/describe-error';

/** A link that stopped working between opening the page and pressing a button reads like one that never did. */
export const linkErrors: ErrorOverrides = {
  invalid_token: 'errors.invalidToken',
  not_found: 'errors.invalidToken',
};
