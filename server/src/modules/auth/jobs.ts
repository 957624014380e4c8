import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { offeredLanguage, webPaths, ZLanguage, type Language } from '@alumni/shared';
import type { Db } from '../../db/client.js';
import { users, type UserRow } from '../../db/schema.js';
import type { Mailer } from '../../mail/mailer.js';
import { renderMail, type MailKind } from '../../mail/templates.js';
import { defineJob, handleJob, type JobHandler } from '../../lib/queue.js';
import { mailBrandingFor } from '../settings/service.js';
import { issueToken } from './tokens.js';

/* The contracts, known to every process that enqueues. */
export const sendVerificationJob = defineJob('auth.send-verification', z.object({ userId: z.uuid() }));
export const sendAlreadyRegisteredJob = defineJob('auth.send-already-registered', z.object({ userId: z.uuid() }));
/** Carries the address, not a user id: whether it belongs to anyone is decided here, not in the request. */
export const sendMagicLinkJob = defineJob(
  'auth.send-magic-link',
  z.object({ email: z.string(), language: ZLanguage.optional() }),
);
export const sendPasswordResetJob = defineJob(
  'auth.send-password-reset',
  z.object({ email: z.string(), language: ZLanguage.optional() }),
);
export const sendPasswordChangedJob = defineJob('auth.send-password-changed', z.object({ userId: z.uuid() }));
export const sendStaffInviteJob = defineJob('auth.send-staff-invite', z.object({ userId: z.uuid() }));
export const sendEmailChangeJob = defineJob(
  'auth.send-email-change',
  z.object({ userId: z.uuid(), newEmail: z.string() }),
);
export const sendEmailChangedJob = defineJob(
  'auth.send-email-changed',
  z.object({ userId: z.uuid(), oldEmail: z.string(), newEmail: z.string() }),
);

export interface AuthMailDeps {
  db: Db;
  mailer: Mailer;
  appUrl: string;
  /** The organisation's name until an admin saves one in the settings. */
  orgName: string;
}

const roleNames: Record<Language, Record<string, string>> = {
  fi: { hr: 'HR', recruiter: 'rekrytoija', admin: 'pääkäyttäjä', member: 'jäsen' },
  sv: { hr: 'HR', recruiter: 'rekryterare', admin: 'administratör', member: 'medlem' },
  en: { hr: 'HR', recruiter: 'recruiter', admin: 'administrator', member: 'member' },
};

export function authJobHandlers(deps: AuthMailDeps): JobHandler[] {
  const { db, mailer } = deps;
  const link = (path: string, token?: string) =>
    `${deps.appUrl}${path}${token ? `?token=${encodeURIComponent(token)}` : ''}`;
  const byId = async (id: string) => (await db.select().from(users).where(eq(users.id, id)))[0];
  const byEmail = async (email: string) =>
    (await db.select().from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`))[0];
  type Vars = { link?: string; role?: string; newEmail?: string };
  const send = async (to: string, user: Pick<UserRow, 'firstName' | 'language'>, kind: MailKind, vars: Vars | ((language: Language) => Vars), language?: Language) => {
    // The name, colours and languages are the organisation's settings at sending time.
    const branding = await mailBrandingFor(db, deps);
    const lang = offeredLanguage(branding.brand, language ?? user.language);
    const mail = renderMail(kind, lang, { ...branding, firstName: user.firstName, ...(typeof vars === 'function' ? vars(lang) : vars) });
    await mailer.send({ to, ...mail });
  };

  return [
    handleJob(sendVerificationJob, async ({ userId }) => {
      const user = await byId(userId);
      if (!user || user.emailVerifiedAt || user.status !== 'pending') return;
      const token = await issueToken(db, user.id, 'verify_email');
      await send(user.email, user, 'verify_email', { link: link(webPaths.confirmEmail, token) });
    }),
    handleJob(sendAlreadyRegisteredJob, async ({ userId }) => {
      const user = await byId(userId);
      if (!user || user.status === 'erased' || user.status === 'suspended') return;
      await send(user.email, user, 'already_registered', { link: link(webPaths.signIn) });
    }),
    handleJob(sendMagicLinkJob, async ({ email, language }) => {
      const user = await byEmail(email);
      // Unknown, suspended or erased addresses get nothing; the request answered the same either way.
      // An invited staff member who has not accepted goes through the invitation, not around it.
      if (!user || !(user.status === 'active' || (user.status === 'pending' && user.role === 'member'))) return;
      const token = await issueToken(db, user.id, 'magic_link');
      await send(user.email, user, 'magic_link', { link: link(webPaths.magicLink, token) }, language);
    }),
    handleJob(sendPasswordResetJob, async ({ email, language }) => {
      const user = await byEmail(email);
      if (!user || user.status !== 'active') return;
      const token = await issueToken(db, user.id, 'password_reset');
      await send(user.email, user, 'password_reset', { link: link(webPaths.resetPassword, token) }, language);
    }),
    handleJob(sendPasswordChangedJob, async ({ userId }) => {
      const user = await byId(userId);
      if (!user || user.status === 'erased') return;
      await send(user.email, user, 'password_changed', {});
    }),
    handleJob(sendStaffInviteJob, async ({ userId }) => {
      const user = await byId(userId);
      if (!user || user.status !== 'pending') return;
      const token = await issueToken(db, user.id, 'invite');
      await send(user.email, user, 'staff_invite', (language) => ({
        link: link(webPaths.acceptInvite, token),
        role: roleNames[language][user.role] ?? user.role,
      }));
    }),
    handleJob(sendEmailChangeJob, async ({ userId, newEmail }) => {
      const user = await byId(userId);
      if (!user || user.status !== 'active') return;
      const token = await issueToken(db, user.id, 'change_email', { newEmail });
      await send(newEmail, user, 'change_email', { link: link(webPaths.confirmEmailChange, token) });
    }),
    handleJob(sendEmailChangedJob, async ({ userId, oldEmail, newEmail }) => {
      const user = await byId(userId);
      if (!user) return;
      await send(oldEmail, user, 'email_changed', { newEmail });
    }),
  ];
}
