/** The HTTP surface, one constant per endpoint, so the client and the server cannot drift apart. */
export const apiPaths = {
  health: '/api/health',
  ready: '/api/ready',
  csrf: '/api/v1/auth/csrf',
  session: '/api/v1/auth/session',
  register: '/api/v1/auth/register',
  verifyEmail: '/api/v1/auth/verify-email',
  login: '/api/v1/auth/login',
  magicLink: '/api/v1/auth/magic-link',
  magicLinkConsume: '/api/v1/auth/magic-link/consume',
  forgotPassword: '/api/v1/auth/password/forgot',
  resetPassword: '/api/v1/auth/password/reset',
  acceptInvite: '/api/v1/auth/invitations/accept',
  logout: '/api/v1/auth/logout',
  logoutAll: '/api/v1/auth/logout-all',
  account: '/api/v1/account',
  changePassword: '/api/v1/account/password',
  changeEmail: '/api/v1/account/email',
  confirmEmailChange: '/api/v1/account/email/confirm',
  accountSessions: '/api/v1/account/sessions',
  accountSessionRevoke: (id: string) => `/api/v1/account/sessions/${id}/revoke`,
  staff: '/api/v1/admin/staff',
  staffInvitations: '/api/v1/admin/staff/invitations',
  userRole: (id: string) => `/api/v1/admin/users/${id}/role`,
  userSuspend: (id: string) => `/api/v1/admin/users/${id}/suspend`,
  userReactivate: (id: string) => `/api/v1/admin/users/${id}/reactivate`,
  audit: '/api/v1/admin/audit',
} as const;

export const csrfCookieName = 'alumni_csrf';
export const csrfHeaderName = 'x-csrf-token';
export const sessionCookieName = 'alumni_session';

/** SPA paths that mails link to; the server builds links from these and the SPA routes them. */
export const webPaths = {
  home: '/',
  signIn: '/sign-in',
  register: '/register',
  confirmEmail: '/confirm-email',
  magicLink: '/magic-link',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password',
  acceptInvite: '/accept-invite',
  account: '/account',
  confirmEmailChange: '/account/confirm-email',
  admin: '/admin',
  adminStaff: '/admin/staff',
  adminAudit: '/admin/audit',
} as const;
