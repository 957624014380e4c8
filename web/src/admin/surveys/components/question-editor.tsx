import { questionKinds, type Language, type QuestionKind } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { CheckboxField } from '../../../components/checkbox-field';
import { SelectField } from '../../../components/select-field';
import { surveyFieldId } from '../survey-errors';
import {
  addOption,
  isChoice,
  maxOptions,
  moveOption,
  removeOption,
  scaleMaxChoices,
  setKind,
  setOptionLabel,
  setQuestionText,
  surveyLimits,
  type QuestionValues,
} from '../survey-form';
import { LocalizedFields } from './localized-fields';

export interface QuestionEditorProps {
  question: QuestionValues;
  /** 1-based place in the survey. */
  position: number;
  count: number;
  errors: Readonly<Record<string, string>>;
  onChange: (question: QuestionValues) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  /** After an option is added, moved or removed: the element to focus, since the one pressed may be gone. */
  onFocus: (elementId: string) => void;
  onAnnounce: (message: string) => void;
}

/** The element ids of a question's controls, for moving focus after the builder changes. */
export const questionControlId = (questionId: string, control: string) => `survey-${questionId}-${control}`;

/** One question of the builder: its kind, text per language, whether it must be answered, and its options or scale. */
export function QuestionEditor({ question, position, count, errors, onChange, onMove, onRemove, onFocus, onAnnounce }: QuestionEditorProps) {
  const { t } = useI18n();
  const base = `questions.${question.id}`;
  const legend = t('adminSurveys.form.questionLegend', { number: position });
  const optionsKey = `${base}.options`;
  const optionsError = errors[optionsKey];
  const optionsErrorId = `${surveyFieldId(optionsKey)}-error`;

  const setText = (field: 'prompt' | 'minLabel' | 'maxLabel') => (language: Language, value: string) => onChange(setQuestionText(question, field, language, value));

  return (
    <fieldset className="survey-question" id={surveyFieldId(base)}>
      <legend>{legend}</legend>
      <div className="survey-question__tools">
        {position > 1 ? (
          <Button id={questionControlId(question.id, 'up')} variant="quiet" onClick={() => onMove(-1)}>
            {t('adminSurveys.form.moveUp')}
            <span className="visually-hidden"> {legend}</span>
          </Button>
        ) : null}
        {position < count ? (
          <Button id={questionControlId(question.id, 'down')} variant="quiet" onClick={() => onMove(1)}>
            {t('adminSurveys.form.moveDown')}
            <span className="visually-hidden"> {legend}</span>
          </Button>
        ) : null}
        {count > 1 ? (
          <Button variant="quiet" onClick={onRemove}>
            {t('adminSurveys.form.removeQuestion')}
            <span className="visually-hidden"> {legend}</span>
          </Button>
        ) : null}
      </div>
      <SelectField<QuestionKind>
        id={surveyFieldId(`${base}.kind`)}
        name={`${base}.kind`}
        label={t('adminSurveys.form.kind')}
        value={question.kind}
        error={errors[`${base}.kind`]}
        onChange={(kind) => onChange(setKind(question, kind))}
        options={questionKinds.map((kind) => ({ value: kind, label: t(`adminSurveys.kind.${kind}`) }))}
      />
      <LocalizedFields
        name={`${base}.prompt`}
        value={question.prompt}
        label={(l) => t(`adminSurveys.form.prompt.${l}`)}
        onChange={setText('prompt')}
        errors={errors}
        maxLength={surveyLimits.prompt}
      />
      <CheckboxField
        id={surveyFieldId(`${base}.required`)}
        name={`${base}.required`}
        label={t('adminSurveys.form.required')}
        description={t('adminSurveys.form.requiredHint')}
        checked={question.required}
        onChange={(required) => onChange({ ...question, required })}
      />
      {isChoice(question.kind) ? (
        <fieldset className="form-group" aria-describedby={optionsError ? optionsErrorId : undefined}>
          <legend>{t('adminSurveys.form.optionsLegend')}</legend>
          {optionsError ? (
            <p className="field__error" id={optionsErrorId}>
              <span className="visually-hidden">{t('errors.prefix')} </span>
              {optionsError}
            </p>
          ) : null}
          {question.options.map((option, index) => {
            const optionLegend = t('adminSurveys.form.optionLegend', { number: index + 1 });
            const named = `${optionLegend}, ${legend}`;
            return (
              <fieldset key={option.id} className="survey-option">
                <legend>{optionLegend}</legend>
                <LocalizedFields
                  name={`${base}.options.${option.id}.label`}
                  value={option.label}
                  label={(l) => t(`adminSurveys.form.option.${l}`)}
                  onChange={(l, value) => onChange(setOptionLabel(question, option.id, l, value))}
                  errors={errors}
                  maxLength={surveyLimits.option}
                />
                <div className="survey-question__tools">
                  {index > 0 ? (
                    <Button
                      id={questionControlId(question.id, `${option.id}-up`)}
                      variant="quiet"
                      onClick={() => {
                        onChange(moveOption(question, option.id, -1));
                        onFocus(questionControlId(question.id, index - 1 > 0 ? `${option.id}-up` : `${option.id}-down`));
                      }}
                    >
                      {t('adminSurveys.form.moveUp')}
                      <span className="visually-hidden"> {named}</span>
                    </Button>
                  ) : null}
                  {index < question.options.length - 1 ? (
                    <Button
                      id={questionControlId(question.id, `${option.id}-down`)}
                      variant="quiet"
                      onClick={() => {
                        onChange(moveOption(question, option.id, 1));
                        onFocus(questionControlId(question.id, index + 1 < question.options.length - 1 ? `${option.id}-down` : `${option.id}-up`));
                      }}
                    >
                      {t('adminSurveys.form.moveDown')}
                      <span className="visually-hidden"> {named}</span>
                    </Button>
                  ) : null}
                  <Button
                    variant="quiet"
                    onClick={() => {
                      onChange(removeOption(question, option.id));
                      onAnnounce(t('adminSurveys.form.optionRemoved', { number: index + 1 }));
                      onFocus(questionControlId(question.id, 'add-option'));
                    }}
                  >
                    {t('adminSurveys.form.removeOption')}
                    <span className="visually-hidden"> {named}</span>
                  </Button>
                </div>
              </fieldset>
            );
          })}
          {question.options.length < maxOptions ? (
            <div>
              <Button
                id={questionControlId(question.id, 'add-option')}
                variant="secondary"
                aria-describedby={optionsError ? optionsErrorId : undefined}
                onClick={() => {
                  const next = addOption(question);
                  onChange(next);
                  const added = next.options[next.options.length - 1];
                  if (added) onFocus(surveyFieldId(`${base}.options.${added.id}.label.fi`));
                }}
              >
                {t('adminSurveys.form.addOption')}
                <span className="visually-hidden"> {legend}</span>
              </Button>
            </div>
          ) : (
            <p className="muted">{t('adminSurveys.form.optionsFull', { max: maxOptions })}</p>
          )}
        </fieldset>
      ) : null}
      {question.kind === 'scale' ? (
        <>
          <SelectField<string>
            id={surveyFieldId(`${base}.scaleMax`)}
            name={`${base}.scaleMax`}
            label={t('adminSurveys.form.scaleMax')}
            hint={t('adminSurveys.form.scaleMaxHint')}
            value={String(question.scaleMax)}
            error={errors[`${base}.scaleMax`]}
            onChange={(value) => onChange({ ...question, scaleMax: Number(value) })}
            options={scaleMaxChoices.map((value) => ({ value: String(value), label: String(value) }))}
          />
          <fieldset className="form-group">
            <legend>{t('adminSurveys.form.minLabelLegend')}</legend>
            <LocalizedFields
              name={`${base}.minLabel`}
              value={question.minLabel}
              label={(l) => t(`adminSurveys.form.minLabel.${l}`)}
              onChange={setText('minLabel')}
              errors={errors}
              maxLength={surveyLimits.endLabel}
            />
          </fieldset>
          <fieldset className="form-group">
            <legend>{t('adminSurveys.form.maxLabelLegend')}</legend>
            <LocalizedFields
              name={`${base}.maxLabel`}
              value={question.maxLabel}
              label={(l) => t(`adminSurveys.form.maxLabel.${l}`)}
              onChange={setText('maxLabel')}
              errors={errors}
              maxLength={surveyLimits.endLabel}
            />
          </fieldset>
        </>
      ) : null}
    </fieldset>
  );
}
