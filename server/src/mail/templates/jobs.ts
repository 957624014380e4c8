import type { Language } from '@alumni/shared';
import type { MailVars, Template } from '../template-types.js';

const list = (v: MailVars) => (v.jobs ?? []).map((j) => `• ${j.title} – ${j.facts}`);
const buttons = (v: MailVars) => (v.jobs ?? []).slice(0, 10).map((j) => ({ label: j.title, link: j.link }));
const first = (v: MailVars) => v.jobs?.[0]?.title ?? '';

export const jobTemplates = {
  /** One new returner job that matches a member's alert, sent when it opens. */
  job_alert: {
    fi: {
      subject: (v) => `Uusi paluutyöpaikka: ${first(v)} – ${v.orgName}`,
      lines: (v) => ['Hakuvahtisi löysi uuden työpaikan:', ...list(v)],
      actions: buttons,
      button: 'Kaikki työpaikat',
      footer: 'Saat tämän viestin, koska tallensit hakuvahdin ja annoit luvan työpaikkailmoituksiin. Voit muuttaa hakuvahtia tai perua luvan portaalissa.',
    },
    sv: {
      subject: (v) => `Nytt återvändarjobb: ${first(v)} – ${v.orgName}`,
      lines: (v) => ['Din jobbevakning hittade ett nytt jobb:', ...list(v)],
      actions: buttons,
      button: 'Alla jobb',
      footer: 'Du får detta meddelande eftersom du sparade en jobbevakning och gav samtycke till jobbaviseringar. Du kan ändra bevakningen eller återta samtycket i portalen.',
    },
    en: {
      subject: (v) => `New returner job: ${first(v)} – ${v.orgName}`,
      lines: (v) => ['Your job alert found a new job:', ...list(v)],
      actions: buttons,
      button: 'All jobs',
      footer: 'You get this message because you saved a job alert and allowed job alert mail. You can change the alert or withdraw the consent in the portal.',
    },
  },
  /** The week's new matching jobs in one mail. */
  job_digest: {
    fi: {
      subject: (v) => `Viikon uudet paluutyöpaikat (${v.jobs?.length ?? 0}) – ${v.orgName}`,
      lines: (v) => ['Hakuvahtisi löysi tällä viikolla nämä työpaikat:', ...list(v)],
      actions: buttons,
      button: 'Kaikki työpaikat',
      footer: 'Saat tämän viikkokoosteen, koska tallensit hakuvahdin ja annoit luvan työpaikkailmoituksiin. Voit muuttaa hakuvahtia tai perua luvan portaalissa.',
    },
    sv: {
      subject: (v) => `Veckans nya återvändarjobb (${v.jobs?.length ?? 0}) – ${v.orgName}`,
      lines: (v) => ['Din jobbevakning hittade dessa jobb den här veckan:', ...list(v)],
      actions: buttons,
      button: 'Alla jobb',
      footer: 'Du får denna veckosammanfattning eftersom du sparade en jobbevakning och gav samtycke till jobbaviseringar. Du kan ändra bevakningen eller återta samtycket i portalen.',
    },
    en: {
      subject: (v) => `This week's new returner jobs (${v.jobs?.length ?? 0}) – ${v.orgName}`,
      lines: (v) => ['Your job alert found these jobs this week:', ...list(v)],
      actions: buttons,
      button: 'All jobs',
      footer: 'You get this weekly digest because you saved a job alert and allowed job alert mail. You can change the alert or withdraw the consent in the portal.',
    },
  },
} satisfies Record<string, Record<Language, Template>>;
