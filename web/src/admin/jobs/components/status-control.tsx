import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { Button } from '../../../components/button';
import { SelectField, type SelectOption } from '../../../components/select-field';

export interface StatusControlProps<V extends string> {
  id: string;
  /** Whose status it is, for the select's and button's names. */
  who: string;
  value: V;
  options: readonly SelectOption<V>[];
  busy: boolean;
  error: unknown;
  onSave: (value: V) => void;
}

/** A status select and its own save button: nothing changes until the button is pressed. */
export function StatusControl<V extends string>({ id, who, value, options, busy, error, onSave }: StatusControlProps<V>) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState<V>(value);
  return (
    <div className="row-actions">
      <SelectField<V> id={id} label={t('adminJobs.responses.statusFor', { name: who })} value={chosen} onChange={setChosen} options={options} />
      <Button variant="secondary" busy={busy} disabled={chosen === value} onClick={() => onSave(chosen)}>
        {t('adminJobs.responses.saveStatus')}
        <span className="visually-hidden"> {who}</span>
      </Button>
      {error ? (
        <p className="row-error" role="alert">
          {describeError(error, t)}
        </p>
      ) : null}
    </div>
  );
}
