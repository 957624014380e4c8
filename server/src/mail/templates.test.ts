import { describe, expect, it } from 'vitest';
import { languages } from '@alumni/shared';
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
