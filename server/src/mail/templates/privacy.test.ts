import { describe, expect, it } from 'vitest';
import { languages } from '@alumni/shared';
import { renderMail } from '../templates.js';
import { privacyTemplates } from './privacy.js';

describe('privacy mails', () => {
  it('render in every language, each its own text, the confirmation with its link', () => {
    for (const kind of Object.keys(privacyTemplates) as Array<keyof typeof privacyTemplates>) {
      const texts = new Set<string>();
      for (const lang of languages) {
        const m = renderMail(kind, lang, { orgName: 'Org', link: 'https://x.example/account?token=abc' });
        expect(m.subject).toContain('Org');
        expect(m.html).toContain(`lang="${lang}"`);
        if (kind === 'erase_confirm') expect(m.text).toContain('https://x.example/account?token=abc');
        else expect(m.text).not.toContain('token=abc');
        texts.add(m.text);
      }
      expect(texts.size).toBe(3);
    }
  });
});
