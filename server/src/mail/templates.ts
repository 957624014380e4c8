import { defaultOrgSettings, offeredLanguage, type Language } from '@alumni/shared';

import type { Template } from './template-types.js';
import { membershipTemplates } from './templates/membership.js';
import { privacyTemplates } from './templates/privacy.js';
import { eventTemplates } from './templates/events.js';
import { recordTemplates } from './templates/records.js';
import { jobTemplates } from './templates/jobs.js';
import { surveyTemplates } from './templates/surveys.js';

export type { MailVars } from './template-types.js';
import type { MailVars } from './template-types.js';

const hello = { fi: 'Hei', sv: 'Hej', en: 'Hello' } as const;

const authTemplates = {
  verify_email: {
    fi: {
      subject: (v) => `Vahvista sähköpostiosoitteesi – ${v.orgName}`,
      lines: () => ['Kiitos, että liityit alumniyhteisöön. Vahvista sähköpostiosoitteesi alla olevasta painikkeesta.'],
      button: 'Vahvista osoite',
      footer: 'Linkki on voimassa 48 tuntia. Jos et liittynyt, voit jättää tämän viestin huomiotta.',
    },
    sv: {
      subject: (v) => `Bekräfta din e-postadress – ${v.orgName}`,
      lines: () => ['Tack för att du gick med i alumnigemenskapen. Bekräfta din e-postadress med knappen nedan.'],
      button: 'Bekräfta adressen',
      footer: 'Länken gäller i 48 timmar. Om du inte registrerade dig kan du ignorera detta meddelande.',
    },
    en: {
      subject: (v) => `Confirm your email address – ${v.orgName}`,
      lines: () => ['Thank you for joining the alumni community. Please confirm your email address with the button below.'],
      button: 'Confirm address',
      footer: 'The link is valid for 48 hours. If you did not sign up, you can ignore this message.',
    },
  },
  already_registered: {
    fi: {
      subject: (v) => `Sinulla on jo tili – ${v.orgName}`,
      lines: () => ['Joku yritti luoda tiliä tällä osoitteella, mutta sinulla on jo tili. Voit kirjautua sisään tai palauttaa salasanasi.'],
      button: 'Kirjaudu sisään',
      footer: 'Jos et yrittänyt rekisteröityä, voit jättää tämän viestin huomiotta.',
    },
    sv: {
      subject: (v) => `Du har redan ett konto – ${v.orgName}`,
      lines: () => ['Någon försökte skapa ett konto med den här adressen, men du har redan ett. Du kan logga in eller återställa ditt lösenord.'],
      button: 'Logga in',
      footer: 'Om det inte var du kan du ignorera detta meddelande.',
    },
    en: {
      subject: (v) => `You already have an account – ${v.orgName}`,
      lines: () => ['Someone tried to create an account with this address, but you already have one. You can sign in or reset your password.'],
      button: 'Sign in',
      footer: 'If this was not you, you can ignore this message.',
    },
  },
  magic_link: {
    fi: {
      subject: (v) => `Kirjautumislinkkisi – ${v.orgName}`,
      lines: () => ['Kirjaudu sisään alla olevasta painikkeesta. Linkki toimii kerran.'],
      button: 'Kirjaudu sisään',
      footer: 'Linkki on voimassa 10 minuuttia. Jos et pyytänyt linkkiä, voit jättää tämän viestin huomiotta.',
    },
    sv: {
      subject: (v) => `Din inloggningslänk – ${v.orgName}`,
      lines: () => ['Logga in med knappen nedan. Länken fungerar en gång.'],
      button: 'Logga in',
      footer: 'Länken gäller i 10 minuter. Om du inte bad om länken kan du ignorera detta meddelande.',
    },
    en: {
      subject: (v) => `Your sign-in link – ${v.orgName}`,
      lines: () => ['Sign in with the button below. The link works once.'],
      button: 'Sign in',
      footer: 'The link is valid for 10 minutes. If you did not ask for it, you can ignore this message.',
    },
  },
  password_reset: {
    fi: {
      subject: (v) => `Salasanan vaihtaminen – ${v.orgName}`,
      lines: () => ['Pyysit salasanan vaihtamista. Valitse uusi salasana alla olevasta painikkeesta.'],
      button: 'Vaihda salasana',
      footer: 'Linkki on voimassa tunnin. Jos et pyytänyt vaihtoa, salasanasi pysyy ennallaan.',
    },
    sv: {
      subject: (v) => `Byte av lösenord – ${v.orgName}`,
      lines: () => ['Du bad om att få byta lösenord. Välj ett nytt lösenord med knappen nedan.'],
      button: 'Byt lösenord',
      footer: 'Länken gäller i en timme. Om du inte bad om detta förblir ditt lösenord oförändrat.',
    },
    en: {
      subject: (v) => `Reset your password – ${v.orgName}`,
      lines: () => ['You asked to reset your password. Choose a new one with the button below.'],
      button: 'Choose a new password',
      footer: 'The link is valid for one hour. If you did not ask for this, your password stays as it is.',
    },
  },
  password_changed: {
    fi: {
      subject: (v) => `Salasanasi vaihdettiin – ${v.orgName}`,
      lines: () => ['Tilisi salasana vaihdettiin, ja kaikki aiemmat istunnot kirjattiin ulos.', 'Jos et tehnyt tätä itse, palauta salasanasi heti ja ota yhteyttä ylläpitoon.'],
      footer: 'Tämä on automaattinen turvallisuusilmoitus.',
    },
    sv: {
      subject: (v) => `Ditt lösenord har bytts – ${v.orgName}`,
      lines: () => ['Lösenordet till ditt konto har bytts och alla tidigare sessioner har loggats ut.', 'Om det inte var du, återställ ditt lösenord genast och kontakta administratören.'],
      footer: 'Detta är ett automatiskt säkerhetsmeddelande.',
    },
    en: {
      subject: (v) => `Your password was changed – ${v.orgName}`,
      lines: () => ['The password of your account was changed and all earlier sessions were signed out.', 'If this was not you, reset your password at once and contact the administrators.'],
      footer: 'This is an automatic security notice.',
    },
  },
  staff_invite: {
    fi: {
      subject: (v) => `Kutsu ylläpitoon – ${v.orgName}`,
      lines: (v) => [`Sinut on kutsuttu alumniyhteisön ylläpitoon roolissa ${v.role ?? ''}. Luo tunnuksesi alla olevasta painikkeesta.`],
      button: 'Ota kutsu vastaan',
      footer: 'Kutsu on voimassa 7 päivää.',
    },
    sv: {
      subject: (v) => `Inbjudan till administrationen – ${v.orgName}`,
      lines: (v) => [`Du har bjudits in till alumnigemenskapens administration med rollen ${v.role ?? ''}. Skapa ditt konto med knappen nedan.`],
      button: 'Ta emot inbjudan',
      footer: 'Inbjudan gäller i 7 dagar.',
    },
    en: {
      subject: (v) => `Invitation to the alumni console – ${v.orgName}`,
      lines: (v) => [`You have been invited to run the alumni community with the role ${v.role ?? ''}. Create your account with the button below.`],
      button: 'Accept the invitation',
      footer: 'The invitation is valid for 7 days.',
    },
  },
  change_email: {
    fi: {
      subject: (v) => `Vahvista uusi sähköpostiosoitteesi – ${v.orgName}`,
      lines: () => ['Pyysit tilisi sähköpostiosoitteen vaihtamista tähän osoitteeseen. Vahvista vaihto alla olevasta painikkeesta.'],
      button: 'Vahvista uusi osoite',
      footer: 'Linkki on voimassa 48 tuntia.',
    },
    sv: {
      subject: (v) => `Bekräfta din nya e-postadress – ${v.orgName}`,
      lines: () => ['Du bad om att byta ditt kontos e-postadress till den här adressen. Bekräfta bytet med knappen nedan.'],
      button: 'Bekräfta den nya adressen',
      footer: 'Länken gäller i 48 timmar.',
    },
    en: {
      subject: (v) => `Confirm your new email address – ${v.orgName}`,
      lines: () => ['You asked to change the email address of your account to this one. Confirm the change with the button below.'],
      button: 'Confirm the new address',
      footer: 'The link is valid for 48 hours.',
    },
  },
  email_changed: {
    fi: {
      subject: (v) => `Sähköpostiosoitteesi vaihdettiin – ${v.orgName}`,
      lines: (v) => [`Tilisi sähköpostiosoite on nyt ${v.newEmail ?? ''}.`, 'Jos et tehnyt tätä itse, ota yhteyttä ylläpitoon.'],
      footer: 'Tämä on automaattinen turvallisuusilmoitus.',
    },
    sv: {
      subject: (v) => `Din e-postadress har bytts – ${v.orgName}`,
      lines: (v) => [`Ditt kontos e-postadress är nu ${v.newEmail ?? ''}.`, 'Om det inte var du, kontakta administratören.'],
      footer: 'Detta är ett automatiskt säkerhetsmeddelande.',
    },
    en: {
      subject: (v) => `Your email address was changed – ${v.orgName}`,
      lines: (v) => [`The email address of your account is now ${v.newEmail ?? ''}.`, 'If this was not you, contact the administrators.'],
      footer: 'This is an automatic security notice.',
    },
  },
} satisfies Record<string, Record<Language, Template>>;

/** Each feature keeps its mails beside the others', in one file per feature. */
const templates = { ...authTemplates, ...membershipTemplates, ...recordTemplates, ...privacyTemplates, ...eventTemplates, ...jobTemplates, ...surveyTemplates };
export type MailKind = keyof typeof templates;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const hexColour = /^#[0-9a-fA-F]{6}$/;
/** A colour from the settings, safe inside a style attribute; the platform's own when unset or odd. */
const colourOf = (value: string | undefined, fallback: string) => (value && hexColour.test(value) ? value : fallback);

/**
 * Renders a transactional mail in the recipient's language (the default one when theirs is not
 * offered), as HTML and as plain text, in the organisation's colours.
 */
export function renderMail(kind: MailKind, wanted: Language, vars: MailVars): RenderedMail {
  const language = vars.brand ? offeredLanguage(vars.brand, wanted) : wanted;
  const primary = colourOf(vars.brand?.primaryColour, defaultOrgSettings.primaryColour);
  const accent = colourOf(vars.brand?.accentColour, defaultOrgSettings.accentColour);
  const t: Template = templates[kind][language];
  const greeting = vars.firstName ? `${hello[language]} ${vars.firstName},` : `${hello[language]},`;
  const lines = t.lines(vars);
  const subject = t.subject(vars);
  const actions = t.actions?.(vars) ?? [];
  const text = [
    greeting,
    '',
    ...lines,
    ...(actions.length ? ['', ...actions.map((a) => `${a.label}: ${a.link}`)] : []),
    ...(t.button && vars.link ? ['', `${t.button}: ${vars.link}`] : []),
    '',
    t.footer,
    '',
    `– ${vars.orgName}`,
  ].join('\n');
  const button =
    t.button && vars.link
      ? `<p style="margin:24px 0"><a href="${escapeHtml(vars.link)}" style="background:${primary};color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block;font-weight:600">${escapeHtml(t.button)}</a></p>
<p style="font-size:13px;color:#555;word-break:break-all"><a href="${escapeHtml(vars.link)}" style="color:${accent}">${escapeHtml(vars.link)}</a></p>`
      : '';
  const actionButtons = actions.length
    ? `<p style="margin:24px 0">${actions
        .map(
          (a) =>
            `<a href="${escapeHtml(a.link)}" style="background:${primary};color:#ffffff;padding:12px 18px;border-radius:6px;text-decoration:none;display:inline-block;font-weight:600;margin:0 8px 8px 0">${escapeHtml(a.label)}</a>`,
        )
        .join('\n')}</p>`
    : '';
  const html = `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;background:#f4f6f9;font-family:Arial,Helvetica,sans-serif;color:#1b1f24">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" style="max-width:560px;background:#ffffff;border-radius:8px" cellpadding="0" cellspacing="0"><tr><td style="padding:28px">
<p style="font-size:13px;color:${primary};font-weight:700;margin:0 0 16px">${escapeHtml(vars.orgName)}</p>
<p>${escapeHtml(greeting)}</p>
${lines.map((l) => `<p style="line-height:1.5;white-space:pre-line">${escapeHtml(l)}</p>`).join('\n')}
${actionButtons}
${button}
<p style="font-size:13px;color:#555;line-height:1.5">${escapeHtml(t.footer)}</p>
</td></tr></table></td></tr></table></body></html>`;
  return { subject, text, html };
}
