import { describe, expect, it } from 'vitest';
import { defaultOrgSettings, languages } from '@alumni/shared';
import { renderMail, type MailKind } from './templates.js';

const kinds: MailKind[] = ['verify_email', 'already_registered', 'magic_link', 'password_reset', 'password_changed', 'staff_invite', 'change_email', 'email_changed'];

describe('renderMail', () => {
  it('renders every mail in every language, as HTML and text, with the link in both', () => {
    for (const kind of kinds) {
      const subjects = new Set<string>();
      for (const lang of languages) {
        const m = renderMail(kind, lang, { orgName: 'Org', firstName: 'Aino', link: 'https://x.example/a?token=abc', role: 'hr', newEmail: 'n@x.example' });
        expect(m.subject).toContain('Org');
        expect(m.text).toContain('Aino');
        expect(m.html).toContain(`lang="${lang}"`);
        if (m.html.includes('token=abc')) expect(m.text).toContain('https://x.example/a?token=abc');
        subjects.add(m.subject);
      }
      expect(subjects.size).toBe(3);
    }
  });

  it('escapes what people typed', () => {
    const m = renderMail('magic_link', 'en', { orgName: 'Org', firstName: '<script>alert(1)</script>', link: 'https://x.example/?a="b"' });
    expect(m.html).not.toContain('<script>');
    expect(m.html).toContain('&lt;script&gt;');
    expect(m.html).toContain('&quot;b&quot;');
  });
});

describe('renderMail with the organisation’s settings', () => {
  const brand = { primaryColour: '#7a1f5c', accentColour: '#0b5d3b', languages: ['fi' as const, 'en' as const], defaultLanguage: 'fi' as const };

  it('lays the mail out in the organisation’s colours', () => {
    const m = renderMail('magic_link', 'en', { orgName: 'Org', link: 'https://x.example/a', brand });
    expect(m.html).toContain('background:#7a1f5c');
    expect(m.html).toContain('color:#7a1f5c;font-weight:700');
    expect(m.html).toContain('style="color:#0b5d3b"');
    expect(m.html).not.toContain(defaultOrgSettings.primaryColour);
  });

  it('writes in the default language when the reader’s is not offered, and in theirs when it is', () => {
    expect(renderMail('magic_link', 'sv', { orgName: 'Org', link: 'https://x.example/a', brand }).html).toContain('lang="fi"');
    expect(renderMail('magic_link', 'en', { orgName: 'Org', link: 'https://x.example/a', brand }).html).toContain('lang="en"');
    expect(renderMail('magic_link', 'sv', { orgName: 'Org', link: 'https://x.example/a' }).html).toContain('lang="sv"');
  });

  it('never puts anything but a #RRGGBB colour into a style', () => {
    const m = renderMail('magic_link', 'en', { orgName: 'Org', link: 'https://x.example/a', brand: { ...brand, primaryColour: 'red;background:url(x)' } });
    expect(m.html).not.toContain('url(x)');
    expect(m.html).toContain(`background:${defaultOrgSettings.primaryColour}`);
  });
});
