import { useState } from 'react';
import { languages, type Language, type Newsletter } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { useSendTest } from '../api/send-test';
import { maxTestAddresses, parseAddresses, testSendProblem } from '../test-send';

export interface TestSendPanelProps {
  newsletter: Newsletter;
  /** The editor holds changes not saved yet: the test mails what was saved. */
  unsaved: boolean;
}

/** Mails the saved newsletter to a few addresses (the author's own when none is given), with the placeholders filled in. */
export function TestSendPanel({ newsletter, unsaved }: TestSendPanelProps) {
  const { t } = useI18n();
  const [to, setTo] = useState('');
  const [language, setLanguage] = useState<Language>(newsletter.defaultLanguage);
  const [sentTo, setSentTo] = useState<string[] | null>(null);
  const send = useSendTest();
  const addresses = parseAddresses(to);
  const problem = testSendProblem(send.error, addresses, t);

  return (
    <section className="panel" aria-labelledby="newsletter-test-title">
      <h2 id="newsletter-test-title">{t('adminNewsletters.test.title')}</h2>
      <p>{t('adminNewsletters.test.intro')}</p>
      {unsaved ? <p className="muted">{t('adminNewsletters.unsavedNote')}</p> : null}
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (send.isPending) return;
          setSentTo(null);
          send.mutate({ id: newsletter.id, body: { to: addresses, language } }, { onSuccess: (result) => setSentTo(result.sentTo) });
        }}
      >
        <div className="form-row">
          <TextField
            id="newsletter-test-to"
            name="to"
            inputMode="email"
            label={t('adminNewsletters.test.to')}
            hint={t('adminNewsletters.test.toHint', { max: maxTestAddresses })}
            value={to}
            onChange={setTo}
            error={problem.field ?? undefined}
            autoComplete="off"
          />
          <SelectField<Language>
            id="newsletter-test-language"
            name="language"
            label={t('adminNewsletters.test.language')}
            value={language}
            onChange={setLanguage}
            options={languages.map((value) => ({ value, label: t(`language.${value}`), lang: value }))}
          />
        </div>
        <div className="form-actions">
          <Button type="submit" variant="secondary" busy={send.isPending}>
            {t('adminNewsletters.test.send')}
          </Button>
        </div>
      </form>
      <div className="live-region" role="status">
        {sentTo ? t('adminNewsletters.test.sent', { addresses: sentTo.join(', ') }) : ''}
      </div>
      {problem.message ? (
        <p className="row-error" role="alert">
          {problem.message}
        </p>
      ) : null}
    </section>
  );
}
