import { describe, expect, it } from 'vitest';
import { languages } from '@alumni/shared';
import { renderMail } from '../../mail/templates.js';

describe('the invitation mail', () => {
  it('exists in every language with the join link in text and HTML', () => {
    const link = 'https://alumni.example/join?token=abc_123';
    const subjects = new Set<string>();
    for (const language of languages) {
      const mail = renderMail('record_invitation', language, { orgName: 'Esimerkki Oy', firstName: 'Åsa', link });
      expect(mail.subject).toContain('Esimerkki Oy');
      expect(mail.text).toContain('Åsa');
      expect(mail.text).toContain(link);
      expect(mail.text).toContain('30');
      expect(mail.html).toContain(`lang="${language}"`);
      expect(mail.html).toContain('href="https://alumni.example/join?token=abc_123"');
      subjects.add(mail.subject);
    }
    expect(subjects.size).toBe(languages.length);
    expect(renderMail('record_invitation', 'sv', { orgName: 'O', link }).text).toMatch(/Gå med i gemenskapen/);
    expect(renderMail('record_invitation', 'fi', { orgName: 'O', link }).text).toMatch(/Liity yhteisöön/);
  });
});
