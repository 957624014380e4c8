import { maxFreeTextLength, type SurveyQuestion } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { TextAreaField } from '../../../components/text-area-field';
import { textFor, toggleOption, type AnswerDraft } from '../answers';

export interface QuestionFieldProps {
  question: SurveyQuestion;
  number: number;
  draft: AnswerDraft;
  error?: string;
  onChange: (id: string, value: number | string | readonly string[] | undefined) => void;
}

const errorId = (q: SurveyQuestion) => `survey-${q.id}-error`;

/** One question as a fieldset: a scale or single choice as radios, multiple choice as checkboxes, free text as a text area. */
export function QuestionField({ question: q, number, draft, error, onChange }: QuestionFieldProps) {
  const { t, language } = useI18n();
  const prompt = `${String(number)}. ${textFor(q.prompt, language)}`;
  const described = error ? errorId(q) : undefined;
  const errorText = error ? (
    <p className="field__error" id={errorId(q)}>
      {error}
    </p>
  ) : null;

  if (q.kind === 'text') {
    const value = draft[q.id];
    return (
      <TextAreaField
        id={`survey-${q.id}`}
        label={q.required ? `${prompt} ${t('surveys.requiredMark')}` : prompt}
        value={typeof value === 'string' ? value : ''}
        onChange={(v) => onChange(q.id, v)}
        maxLength={maxFreeTextLength}
        counter
        rows={4}
        error={error}
      />
    );
  }

  const legend = (
    <legend className="field__label">
      {prompt}
      {q.required ? <span className="muted"> {t('surveys.requiredMark')}</span> : null}
    </legend>
  );

  if (q.kind === 'multiple') {
    const chosen = Array.isArray(draft[q.id]) ? (draft[q.id] as readonly string[]) : [];
    return (
      <fieldset className="field survey-question" aria-describedby={described}>
        {legend}
        <p className="field__hint">{t('surveys.chooseAny')}</p>
        {q.options.map((o) => {
          const id = `survey-${q.id}-${o.id}`;
          return (
            <div className="checkbox" key={o.id}>
              <input type="checkbox" id={id} checked={chosen.includes(o.id)} onChange={(e) => onChange(q.id, toggleOption(q, chosen, o.id, e.target.checked))} />
              <label htmlFor={id}>{textFor(o.label, language)}</label>
            </div>
          );
        })}
        {errorText}
      </fieldset>
    );
  }

  const options =
    q.kind === 'scale'
      ? Array.from({ length: q.scaleMax }, (_, i) => {
          const point = i + 1;
          const end = point === 1 ? textFor(q.minLabel, language) : point === q.scaleMax ? textFor(q.maxLabel, language) : '';
          return { value: String(point), label: end ? `${String(point)} – ${end}` : String(point) };
        })
      : q.options.map((o) => ({ value: o.id, label: textFor(o.label, language) }));
  const current = draft[q.id];
  const selected = current === undefined ? '' : String(current);
  return (
    <fieldset className={`field survey-question${q.kind === 'scale' ? ' survey-question--scale' : ''}`} aria-describedby={described}>
      {legend}
      {options.map((o) => {
        const id = `survey-${q.id}-${o.value}`;
        return (
          <div className="radio" key={o.value}>
            <input
              type="radio"
              id={id}
              name={`survey-${q.id}`}
              value={o.value}
              checked={selected === o.value}
              onChange={() => onChange(q.id, q.kind === 'scale' ? Number(o.value) : o.value)}
            />
            <label htmlFor={id}>{o.label}</label>
          </div>
        );
      })}
      {errorText}
    </fieldset>
  );
}
