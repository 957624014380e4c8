import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import type { ErrorOverrides } from '../i18n/describe-error';
import { Button } from './button';
import { ErrorSummary } from './error-summary';
import { Notice } from './notice';
import { PageHeading } from './page-heading';

const tokenErrors: ErrorOverrides = {
  validation_failed: 'errors.invalidToken',
  not_found: 'errors.invalidToken',
  conflict: 'errors.invalidToken',
};

export interface TokenActionProps {
  title: string;
  intro: string;
  actionLabel: string;
  token: string | null;
  busy: boolean;
  error: unknown;
  onConfirm: (token: string) => void;
  /** Shown instead of the button once the action succeeded. */
  done?: ReactNode;
  /** Shown under the error, e.g. a link to ask for a new mail. */
  recovery?: ReactNode;
}

/**
 * A page that a mail links to. Opening it changes nothing (mail scanners prefetch links); the token is
 * only sent when the person presses the button.
 */
export function TokenAction({ title, intro, actionLabel, token, busy, error, onConfirm, done, recovery }: TokenActionProps) {
  const { t } = useI18n();
  return (
    <div className="page page--narrow">
      <PageHeading title={title} />
      {done ? (
        <Notice focus>{done}</Notice>
      ) : token ? (
        <>
          <p className="lead">{intro}</p>
          <ErrorSummary error={error} overrides={tokenErrors} />
          {error && recovery ? <p>{recovery}</p> : null}
          <form
            className="form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (!busy) onConfirm(token);
            }}
          >
            <Button type="submit" busy={busy}>
              {actionLabel}
            </Button>
          </form>
        </>
      ) : (
        <>
          <Notice tone="error">{t('errors.missingToken')}</Notice>
          {recovery ? <p>{recovery}</p> : null}
        </>
      )}
    </div>
  );
}
