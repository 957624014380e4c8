import { useState } from 'react';
import type { CadencePolicy } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { Button } from '../../../components/button';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { SelectField } from '../../../components/select-field';
import { useCadence } from '../api/get-cadence';
import { useUpdateCadence } from '../api/update-cadence';
import { cadenceBody, cadenceFieldErrors, cadenceValues, leastChoices, mostBelowLeast, mostChoices, type CadenceValues } from '../cadence-form';

/** How many newsletters a year the community should get: the plan and the warnings measure against it. */
export function CadencePanel() {
  const { t } = useI18n();
  const cadence = useCadence();
  return (
    <section className="panel" aria-labelledby="newsletter-cadence-title">
      <h2 id="newsletter-cadence-title">{t('adminNewsletters.cadence.title')}</h2>
      <p>{t('adminNewsletters.cadence.intro')}</p>
      {cadence.isPending ? (
        <Loading />
      ) : cadence.isError ? (
        <Notice tone="error">{describeError(cadence.error, t)}</Notice>
      ) : (
        <CadenceForm policy={cadence.data} />
      )}
    </section>
  );
}

function CadenceForm({ policy }: { policy: CadencePolicy }) {
  const { t } = useI18n();
  const [values, setValues] = useState<CadenceValues>(() => cadenceValues(policy));
  const [saved, setSaved] = useState(false);
  const update = useUpdateCadence();
  const backwards = mostBelowLeast(values);
  const fieldErrors = cadenceFieldErrors(update.error, t);
  const set = (field: keyof CadenceValues) => (value: string) => {
    setSaved(false);
    setValues((current) => ({ ...current, [field]: value }));
  };

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (update.isPending || backwards) return;
        update.reset();
        update.mutate(cadenceBody(values), { onSuccess: () => setSaved(true) });
      }}
    >
      <div className="form-row">
        <SelectField<string>
          id="newsletter-cadence-min"
          name="minPerYear"
          label={t('adminNewsletters.cadence.min')}
          value={values.minPerYear}
          onChange={set('minPerYear')}
          error={fieldErrors.minPerYear}
          options={leastChoices.map((count) => ({ value: String(count), label: String(count) }))}
        />
        <SelectField<string>
          id="newsletter-cadence-max"
          name="maxPerYear"
          label={t('adminNewsletters.cadence.max')}
          value={values.maxPerYear}
          onChange={set('maxPerYear')}
          error={backwards ? t('adminNewsletters.cadence.error.mostBelowLeast') : fieldErrors.maxPerYear}
          options={mostChoices.map((count) => ({ value: String(count), label: String(count) }))}
        />
      </div>
      <div className="form-actions">
        <Button type="submit" variant="secondary" busy={update.isPending}>
          {t('adminNewsletters.cadence.save')}
        </Button>
      </div>
      <div className="live-region" role="status">
        {saved ? t('adminNewsletters.cadence.saved') : ''}
      </div>
      {update.isError && Object.keys(fieldErrors).length === 0 ? (
        <p className="row-error" role="alert">
          {describeError(update.error, t)}
        </p>
      ) : null}
    </form>
  );
}
