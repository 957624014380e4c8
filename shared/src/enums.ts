import { z } from 'zod';

export const languages = ['fi', 'sv', 'en'] as const;
export const ZLanguage = z.enum(languages);
export type Language = z.infer<typeof ZLanguage>;
export const defaultLanguage: Language = 'fi';

export const roles = ['member', 'hr', 'recruiter', 'admin'] as const;
export const ZRole = z.enum(roles);
export type Role = z.infer<typeof ZRole>;

export const staffRoles = ['hr', 'recruiter', 'admin'] as const;
export const ZStaffRole = z.enum(staffRoles);
export type StaffRole = z.infer<typeof ZStaffRole>;

export const userStatuses = ['pending', 'active', 'suspended', 'erased'] as const;
export const ZUserStatus = z.enum(userStatuses);
export type UserStatus = z.infer<typeof ZUserStatus>;

export const memberTypes = ['former_employee', 'intern', 'summer_worker', 'retiree', 'contractor'] as const;
export const ZMemberType = z.enum(memberTypes);
export type MemberType = z.infer<typeof ZMemberType>;

export const returnModes = ['full_time', 'part_time', 'project', 'summer', 'substitute', 'gig'] as const;
export const ZReturnMode = z.enum(returnModes);
export type ReturnMode = z.infer<typeof ZReturnMode>;

export const consentChannels = ['newsletter', 'event_invites', 'job_alerts', 'tracking', 'recruiter_contact'] as const;
export const ZConsentChannel = z.enum(consentChannels);
export type ConsentChannel = z.infer<typeof ZConsentChannel>;

export const directoryVisibilities = ['members', 'staff', 'hidden'] as const;
export const ZDirectoryVisibility = z.enum(directoryVisibilities);
export type DirectoryVisibility = z.infer<typeof ZDirectoryVisibility>;

export const verificationStatuses = ['unverified', 'pending', 'verified', 'rejected', 'info_requested'] as const;
export const ZVerificationStatus = z.enum(verificationStatuses);
export type VerificationStatus = z.infer<typeof ZVerificationStatus>;

/** Which roles may do what; the route table reads these so that the access list lives in one place. */
export const isStaff = (role: Role): boolean => role !== 'member';

export const claimStatuses = ['pending', 'verified', 'rejected', 'info_requested'] as const;
export const ZClaimStatus = z.enum(claimStatuses);
export type ClaimStatus = z.infer<typeof ZClaimStatus>;

export const importStatuses = ['previewed', 'importing', 'done', 'failed', 'discarded'] as const;
export const ZImportStatus = z.enum(importStatuses);
export type ImportStatus = z.infer<typeof ZImportStatus>;

export const suppressionReasons = ['unsubscribed', 'hard_bounce', 'complaint', 'erased'] as const;
export const ZSuppressionReason = z.enum(suppressionReasons);
export type SuppressionReason = z.infer<typeof ZSuppressionReason>;

/** Where a consent change came from, kept in the consent history. */
export const consentSources = ['signup', 'profile', 'preferences', 'staff', 'invitation', 'unsubscribe_link'] as const;
export const ZConsentSource = z.enum(consentSources);
export type ConsentSource = z.infer<typeof ZConsentSource>;
