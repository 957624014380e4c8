import { isStaff, webPaths, type Role } from '@alumni/shared';

export { webPaths };

export const returnToParam = 'returnTo';

/** Only same-site paths may be returned to after sign-in; anything else falls back to the default. */
export function safeReturnPath(value: string | null): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  return value;
}

export function signInPath(returnTo?: string): string {
  if (!returnTo || returnTo === webPaths.home) return webPaths.signIn;
  return `${webPaths.signIn}?${new URLSearchParams({ [returnToParam]: returnTo }).toString()}`;
}

/** Where a user lands after signing in with no return path: staff in the console, members at home. */
export const homeFor = (role: Role): string => (isStaff(role) ? webPaths.admin : webPaths.home);
