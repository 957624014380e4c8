import { eq } from 'drizzle-orm';
import { apiPaths, offeredLanguage, webPaths, type Language, type OrgSettings } from '@alumni/shared';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { newsletters, users, type NewsletterRendition } from '../../db/schema.js';
import type { Mailer, OutgoingMail } from '../../mail/mailer.js';
import type { DeliveryRenderer, MessageHooks, Recipient } from '../deliveries/service.js';
import { readOrgSettings } from '../settings/service.js';
import { personalize } from './render.js';
import { finishIfDone, getNewsletterRow, newsletterIdOfKey, renderIssue, sampleMail } from './service.js';
import { signPreferenceToken, signTrackingToken } from './tokens.js';

type MailConfig = Pick<Config, 'appUrl' | 'orgName' | 'jwtSecret' | 'mailFrom'>;

interface Frozen {
  status: string;
  renditions: Partial<Record<Language, NewsletterRendition>>;
  links: string[];
  /** The languages offered when the issue was loaded: a member whose own is not gets the default one. */
  offered: Pick<OrgSettings, 'languages' | 'defaultLanguage'>;
}

const hostOf = (appUrl: string) => new URL(appUrl).hostname || 'localhost';

/** The headers every newsletter mail carries: RFC 8058 one-click unsubscribe, RFC 2369 list headers. */
export function listHeaders(config: MailConfig, token: string, unsubscribePage: string): Record<string, string> {
  return {
    'List-Unsubscribe': `<${config.appUrl}${apiPaths.oneClickUnsubscribe(token)}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    'List-Id': `Newsletter <newsletter.${hostOf(config.appUrl)}>`,
    'List-Help': `<${unsubscribePage}>`,
    Precedence: 'bulk',
  };
}

export const preferencesPage = (appUrl: string, token: string) => `${appUrl}${webPaths.unsubscribe}?token=${token}`;

/**
 * Renders a newsletter delivery from the issue frozen at its start: the renditions are read once
 * per issue and kept (they never change after the start), so each mail only fills in its member.
 * Skipped when the member has withdrawn the newsletter consent since the rows were written.
 */
export function newsletterRenderers(deps: { db: Db; config: MailConfig }): Record<string, DeliveryRenderer> {
  const { config } = deps;
  const frozen = new Map<string, Promise<Frozen | null>>();
  const load = (id: string) => {
    let p = frozen.get(id);
    if (!p) {
      p = Promise.all([
        deps.db.select({ status: newsletters.status, renditions: newsletters.renditions, links: newsletters.links }).from(newsletters).where(eq(newsletters.id, id)),
        readOrgSettings(deps.db, config),
      ]).then(([[row], offered]) => (row?.renditions ? { status: row.status, renditions: row.renditions, links: row.links, offered } : null));
      frozen.set(id, p);
      if (frozen.size > 20) frozen.delete(frozen.keys().next().value as string);
    }
    return p;
  };
  return {
    newsletter: async (d, to: Recipient): Promise<OutgoingMail | null> => {
      if (to.consents.newsletter !== true) return null;
      const id = String(d.data.newsletterId ?? '');
      const issue = await load(id);
      const language = issue ? offeredLanguage(issue.offered, to.language) : to.language;
      const rendition = issue?.renditions[language];
      if (!issue || !rendition) throw new Error(`newsletter ${id} has no rendition in ${language}`);
      const token = signPreferenceToken(config.jwtSecret, { memberId: to.userId, deliveryId: d.id });
      const page = preferencesPage(config.appUrl, token);
      const tracking = Number(d.data.tracked) === 1 && to.consents.tracking === true ? signTrackingToken(config.jwtSecret, d.id) : null;
      const mail = personalize(rendition, issue.links, {
        language,
        firstName: to.firstName,
        lastName: to.lastName,
        unsubscribeUrl: page,
        preferencesUrl: page,
        openUrl: tracking ? `${config.appUrl}${apiPaths.trackOpen(tracking)}` : null,
        link: (n, href) => (tracking ? `${config.appUrl}${apiPaths.trackClick(tracking, n)}` : href),
      });
      return {
        to: to.email,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: `<newsletter.${d.id}@${hostOf(config.appUrl)}>`,
        headers: listHeaders(config, token, page),
      };
    },
  };
}

/** A paused issue stops at the next batch; one with nothing left becomes sent. */
export function newsletterHooks(db: Db): MessageHooks {
  return {
    prefix: 'newsletter:',
    mayContinue: async (key) => {
      const id = newsletterIdOfKey(key);
      if (!id) return false;
      const [row] = await db.select({ status: newsletters.status }).from(newsletters).where(eq(newsletters.id, id));
      return row?.status === 'sending';
    },
    afterSend: async (key) => {
      const id = newsletterIdOfKey(key);
      if (id) await finishIfDone(db, id);
    },
  };
}

const testPrefix: Readonly<Record<Language, string>> = { fi: '[Testi]', sv: '[Test]', en: '[Test]' };

/** The issue as it stands, to the author or a few addresses, marked as a test; its links act on nothing. */
export async function sendTestMail(deps: { db: Db; mailer: Mailer; config: MailConfig }, job: { newsletterId: string; to: string[]; language: Language; actorId: string }): Promise<void> {
  const row = await getNewsletterRow(deps.db, job.newsletterId).catch(() => null);
  if (!row) return;
  const [author] = await deps.db.select({ firstName: users.firstName, lastName: users.lastName }).from(users).where(eq(users.id, job.actorId));
  const issue = await renderIssue(deps.db, deps.config, row);
  const mail = sampleMail(issue, job.language, deps.config, author ?? { firstName: null, lastName: null });
  for (const to of job.to) {
    await deps.mailer.send({ to, subject: `${testPrefix[job.language]} ${mail.subject}`, text: mail.text, html: mail.html });
  }
}
