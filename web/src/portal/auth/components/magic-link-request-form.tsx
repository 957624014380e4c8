import { useEffect, useRef } from 'react';
import { useI18n } from '../../../i18n/i18n-provider';
import { Notice } from '../../../components/notice';
import { useRequestMagicLink } from '../api/request-magic-link';
import { EmailRequestForm } from './email-request-form';

export interface MagicLinkRequestFormProps {
  email: string;
  onEmailChange: (email: string) => void;
  /** Focus the heading when the form replaces the password form at the user's request. */
  focusHeading?: boolean;
}

export function MagicLinkRequestForm({ email, onEmailChange, focusHeading = false }: MagicLinkRequestFormProps) {
  const { t } = useI18n();
  const requestLink = useRequestMagicLink();
  const headingRef = useRef<HTMLHeadingElement>(null);

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
        <EmailRequestForm
          id="magic-link-email"
          email={email}
          onEmailChange={onEmailChange}
          request={requestLink}
          submitLabel={t('signIn.linkSubmit')}
        />
      )}
    </section>
  );
}
