import { useEffect, useRef, useState } from 'react';
import type { User } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import type { ErrorOverrides } from '../../../i18n/describe-error';
import { isApiError } from '../../../api/api-error';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { Notice } from '../../../components/notice';
import { PasswordField } from '../../../components/password-field';
import { useFieldErrors } from '../../../components/use-field-errors';
import { useEraseAccount } from '../api/erase-account';
import { useRequestEraseLink } from '../api/request-erase-link';
import { ErasureExplanation } from './erasure-explanation';

const passwordId = 'erase-password';
const passwordErrors: ErrorOverrides = { invalid_credentials: 'errors.wrongPassword' };
const linkErrors: ErrorOverrides = { rule_broken: 'privacy.linkHasPassword' };

/** The server says which proof the account needs: a password it has, or a mailed link when it has none. */
const hasDetailCode = (error: unknown, code: string): boolean => isApiError(error) && error.details.some((d) => d.code === code);

export function EraseAccount({ user }: { user: User }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const erase = useEraseAccount();
  const requestLink = useRequestEraseLink();
  const fieldErrors = useFieldErrors(erase.error);
  const noPassword = hasDetailCode(erase.error, 'no_password');
  const opened = useRef(false);

  // The button that opened the confirmation is gone: continue in the confirmation itself.
  useEffect(() => {
    if (open && !opened.current) document.getElementById(passwordId)?.focus();
    opened.current = open;
  }, [open]);

  return (
    <section className="privacy-part" aria-labelledby="privacy-erase-title">
      <h3 id="privacy-erase-title">{t('privacy.eraseTitle')}</h3>
      <p>{t('privacy.eraseText')}</p>
      <ErasureExplanation headingLevel={4} />
      {!open ? (
        <Button variant="danger" aria-expanded={false} aria-controls="erase-confirm" onClick={() => setOpen(true)}>
          {t('privacy.eraseStart')}
        </Button>
      ) : (
        <div className="confirm erase-confirm" id="erase-confirm">
          <form
            className="form"
            noValidate
            aria-labelledby="erase-password-title"
            onSubmit={(event) => {
              event.preventDefault();
              if (!erase.isPending) erase.mutate({ password });
            }}
          >
            <h4 id="erase-password-title">{t('privacy.withPasswordTitle')}</h4>
            <p>{t('privacy.withPasswordText')}</p>
            <ErrorSummary
              error={noPassword ? null : erase.error}
              overrides={passwordErrors}
              fields={[{ name: 'password', id: passwordId, label: t('fields.password') }]}
            />
            {noPassword ? <Notice tone="error">{t('privacy.noPassword')}</Notice> : null}
            <PasswordField
              id={passwordId}
              purpose="current"
              value={password}
              onChange={(value) => {
                erase.reset();
                setPassword(value);
              }}
              error={noPassword ? undefined : fieldErrors.password}
            />
            <div className="button-row">
              <Button type="submit" variant="danger" busy={erase.isPending}>
                {t('privacy.eraseConfirm')}
              </Button>
              <Button
                variant="secondary"
                onClick={() => {
                  setOpen(false);
                  setPassword('');
                  erase.reset();
                  requestLink.reset();
                }}
              >
                {t('common.cancel')}
              </Button>
            </div>
          </form>
          <div className="erase-by-mail">
            <h4>{t('privacy.withLinkTitle')}</h4>
            <p>{t('privacy.withLinkText')}</p>
            <ErrorSummary error={requestLink.error} overrides={linkErrors} />
            {requestLink.isSuccess ? (
              <Notice focus>{t('privacy.linkSent', { email: user.email })}</Notice>
            ) : (
              <Button variant="secondary" busy={requestLink.isPending} onClick={() => requestLink.mutate()}>
                {t('privacy.sendLink')}
              </Button>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
