import { useState } from 'react';
import type { PortalEvent, RsvpAnswer, RsvpBody } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import type { ErrorOverrides } from '../../../i18n/describe-error';
import { ApiError } from '../../../api/api-error';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { SelectField } from '../../../components/select-field';
import { useFieldErrors } from '../../../components/use-field-errors';
import { answerBody, asksGuests, guestCounts, initialGuests, seatsState } from '../answer-rules';
import { AnswerChoice } from './answer-choice';

/** What a refused answer means to the member. */
export const answerErrors: ErrorOverrides = {
  rule_broken: 'events.errorRuleBroken',
  forbidden: 'events.errorNotVerified',
  invalid_token: 'events.errorInvalidLink',
  not_found: 'events.errorInvalidLink',
};

/** Pressing the button with no answer chosen reads like the server's own validation error. */
const noChoiceError = () =>
  new ApiError({ status: 400, code: 'validation_failed', message: 'No answer chosen', details: [{ path: 'status', message: 'Required', code: 'required' }] });

export interface AnswerFormProps {
  /** Prefixes the fields' ids; unique on the page. */
  idPrefix: string;
  event: PortalEvent;
  initialChoice: RsvpAnswer | null;
  /** The button's words, which may name the chosen answer. */
  submitLabel: (choice: RsvpAnswer | null) => string;
  busy: boolean;
  error: unknown;
  onAnswer: (body: RsvpBody) => void;
  /** Called when the form changes, e.g. to clear the last result. */
  onEdit: () => void;
}

/** The member's answer (going, maybe, can't come) and, with a yes, the guests they bring. */
export function AnswerForm({ idPrefix, event, initialChoice, submitLabel, busy, error, onAnswer, onEdit }: AnswerFormProps) {
  const { t, locale } = useI18n();
  const [choice, setChoice] = useState<RsvpAnswer | null>(initialChoice);
  const [guests, setGuests] = useState(() => initialGuests(event.myRsvp, event.maxGuests));
  const [missing, setMissing] = useState<ApiError | null>(null);
  const shownError = missing ?? error;
  const fieldErrors = useFieldErrors(shownError);
  const ids = { choice: `${idPrefix}-answer`, guests: `${idPrefix}-guests` };

  const guestLabel = (count: number): string =>
    count === 0
      ? t('events.guestsNone')
      : new Intl.PluralRules(locale).select(count) === 'one'
        ? t('events.guestsOne')
        : t('events.guestsMany', { count });

  return (
    <form
      className="form answer-form"
      noValidate
      onSubmit={(formEvent) => {
        formEvent.preventDefault();
        if (busy) return;
        if (!choice) {
          setMissing(noChoiceError());
          return;
        }
        setMissing(null);
        onAnswer(answerBody(choice, guests, event.maxGuests));
      }}
    >
      <ErrorSummary
        error={shownError}
        overrides={answerErrors}
        fields={[
          { name: 'status', id: `${ids.choice}-going`, label: t('events.answerField') },
          { name: 'guests', id: ids.guests, label: t('events.guests') },
        ]}
      />
      <AnswerChoice
        name={ids.choice}
        value={choice}
        full={seatsState(event).kind === 'full'}
        error={fieldErrors.status}
        onChange={(next) => {
          setMissing(null);
          onEdit();
          setChoice(next);
        }}
      />
      {asksGuests(choice, event.maxGuests) ? (
        <SelectField
          id={ids.guests}
          name="guests"
          label={t('events.guests')}
          hint={t('events.guestsHint', { max: event.maxGuests })}
          value={String(guests)}
          error={fieldErrors.guests}
          options={guestCounts(event.maxGuests).map((count) => ({ value: String(count), label: guestLabel(count) }))}
          onChange={(value) => {
            onEdit();
            setGuests(Number(value));
          }}
        />
      ) : null}
      <Button type="submit" busy={busy}>
        {submitLabel(choice)}
      </Button>
    </form>
  );
}
