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

  // membership: claims and invitations
  membership: '/api/v1/membership',
  membershipClaim: '/api/v1/membership/claim',
  membershipClaimReply: '/api/v1/membership/claim/reply',
  invitationPreview: '/api/v1/invitations/preview',
  invitationJoin: '/api/v1/invitations/join',
  // the member's profile
  profile: '/api/v1/profile',
  profilePhoto: '/api/v1/profile/photo',
  profileEmployment: '/api/v1/profile/employment',
  profileEmploymentItem: (id: string) => `/api/v1/profile/employment/${id}`,
  profileConsents: '/api/v1/profile/consents',
  memberPhoto: (id: string) => `/api/v1/members/${id}/photo`,
  // the directory
  directory: '/api/v1/directory',
  directoryFacets: '/api/v1/directory/facets',
  directoryProfile: (id: string) => `/api/v1/directory/${id}`,
  // the member's own data
  accountExport: '/api/v1/account/export',
  accountEraseRequest: '/api/v1/account/erase/request',
  accountErase: '/api/v1/account/erase',
  // HR's console
  adminMembers: '/api/v1/admin/members',
  adminMembersExport: '/api/v1/admin/members/export',
  adminMember: (id: string) => `/api/v1/admin/members/${id}`,
  adminMemberSuspend: (id: string) => `/api/v1/admin/members/${id}/suspend`,
  adminMemberReactivate: (id: string) => `/api/v1/admin/members/${id}/reactivate`,
  adminMemberErase: (id: string) => `/api/v1/admin/members/${id}/erase`,
  adminApprovals: '/api/v1/admin/approvals',
  adminApprove: (claimId: string) => `/api/v1/admin/approvals/${claimId}/approve`,
  adminReject: (claimId: string) => `/api/v1/admin/approvals/${claimId}/reject`,
  adminRequestInfo: (claimId: string) => `/api/v1/admin/approvals/${claimId}/request-info`,
  adminRecords: '/api/v1/admin/records',
  adminRecordImports: '/api/v1/admin/records/imports',
  adminRecordImport: (id: string) => `/api/v1/admin/records/imports/${id}`,
  adminRecordImportCommit: (id: string) => `/api/v1/admin/records/imports/${id}/commit`,
  adminRecordImportDiscard: (id: string) => `/api/v1/admin/records/imports/${id}/discard`,
  adminRecordInvitations: '/api/v1/admin/records/invitations',
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
  membership: '/membership',
  join: '/join',
  profile: '/profile',
  directory: '/directory',
  directoryProfile: '/directory/:id',
  /** The erasure confirmation that accounts without a password get by mail. */
  confirmErase: '/account/erase',
  adminMembers: '/admin/members',
  adminMember: '/admin/members/:id',
  adminApprovals: '/admin/approvals',
  adminRecords: '/admin/records',
} as const;

/** A path of `webPaths` with its `:id` filled in. */
export const withId = (path: string, id: string): string => path.replace(':id', encodeURIComponent(id));
