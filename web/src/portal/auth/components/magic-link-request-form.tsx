import { useEffect, useRef } from 'react';
import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { Notice } from '../../../components/notice';
import { TextField } from '../../../components/text-field';
import { useFieldErrors } from '../../../components/use-field-errors';
import { useRequestMagicLink } from '../api/request-magic-link';

export interface MagicLinkRequestFormProps {
  email: string;
  onEmailChange: (email: string) => void;
  /** Focus the heading when the form replaces the password form at the user's request. */
  focusHeading?: boolean;
}

export function MagicLinkRequestForm({ email, onEmailChange, focusHeading = false }: MagicLinkRequestFormProps) {
  const { t, language } = useI18n();
  const requestLink = useRequestMagicLink();
  const fieldErrors = useFieldErrors(requestLink.error);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const emailId = 'magic-link-email';

  useEffect(() => {
    if (focusHeading) headingRef.current?.focus();
  }, [focusHeading]);

  return (
    <section className="form-section">
      <h2 tabIndex={-1} ref={headingRef}>
        {t('signIn.linkTitle')}
      </h2>
      <p>{t('signIn.linkIntro')}</p>
      {requestLink.isSuccess ? (
        <Notice focus>{t('signIn.linkSent')}</Notice>
      ) : (
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!requestLink.isPending) requestLink.mutate({ email, language });
          }}
        >
          <ErrorSummary error={requestLink.error} fields={[{ name: 'email', id: emailId, label: t('fields.email') }]} />
          <TextField
            id={emailId}
            name="email"
            type="email"
            label={t('fields.email')}
            autoComplete="email"
            value={email}
            onChange={onEmailChange}
            error={fieldErrors.email}
            required
          />
          <Button type="submit" busy={requestLink.isPending}>
            {t('signIn.linkSubmit')}
          </Button>
        </form>
      )}
    </section>
  );
}
