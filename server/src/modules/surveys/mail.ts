import { eq, sql } from 'drizzle-orm';
import { offeredLanguage, webPaths, withId, type Language, type LocalizedText } from '@alumni/shared';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { surveys } from '../../db/schema.js';
import type { OutgoingMail } from '../../mail/mailer.js';
import { renderMail } from '../../mail/templates.js';
import type { DeliveryRenderer, Renderers } from '../deliveries/service.js';
import { formatMoment } from '../events/format.js';
import { listHeaders, preferencesPage } from '../newsletters/mail.js';
import { signPreferenceToken } from '../newsletters/tokens.js';
import { mailBrandingFor } from '../settings/service.js';

type MailConfig = Pick<Config, 'appUrl' | 'orgName' | 'jwtSecret' | 'mailFrom'>;

/** The survey page a mail links to. */
export const surveyPageUrl = (appUrl: string, id: string) => `${appUrl}${withId(webPaths.survey, id)}`;

/** The survey's own texts in one language: the reader's if the title is written in it, else the first one that is. */
function surveyLanguage(title: LocalizedText, language: Language): Language {
  if (title[language]) return language;
  return (['fi', 'en', 'sv'] as const).find((l) => title[l] !== '') ?? language;
}

/**
 * A survey's mail, rebuilt when it is sent: skipped when the newsletter consent was withdrawn, the
 * survey closed or is gone, or the member has answered already. It carries the newsletter's
 * one-click unsubscribe headers, as it goes out on that consent.
 */
export function surveyRenderers(deps: { db: Db; config: MailConfig }): Renderers {
  const { config } = deps;
  const survey: DeliveryRenderer = async (d, to): Promise<OutgoingMail | null> => {
    if (to.consents.newsletter !== true || typeof d.data.surveyId !== 'string') return null;
    const id = d.data.surveyId;
    const [found] = await deps.db
      .select({
        row: surveys,
        open: sql<boolean>`${surveys.closesAt} > now()`,
        answered: sql<boolean>`exists (select 1 from survey_participants p where p.survey_id = ${surveys.id} and p.member_id = ${d.memberId})`,
      })
      .from(surveys)
      .where(eq(surveys.id, id));
    if (!found?.row.openedAt || !found.open || found.answered) return null;
    const { row } = found;
    const branding = await mailBrandingFor(deps.db, config);
    const language = offeredLanguage(branding.brand, to.language);
    const textLanguage = surveyLanguage(row.title, language);
    const rendered = renderMail('survey_invitation', language, {
      ...branding,
      firstName: to.firstName,
      link: surveyPageUrl(config.appUrl, row.id),
      survey: {
        title: row.title[textLanguage],
        intro: row.intro[textLanguage],
        closes: formatMoment(row.closesAt, 'Europe/Helsinki', language),
        anonymous: row.anonymous,
      },
    });
    const token = signPreferenceToken(config.jwtSecret, { memberId: to.userId, deliveryId: d.id });
    return { to: to.email, ...rendered, headers: listHeaders(config, token, preferencesPage(config.appUrl, token)) };
  };
  return { survey };
}
