import { useEffect, useRef, useState } from 'react';
import { memberTypes, segmentInterests, type Segment } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { CheckboxField } from '../../../components/checkbox-field';
import { ErrorSummary } from '../../../components/error-summary';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import { useCreateSegment } from '../api/create-segment';
import { useUpdateSegment } from '../api/update-segment';
import {
  joinedRangeBackwards,
  newSegmentValues,
  parseFilterList,
  segmentBody,
  segmentFieldErrors,
  segmentFilters,
  segmentFormValues,
  toggle,
  type ListField,
  type SegmentFormValues,
} from '../segment-form';
import { SegmentCount } from './segment-count';

export interface SegmentFormProps {
  /** The segment being edited; a new one when absent. */
  segment?: Segment;
  onSaved: (segment: Segment) => void;
  onCancel: () => void;
}

/** A segment's name and filters, with the audience they hold counted live as they change. */
export function SegmentForm({ segment, onSaved, onCancel }: SegmentFormProps) {
  const { t } = useI18n();
  const [values, setValues] = useState<SegmentFormValues>(() => (segment ? segmentFormValues(segment) : newSegmentValues()));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const create = useCreateSegment();
  const update = useUpdateSegment();
  const mutation = segment ? update : create;
  const fieldErrors = segmentFieldErrors(mutation.error, t);
  const backwards = joinedRangeBackwards(values);
  const id = (field: string) => `segment-${field}`;

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const set = <K extends keyof SegmentFormValues>(field: K) => (value: SegmentFormValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));

  const listField = (field: ListField, label: string, hint: string) => {
    const parsed = parseFilterList(values[field], field);
    return (
      <div className="segment-list-field">
        <TextField id={id(field)} name={field} label={label} hint={hint} value={values[field]} onChange={set(field)} error={fieldErrors[field]} />
        {parsed.length > 0 ? (
          <ul className="chips chips--static" aria-label={t('segments.form.valuesOf', { field: label })}>
            {parsed.map((value) => (
              <li key={value} className="chip">
                {value}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    );
  };

  const summaryFields = [
    { name: 'name', id: id('name'), label: t('segments.form.name') },
    { name: 'description', id: id('description'), label: t('segments.form.description') },
    { name: 'memberTypes', id: id(`memberType-${memberTypes[0]}`), label: t('segments.form.memberTypes') },
    { name: 'departments', id: id('departments'), label: t('segments.form.departments') },
    { name: 'cities', id: id('cities'), label: t('segments.form.cities') },
    { name: 'countries', id: id('countries'), label: t('segments.form.countries') },
    { name: 'skills', id: id('skills'), label: t('segments.form.skills') },
    { name: 'interests', id: id(`interest-${segmentInterests[0]}`), label: t('segments.form.interests') },
    { name: 'joinedFrom', id: id('joinedFrom'), label: t('segments.form.joinedFrom') },
    { name: 'joinedTo', id: id('joinedTo'), label: t('segments.form.joinedTo') },
  ];

  return (
    <section className="panel" aria-labelledby="segment-form-title">
      <h2 id="segment-form-title" tabIndex={-1} ref={headingRef}>
        {segment ? t('segments.editTitle', { name: segment.name }) : t('segments.createTitle')}
      </h2>
      <div className="segment-editor">
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (mutation.isPending) return;
            const body = segmentBody(values);
            if (segment) update.mutate({ id: segment.id, body }, { onSuccess: onSaved });
            else create.mutate(body, { onSuccess: onSaved });
          }}
        >
          <ErrorSummary error={mutation.error} fields={summaryFields} messages={fieldErrors} />
          <TextField id={id('name')} name="name" label={t('segments.form.name')} value={values.name} onChange={set('name')} error={fieldErrors.name} required maxLength={120} />
          <TextAreaField
            id={id('description')}
            name="description"
            label={t('segments.form.description')}
            hint={t('segments.form.descriptionHint')}
            value={values.description}
            onChange={set('description')}
            error={fieldErrors.description}
            maxLength={500}
            rows={2}
          />
          <h3 className="segment-editor__filters-title">{t('segments.form.filtersTitle')}</h3>
          <p className="muted">{t('segments.form.filtersHint')}</p>
          <fieldset className="field checkbox-group">
            <legend className="field__label">{t('segments.form.memberTypes')}</legend>
            {fieldErrors.memberTypes ? <p className="field__error">{fieldErrors.memberTypes}</p> : null}
            {memberTypes.map((type) => (
              <CheckboxField
                key={type}
                id={id(`memberType-${type}`)}
                name="memberTypes"
                label={t(`adminMembership.memberType.${type}`)}
                checked={values.memberTypes.includes(type)}
                onChange={(on) => set('memberTypes')(toggle(values.memberTypes, type, on))}
              />
            ))}
          </fieldset>
          {listField('departments', t('segments.form.departments'), t('segments.form.listHint'))}
          {listField('cities', t('segments.form.cities'), t('segments.form.listHint'))}
          {listField('countries', t('segments.form.countries'), t('segments.form.countriesHint'))}
          {listField('skills', t('segments.form.skills'), t('segments.form.listHint'))}
          <fieldset className="field checkbox-group">
            <legend className="field__label">{t('segments.form.interests')}</legend>
            {fieldErrors.interests ? <p className="field__error">{fieldErrors.interests}</p> : null}
            {segmentInterests.map((interest) => (
              <CheckboxField
                key={interest}
                id={id(`interest-${interest}`)}
                name="interests"
                label={t(`segments.interest.${interest}`)}
                checked={values.interests.includes(interest)}
                onChange={(on) => set('interests')(toggle(values.interests, interest, on))}
              />
            ))}
          </fieldset>
          <div className="form-row">
            <TextField id={id('joinedFrom')} name="joinedFrom" type="date" label={t('segments.form.joinedFrom')} value={values.joinedFrom} onChange={set('joinedFrom')} error={fieldErrors.joinedFrom} />
            <TextField
              id={id('joinedTo')}
              name="joinedTo"
              type="date"
              label={t('segments.form.joinedTo')}
              value={values.joinedTo}
              onChange={set('joinedTo')}
              error={backwards ? t('segments.form.rangeInvalid') : fieldErrors.joinedTo}
            />
          </div>
          <div className="form-actions">
            <Button type="submit" busy={mutation.isPending}>
              {t('segments.form.save')}
            </Button>
            <Button variant="secondary" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
        <SegmentCount filters={segmentFilters(values)} invalid={backwards} />
      </div>
    </section>
  );
}
