import { rsvpAnswers, type RsvpAnswer } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { FieldMessages, fieldMessageIds } from '../../../components/field-messages';

export interface AnswerChoiceProps {
  /** The radios' name; each radio's id is `${name}-${answer}`. */
  name: string;
  value: RsvpAnswer | null;
  onChange: (value: RsvpAnswer) => void;
  /** The event is full: a yes goes on the waitlist, and the yes says so. */
  full: boolean;
  error?: string | undefined;
}

/** Going, maybe or can't come, as one radio group so each choice is named and the chosen one announced. */
export function AnswerChoice({ name, value, onChange, full, error }: AnswerChoiceProps) {
  const { t } = useI18n();
  const { describedBy } = fieldMessageIds(name, undefined, error);
  return (
    <fieldset className={error ? 'field radio-group answer-choice field--invalid' : 'field radio-group answer-choice'} aria-describedby={describedBy}>
      <legend className="field__label">{t('events.answerLegend')}</legend>
      <FieldMessages id={name} error={error} />
      {rsvpAnswers.map((answer) => {
        const id = `${name}-${answer}`;
        const note = answer === 'going' && full ? t('events.fullNote') : null;
        return (
          <div className={note ? 'radio radio--described' : 'radio'} key={answer}>
            <input
              type="radio"
              id={id}
              name={name}
              value={answer}
              checked={value === answer}
              onChange={() => onChange(answer)}
              aria-describedby={note ? `${id}-description` : undefined}
            />
            {note ? (
              <div>
                <label htmlFor={id}>{t(`events.answer.${answer}`)}</label>
                <p className="radio__description" id={`${id}-description`}>
                  {note}
                </p>
              </div>
            ) : (
              <label htmlFor={id}>{t(`events.answer.${answer}`)}</label>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
