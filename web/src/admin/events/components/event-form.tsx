import { useState } from 'react';
import { eventKinds, languages, type AdminEvent, type EventKind, type Language } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { ErrorSummary, type SummaryField } from '../../../components/error-summary';
import { Notice } from '../../../components/notice';
import { SelectField } from '../../../components/select-field';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import { useCreateEvent } from '../api/create-event';
import { useSegmentChoices } from '../api/get-segment-choices';
import { useUpdateEvent } from '../api/update-event';
import { capacityError, eventFieldErrors } from '../event-errors';
import {
  capacityBelowTaken,
  eventBody,
  eventFormValues,
  guestChoices,
  newEventValues,
  reminderChoices,
  reminderLabel,
  sameValues,
  type EventFormValues,
  type EventTextField,
} from '../event-form';
import { timeZoneChoices } from '../time-zones';

/** The bounds the shared schema accepts for a wall-clock time. */
const earliest = '2000-01-01T00:00';
const latest = '2100-12-31T23:59';

export interface EventFormProps {
  /** The event being edited; a new event when absent. */
  event?: AdminEvent;
  onSaved: (event: AdminEvent) => void;
  onCancel: () => void;
}

/** Every field of an event; a new one is saved as a draft, an existing one is saved whole. */
export function EventForm({ event, onSaved, onCancel }: EventFormProps) {
  const { t } = useI18n();
  const [initial] = useState<EventFormValues>(() => (event ? eventFormValues(event) : newEventValues()));
  const [values, setValues] = useState<EventFormValues>(initial);
  const [localError, setLocalError] = useState<Error | null>(null);
  const [unchanged, setUnchanged] = useState(false);
  const create = useCreateEvent();
  const update = useUpdateEvent();
  const segments = useSegmentChoices();
  const mutation = event ? update : create;
  const error = localError ?? mutation.error;
  const seatsTaken = event?.counts.seatsTaken ?? 0;
  const fieldErrors = eventFieldErrors(error, t, seatsTaken);
  const id = (field: string) => `event-${field}`;

  const set = <K extends keyof EventFormValues>(field: K) => (value: EventFormValues[K]) => {
    setUnchanged(false);
    setValues((current) => ({ ...current, [field]: value }));
  };
  const setText = (field: 'title' | 'description', language: Language) => (value: string) => {
    setUnchanged(false);
    setValues((current) => ({ ...current, [field]: { ...current[field], [language]: value } }));
  };

  const textField = (field: EventTextField, label: string, maxLength: number, extra: { hint?: string; type?: 'url' } = {}) => (
    <TextField id={id(field)} name={field} label={label} value={values[field]} onChange={set(field)} error={fieldErrors[field]} maxLength={maxLength} {...extra} />
  );
  const timeField = (field: 'start' | 'end' | 'rsvpDeadline', label: string, extra: { hint?: string; required?: boolean } = {}) => (
    <TextField
      id={id(field)}
      name={field}
      type="datetime-local"
      label={label}
      value={values[field]}
      onChange={set(field)}
      error={fieldErrors[field]}
      min={earliest}
      max={latest}
      {...extra}
    />
  );

  const segmentOptions = [
    { value: '', label: t('adminEvents.form.audienceAll') },
    ...(segments.data?.items ?? []).map((segment) => ({ value: segment.id, label: segment.name })),
  ];
  // The event's segment stays a choice while the list loads, or if it is beyond the first page.
  if (event?.segmentId && !segmentOptions.some((option) => option.value === event.segmentId)) {
    segmentOptions.push({ value: event.segmentId, label: event.segmentName ?? event.segmentId });
  }
  const reminderOptions = reminderChoices(Number(initial.reminderHours)).map((hours) => ({ value: String(hours), label: reminderLabel(t, hours) }));
  const guestOptions = guestChoices.map((count) => ({ value: String(count), label: count === 0 ? t('adminEvents.form.guestsNone') : String(count) }));

  const summaryFields: SummaryField[] = [
    { name: 'kind', id: id('kind'), label: t('adminEvents.form.kind') },
    ...languages.flatMap((language) => [
      { name: `title.${language}`, id: id(`title-${language}`), label: t(`adminEvents.form.title.${language}`) },
      { name: `description.${language}`, id: id(`description-${language}`), label: t(`adminEvents.form.description.${language}`) },
    ]),
    { name: 'start', id: id('start'), label: t('adminEvents.form.start') },
    { name: 'end', id: id('end'), label: t('adminEvents.form.end') },
    { name: 'timeZone', id: id('timeZone'), label: t('adminEvents.form.timeZone') },
    { name: 'rsvpDeadline', id: id('rsvpDeadline'), label: t('adminEvents.form.rsvpDeadline') },
    { name: 'placeName', id: id('placeName'), label: t('adminEvents.form.placeName') },
    { name: 'address', id: id('address'), label: t('adminEvents.form.address') },
    { name: 'onlineUrl', id: id('onlineUrl'), label: t('adminEvents.form.onlineUrl') },
    { name: 'capacity', id: id('capacity'), label: t('adminEvents.form.capacity') },
    { name: 'maxGuests', id: id('maxGuests'), label: t('adminEvents.form.maxGuests') },
    { name: 'reminderHours', id: id('reminderHours'), label: t('adminEvents.form.reminderHours') },
    { name: 'segmentId', id: id('segmentId'), label: t('adminEvents.form.audience') },
  ];

  return (
    <form
      className="form event-form"
      noValidate
      onSubmit={(submitEvent) => {
        submitEvent.preventDefault();
        if (mutation.isPending) return;
        mutation.reset();
        if (event && sameValues(initial, values)) {
          setLocalError(null);
          setUnchanged(true);
          return;
        }
        const body = eventBody(values);
        if (event && capacityBelowTaken(body, seatsTaken)) {
          setLocalError(capacityError());
          return;
        }
        setLocalError(null);
        if (event) update.mutate({ id: event.id, body }, { onSuccess: onSaved });
        else create.mutate(body, { onSuccess: onSaved });
      }}
    >
      <ErrorSummary error={error} fields={summaryFields} messages={fieldErrors} overrides={{ rule_broken: 'adminEvents.form.ruleBroken' }} />
      {unchanged ? <Notice tone="info">{t('adminEvents.form.nothingChanged')}</Notice> : null}
      <SelectField<EventKind>
        id={id('kind')}
        name="kind"
        label={t('adminEvents.form.kind')}
        value={values.kind}
        onChange={set('kind')}
        error={fieldErrors.kind}
        options={eventKinds.map((value) => ({ value, label: t(`adminEvents.kind.${value}`) }))}
      />
      <p className="muted event-form__hint">{t('adminEvents.form.textsHint')}</p>
      <div className="event-form__languages">
        {languages.map((language) => (
          <fieldset key={language} className="field event-form__group">
            <legend className="field__label">{t(`adminEvents.form.legend.${language}`)}</legend>
            <TextField
              id={id(`title-${language}`)}
              name={`title.${language}`}
              label={t(`adminEvents.form.title.${language}`)}
              value={values.title[language]}
              onChange={setText('title', language)}
              error={fieldErrors[`title.${language}`]}
              maxLength={160}
            />
            <TextAreaField
              id={id(`description-${language}`)}
              name={`description.${language}`}
              label={t(`adminEvents.form.description.${language}`)}
              hint={t('adminEvents.form.markdownHint')}
              value={values.description[language]}
              onChange={setText('description', language)}
              error={fieldErrors[`description.${language}`]}
              maxLength={10_000}
              rows={6}
            />
          </fieldset>
        ))}
      </div>
      <fieldset className="field event-form__group">
        <legend className="field__label">{t('adminEvents.form.timeLegend')}</legend>
        <p className="field__hint">{t('adminEvents.form.timeHint')}</p>
        <div className="form-row">
          {timeField('start', t('adminEvents.form.start'), { required: true })}
          {timeField('end', t('adminEvents.form.end'), { required: true })}
        </div>
        <div className="form-row">
          <SelectField<string>
            id={id('timeZone')}
            name="timeZone"
            label={t('adminEvents.form.timeZone')}
            value={values.timeZone}
            onChange={set('timeZone')}
            error={fieldErrors.timeZone}
            options={timeZoneChoices(values.timeZone).map((zone) => ({ value: zone, label: zone }))}
          />
          {timeField('rsvpDeadline', t('adminEvents.form.rsvpDeadline'), { hint: t('adminEvents.form.rsvpDeadlineHint') })}
        </div>
      </fieldset>
      <fieldset className="field event-form__group">
        <legend className="field__label">{t('adminEvents.form.placeLegend')}</legend>
        <p className="field__hint">{t('adminEvents.form.placeHint')}</p>
        <div className="form-row">
          {textField('placeName', t('adminEvents.form.placeName'), 160)}
          {textField('address', t('adminEvents.form.address'), 300)}
        </div>
        {textField('onlineUrl', t('adminEvents.form.onlineUrl'), 500, { hint: t('adminEvents.form.onlineUrlHint'), type: 'url' })}
      </fieldset>
      <fieldset className="field event-form__group">
        <legend className="field__label">{t('adminEvents.form.seatsLegend')}</legend>
        <div className="form-row">
          <TextField
            id={id('capacity')}
            name="capacity"
            label={t('adminEvents.form.capacity')}
            hint={t('adminEvents.form.capacityHint')}
            value={values.capacity}
            onChange={set('capacity')}
            error={fieldErrors.capacity}
            inputMode="numeric"
            maxLength={7}
          />
          <SelectField<string>
            id={id('maxGuests')}
            name="maxGuests"
            label={t('adminEvents.form.maxGuests')}
            hint={t('adminEvents.form.maxGuestsHint')}
            value={values.maxGuests}
            onChange={set('maxGuests')}
            error={fieldErrors.maxGuests}
            options={guestOptions}
          />
          <SelectField<string>
            id={id('reminderHours')}
            name="reminderHours"
            label={t('adminEvents.form.reminderHours')}
            hint={t('adminEvents.form.reminderHint')}
            value={values.reminderHours}
            onChange={set('reminderHours')}
            error={fieldErrors.reminderHours}
            options={reminderOptions}
          />
        </div>
      </fieldset>
      <SelectField<string>
        id={id('segmentId')}
        name="segmentId"
        label={t('adminEvents.form.audience')}
        hint={t('adminEvents.form.audienceHint')}
        value={values.segmentId}
        onChange={set('segmentId')}
        error={fieldErrors.segmentId}
        options={segmentOptions}
      />
      {event?.status === 'published' ? <Notice tone="info">{t('adminEvents.form.publishedNote')}</Notice> : null}
      <div className="form-actions">
        <Button type="submit" busy={mutation.isPending}>
          {event ? t('adminEvents.form.save') : t('adminEvents.form.saveDraft')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
