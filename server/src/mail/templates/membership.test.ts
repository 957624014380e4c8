import { describe, expect, it } from 'vitest';
import { languages } from '@alumni/shared';
import { renderMail } from '../templates.js';
import { membershipTemplates } from './membership.js';

const kinds = Object.keys(membershipTemplates) as Array<keyof typeof membershipTemplates>;

describe('membership mails', () => {
  it('exist in every language, each with its own subject, the link and the greeting', () => {
    for (const kind of kinds) {
      const subjects = new Set<string>();
      for (const lang of languages) {
        const m = renderMail(kind, lang, { orgName: 'Org', firstName: 'Aino', link: 'https://x.example/membership', note: 'Which office?' });
        expect(m.subject).toContain('Org');
        expect(m.text).toContain('Aino');
        expect(m.text).toContain('https://x.example/membership');
        expect(m.html).toContain(`lang="${lang}"`);
        subjects.add(m.subject);
      }
      expect(subjects.size).toBe(3);
    }
  });

  it('quote HR’s words in rejections and questions, escaped in HTML', () => {
    for (const kind of ['claim_rejected', 'claim_info_requested'] as const) {
      for (const lang of languages) {
        const m = renderMail(kind, lang, { orgName: 'Org', link: 'https://x.example/m', note: 'Was it <b>Oulu</b>?' });
        expect(m.text).toMatch(/[”“]Was it <b>Oulu<\/b>\?”/);
        expect(m.html).toContain('Was it &lt;b&gt;Oulu&lt;/b&gt;?');
      }
    }
  });
});
