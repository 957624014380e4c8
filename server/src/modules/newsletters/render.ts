import { defaultOrgSettings, languages, pickText, webPaths, withId, type Language, type LocalizedText, type NewsletterBlocks } from '@alumni/shared';
import type { NewsletterRendition } from '../../db/schema.js';
import { formatWhen } from '../events/format.js';
import { locationOf } from '../events/ics.js';
import { eventPageUrl } from '../events/portal.js';
import { renderMarkdown, withoutControls } from './markdown.js';

/*
 * A newsletter is rendered once per language when its send starts, with the member's own parts
 * (name, unsubscribe link, tracking) left as markers; each mail then only fills those in. The
 * markers are delimited by a control character, which is removed from everything staff write, so
 * no text can forge one. The preview, the test mail, the sent mail and the archive all come from
 * this one function.
 */

const M = '\u0001';
const marker = {
  first: `${M}first${M}`,
  last: `${M}last${M}`,
  unsubscribe: `${M}unsubscribe${M}`,
  preferences: `${M}preferences${M}`,
  pixel: `${M}pixel${M}`,
  link: (n: number) => `${M}L${n}${M}`,
};
const linkMarker = new RegExp(`${M}L(\\d+)${M}`, 'g');

/** What the issue says, as HR wrote it. */
export interface IssueContent {
  id: string;
  subject: LocalizedText;
  preheader: LocalizedText;
  body: LocalizedText;
  defaultLanguage: Language;
  blocks: NewsletterBlocks;
}

export interface BlockEvent {
  id: string;
  title: LocalizedText;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  placeName: string;
  address: string;
  onlineUrl: string;
}

export interface BlockNews {
  id: string;
  title: LocalizedText;
  body: LocalizedText;
}

export interface RenderContext {
  appUrl: string;
  orgName: string;
  /** The organisation's colours from its settings: the header in the primary one, links in the accent one. */
  primaryColour?: string;
  accentColour?: string;
  /** The upcoming events the events block lists, in time order. */
  events: readonly BlockEvent[];
  /** The news posts the news block carries, in the order picked. */
  news: readonly BlockNews[];
}

const chrome: Readonly<Record<Language, { events: string; news: string; eventLink: string; footer: (org: string) => string; unsubscribe: string; preferences: string; archive: string; someone: string }>> = {
  fi: {
    events: 'Tulevat tapahtumat',
    news: 'Uutisia',
    eventLink: 'Tapahtuman tiedot ja ilmoittautuminen',
    footer: (org) => `Saat tämän uutiskirjeen, koska olet ${org} -alumniyhteisön jäsen ja olet tilannut uutiskirjeen.`,
    unsubscribe: 'Peru uutiskirjeen tilaus',
    preferences: 'Sähköpostiasetukset',
    archive: 'Lue portaalissa',
    someone: 'alumni',
  },
  sv: {
    events: 'Kommande evenemang',
    news: 'Nyheter',
    eventLink: 'Om evenemanget och anmälan',
    footer: (org) => `Du får det här nyhetsbrevet eftersom du är medlem i alumnigemenskapen ${org} och har beställt nyhetsbrevet.`,
    unsubscribe: 'Avsluta prenumerationen',
    preferences: 'E-postinställningar',
    archive: 'Läs i portalen',
    someone: 'alumn',
  },
  en: {
    events: 'Upcoming events',
    news: 'News',
    eventLink: 'Details and registration',
    footer: (org) => `You receive this newsletter because you are a member of the ${org} alumni community and asked for the newsletter.`,
    unsubscribe: 'Unsubscribe',
    preferences: 'Mail preferences',
    archive: 'Read it in the portal',
    someone: 'friend',
  },
};

const hexColour = /^#[0-9a-fA-F]{6}$/;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** The language a member of `language` reads: their own if the issue has a subject and text in it. */
export function issueLanguage(n: Pick<IssueContent, 'subject' | 'body' | 'defaultLanguage'>, language: Language): Language {
  return n.subject[language] && n.body[language] ? language : n.defaultLanguage;
}

/** Puts the markers in for the placeholders; `escape` for HTML, where the organisation's name is escaped. */
function withPlaceholders(s: string, orgName: string, escape: boolean): string {
  return s.replace(/\{\{\s*(first_name|last_name|org_name)\s*\}\}/g, (_, name: string) =>
    name === 'first_name' ? marker.first : name === 'last_name' ? marker.last : escape ? escapeHtml(orgName) : orgName,
  );
}

/** Numbers the issue's links; the same address in any language gets the same number. */
class Links {
  readonly list: string[] = [];
  add(href: string): string {
    // Only web links are numbered (and so tracked); mailto: and in-page links stay as they are.
    if (!/^https?:\/\//i.test(href)) return href;
    let n = this.list.indexOf(href);
    if (n < 0) n = this.list.push(href) - 1;
    return marker.link(n);
  }
}

const section = (title: string, inner: string) =>
  `<h2 style="font-size:19px;line-height:1.3;margin:28px 0 12px;padding-top:18px;border-top:1px solid #e3e7ee;color:#1b1f24">${escapeHtml(title)}</h2>\n${inner}`;

function renderLanguage(n: IssueContent, language: Language, ctx: RenderContext, links: Links): NewsletterRendition {
  const t = chrome[language];
  const clean = (s: string) => withoutControls(s);
  const subject = withPlaceholders(clean(pickText(n.subject, language)), ctx.orgName, false);
  const preheader = withPlaceholders(clean(pickText(n.preheader, language)), ctx.orgName, false);
  const bodySource = clean(pickText(n.body, language));
  const primary = ctx.primaryColour && hexColour.test(ctx.primaryColour) ? ctx.primaryColour : defaultOrgSettings.primaryColour;
  const accent = ctx.accentColour && hexColour.test(ctx.accentColour) ? ctx.accentColour : defaultOrgSettings.accentColour;
  const md = (source: string) => withPlaceholders(renderMarkdown(source, { link: (href) => links.add(href), linkColour: accent }), ctx.orgName, true);

  const htmlParts = [md(bodySource)];
  const textParts = [withPlaceholders(bodySource, ctx.orgName, false)];
  if (ctx.events.length) {
    const items = ctx.events.map((e) => {
      const title = pickText(e.title, language);
      const when = formatWhen(e.startsAt, e.endsAt, e.timeZone, language);
      const where = locationOf(e);
      const url = eventPageUrl(ctx.appUrl, e.id);
      return {
        html: `<tr><td style="padding:0 0 16px"><p style="font-size:16px;font-weight:700;margin:0 0 4px">${escapeHtml(title)}</p>
<p style="font-size:15px;line-height:1.5;margin:0 0 4px;color:#333">${escapeHtml(when)}${where ? `<br>${escapeHtml(where)}` : ''}</p>
<p style="font-size:15px;margin:0"><a href="${links.add(url)}" style="color:${accent};text-decoration:underline">${escapeHtml(t.eventLink)}</a></p></td></tr>`,
        text: `- ${title}\n  ${when}${where ? `\n  ${where}` : ''}\n  ${url}`,
      };
    });
    htmlParts.push(section(t.events, `<table role="presentation" width="100%" cellpadding="0" cellspacing="0">${items.map((i) => i.html).join('\n')}</table>`));
    textParts.push(`${t.events.toUpperCase()}\n\n${items.map((i) => i.text).join('\n\n')}`);
  }
  if (ctx.news.length) {
    const items = ctx.news.map((p) => {
      const title = clean(pickText(p.title, language));
      const body = clean(pickText(p.body, language));
      return {
        html: `<h3 style="font-size:17px;line-height:1.3;margin:0 0 8px;color:#1b1f24">${escapeHtml(title)}</h3>\n${md(body)}`,
        text: `${title}\n\n${withPlaceholders(body, ctx.orgName, false)}`,
      };
    });
    htmlParts.push(section(t.news, items.map((i) => i.html).join('\n')));
    textParts.push(`${t.news.toUpperCase()}\n\n${items.map((i) => i.text).join('\n\n')}`);
  }
  const bodyHtml = htmlParts.join('\n');
  const archiveUrl = `${ctx.appUrl}${withId(webPaths.newsletter, n.id)}`;
  const footerLink = (href: string, label: string) => `<a href="${href}" style="color:${accent};text-decoration:underline">${escapeHtml(label)}</a>`;
  const html = `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="color-scheme" content="light"><title>${escapeHtml(subject)}</title>
<style>@media (max-width:620px){.container{width:100%!important}.pad{padding:20px!important}}</style></head>
<body style="margin:0;padding:0;background:#f4f6f9;font-family:Arial,Helvetica,sans-serif;color:#1b1f24">
<div style="display:none;max-height:0;overflow:hidden;opacity:0;color:transparent">${escapeHtml(preheader)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f6f9"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" class="container" width="600" cellpadding="0" cellspacing="0" style="width:100%;max-width:600px;background:#ffffff;border-radius:8px">
<tr><td class="pad" style="padding:32px 36px">
<p style="font-size:13px;color:${primary};font-weight:700;letter-spacing:.02em;margin:0 0 20px">${escapeHtml(ctx.orgName)}</p>
${bodyHtml}
</td></tr>
<tr><td class="pad" style="padding:20px 36px 28px;border-top:1px solid #e3e7ee;font-size:13px;line-height:1.6;color:#555">
<p style="margin:0 0 8px">${escapeHtml(t.footer(ctx.orgName))}</p>
<p style="margin:0">${footerLink(marker.unsubscribe, t.unsubscribe)} · ${footerLink(marker.preferences, t.preferences)} · ${footerLink(escapeHtml(archiveUrl), t.archive)}</p>
</td></tr></table></td></tr></table>${marker.pixel}
</body></html>`;
  const text = [
    ...textParts,
    '---',
    t.footer(ctx.orgName),
    `${t.unsubscribe}: ${marker.unsubscribe}`,
    `${t.preferences}: ${marker.preferences}`,
    `${t.archive}: ${archiveUrl}`,
  ].join('\n\n');
  return { subject, preheader, html, text, bodyHtml };
}

export interface BuiltIssue {
  renditions: Record<Language, NewsletterRendition>;
  /** The issue's links by number, for tracked clicks. */
  links: string[];
}

/** The issue in every language, each member's part left to `personalize`. */
export function buildIssue(n: IssueContent, ctx: RenderContext): BuiltIssue {
  const links = new Links();
  const renditions = Object.fromEntries(languages.map((l) => [l, renderLanguage(n, issueLanguage(n, l), ctx, links)])) as Record<Language, NewsletterRendition>;
  return { renditions, links: links.list };
}

/** What one mail fills in. */
export interface Personal {
  language: Language;
  firstName: string | null;
  lastName: string | null;
  unsubscribeUrl: string;
  preferencesUrl: string;
  /** The open pixel's address; null for a member who did not allow tracking. */
  openUrl: string | null;
  /** The address a numbered link goes to: a tracked redirect, or the link itself. */
  link: (n: number, href: string) => string;
}

export interface PersonalMail {
  subject: string;
  preheader: string;
  html: string;
  text: string;
}

/** Fills one member's parts into a rendition: it is only string replacement, so 100,000 mails cost little. */
export function personalize(r: NewsletterRendition, links: readonly string[], p: Personal): PersonalMail {
  const t = chrome[p.language];
  const first = p.firstName?.trim() || t.someone;
  const last = p.lastName?.trim() ?? '';
  const plain = (s: string) => s.split(marker.first).join(first).split(marker.last).join(last);
  const html = r.html
    .split(marker.first).join(escapeHtml(first))
    .split(marker.last).join(escapeHtml(last))
    .split(marker.unsubscribe).join(escapeHtml(p.unsubscribeUrl))
    .split(marker.preferences).join(escapeHtml(p.preferencesUrl))
    .split(marker.pixel).join(p.openUrl ? `<img src="${escapeHtml(p.openUrl)}" width="1" height="1" alt="" style="display:block;border:0;width:1px;height:1px">` : '')
    .replace(linkMarker, (_, n: string) => escapeHtml(p.link(Number(n), links[Number(n)] ?? '')));
  const text = plain(r.text).split(marker.unsubscribe).join(p.unsubscribeUrl).split(marker.preferences).join(p.preferencesUrl);
  return { subject: plain(r.subject), preheader: plain(r.preheader), html, text };
}

/** The body for the portal's archive, for one reader: their name, the links as they are. */
export function archiveHtml(r: NewsletterRendition, links: readonly string[], firstName: string | null, lastName: string | null, language: Language): string {
  const t = chrome[language];
  return r.bodyHtml
    .split(marker.first).join(escapeHtml(firstName?.trim() || t.someone))
    .split(marker.last).join(escapeHtml(lastName?.trim() ?? ''))
    .replace(linkMarker, (_, n: string) => escapeHtml(links[Number(n)] ?? ''));
}

/** A subject or preheader for one reader. */
export function fillNames(s: string, firstName: string | null, lastName: string | null, language: Language): string {
  return s.split(marker.first).join(firstName?.trim() || chrome[language].someone).split(marker.last).join(lastName?.trim() ?? '');
}

/** A subject for a list that names no one: the name placeholders are left out. */
export const withoutNames = (s: string): string => s.split(marker.first).join('').split(marker.last).join('').replace(/\s+([,.!?])/g, '$1').replace(/\s{2,}/g, ' ').trim();
