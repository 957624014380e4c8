import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import { describeError, describeFieldErrors, type ErrorOverrides } from '../i18n/describe-error';

export interface SummaryField {
  name: string;
  id: string;
  label: string;
}

export interface ErrorSummaryProps {
  error: unknown;
  fields?: readonly SummaryField[];
  overrides?: ErrorOverrides;
  /** A form's own wording per field, as its fields show it; the generic wording otherwise. */
  messages?: Readonly<Record<string, string>>;
}

/**
 * Says what went wrong after a submit: the fields to fix (each a link to its input) or one message.
 * It is an alert and takes focus, so screen reader and keyboard users land on it.
 */
export function ErrorSummary({ error, fields = [], overrides, messages }: ErrorSummaryProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);

  if (!error) return null;

  const fieldErrors = messages ?? describeFieldErrors(error, t);
  const listed = fields.filter((field) => fieldErrors[field.name] !== undefined);

  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref}>
      {listed.length > 0 ? (
        <>
          <p className="error-summary__title">{t('errors.summaryTitle')}</p>
          <ul className="error-summary__list">
            {listed.map((field) => (
              <li key={field.name}>
                <a
                  href={`#${field.id}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(field.id)?.focus();
                  }}
                >
                  {field.label}: {fieldErrors[field.name]}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="error-summary__title">{describeError(error, t, overrides)}</p>
      )}
    </div>
  );
}
