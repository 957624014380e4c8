import { useI18n } from '../i18n/i18n-provider';

interface FieldMessageIds {
  hintId: string | undefined;
  errorId: string | undefined;
  /** For the control's aria-describedby, so the hint and the error are read out with it. */
  describedBy: string | undefined;
}

export function fieldMessageIds(id: string, hint: string | undefined, error: string | undefined): FieldMessageIds {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return { hintId, errorId, describedBy: [hintId, errorId].filter(Boolean).join(' ') || undefined };
}

export interface FieldMessagesProps {
  id: string;
  hint?: string | undefined;
  error?: string | undefined;
}

/** A field's hint and error, under the ids that `fieldMessageIds` gives the control to point at. */
export function FieldMessages({ id, hint, error }: FieldMessagesProps) {
  const { t } = useI18n();
  const { hintId, errorId } = fieldMessageIds(id, hint, error);

  return (
    <>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">{t('errors.prefix')} </span>
          {error}
        </p>
      ) : null}
    </>
  );
}
