import { useEffect, useState } from 'react';
import { languages, type Survey, type SurveyBody } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { CheckboxField } from '../../../components/checkbox-field';
import { ErrorSummary, type SummaryField } from '../../../components/error-summary';
import { SelectField } from '../../../components/select-field';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import { useCreateSurvey } from '../api/create-survey';
import { useSegmentChoices } from '../api/get-segment-choices';
import { useUpdateSurvey } from '../api/update-survey';
import { surveyFieldErrors, surveyFieldId } from '../survey-errors';
import {
  addQuestion,
  isChoice,
  maxQuestions,
  moveItem,
  newSurveyValues,
  removeQuestion,
  replaceQuestion,
  surveyBody,
  surveyFormValues,
  surveyLimits,
  type SurveyFormValues,
} from '../survey-form';
import { QuestionEditor, questionControlId } from './question-editor';

/** The bounds a datetime-local field offers; the server refuses a time already past. */
const earliest = '2000-01-01T00:00';
const latest = '2100-12-31T23:59';

export interface SurveyFormProps {
  /** The draft being edited; a new survey when absent. */
  survey?: Survey;
  onSaved: (survey: Survey) => void;
  onCancel: () => void;
}

/** A survey's texts per language, who is asked, when it closes and its questions. Only a draft is edited whole. */
export function SurveyForm({ survey, onSaved, onCancel }: SurveyFormProps) {
  const { t } = useI18n();
  const [values, setValues] = useState<SurveyFormValues>(() => (survey ? surveyFormValues(survey) : newSurveyValues()));
  const [sent, setSent] = useState<SurveyBody | null>(null);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const create = useCreateSurvey();
  const update = useUpdateSurvey();
  const segments = useSegmentChoices();
  const mutation = survey ? update : create;
  const body = surveyBody(values);
  const fieldErrors = surveyFieldErrors(mutation.error, sent ?? body, t);

  // The button pressed may be gone or moved once the builder has changed: focus goes where it was asked to.
  useEffect(() => {
    if (focusTarget === null) return;
    document.getElementById(focusTarget)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  const set =
    <K extends keyof SurveyFormValues>(field: K) =>
    (value: SurveyFormValues[K]) =>
      setValues((current) => ({ ...current, [field]: value }));

  const segmentOptions = [
    { value: '', label: t('adminSurveys.audienceAll') },
    ...(segments.data?.items ?? []).map((segment) => ({ value: segment.id, label: segment.name })),
  ];
  // The survey's segment stays a choice while the list loads, or if it is beyond the first page.
  if (survey?.segmentId && !segmentOptions.some((option) => option.value === survey.segmentId)) {
    segmentOptions.push({ value: survey.segmentId, label: survey.segmentName ?? t('adminSurveys.segmentGone') });
  }

  const questionLabel = (position: number, field: string) => `${t('adminSurveys.form.questionLegend', { number: position })}: ${field}`;
  const summaryFields: SummaryField[] = [
    ...languages.flatMap((l) => [
      { name: `title.${l}`, id: surveyFieldId(`title.${l}`), label: t(`adminSurveys.form.title.${l}`) },
      { name: `intro.${l}`, id: surveyFieldId(`intro.${l}`), label: t(`adminSurveys.form.intro.${l}`) },
    ]),
    { name: 'segmentId', id: surveyFieldId('segmentId'), label: t('adminSurveys.form.audience') },
    { name: 'closesAt', id: surveyFieldId('closesAt'), label: t('adminSurveys.form.closesAt') },
    { name: 'questions', id: surveyFieldId('questions'), label: t('adminSurveys.form.questionsLegend') },
    ...values.questions.flatMap((q, index) => {
      const base = `questions.${q.id}`;
      const position = index + 1;
      const field = (key: string, label: string): SummaryField => ({ name: `${base}.${key}`, id: surveyFieldId(`${base}.${key}`), label: questionLabel(position, label) });
      return [
        field('kind', t('adminSurveys.form.kind')),
        ...languages.map((l) => field(`prompt.${l}`, t(`adminSurveys.form.prompt.${l}`))),
        field('scaleMax', t('adminSurveys.form.scaleMax')),
        ...languages.map((l) => field(`minLabel.${l}`, t(`adminSurveys.form.minLabel.${l}`))),
        ...languages.map((l) => field(`maxLabel.${l}`, t(`adminSurveys.form.maxLabel.${l}`))),
        // A list's own message is shown at its "add option" button.
        { name: `${base}.options`, id: questionControlId(q.id, 'add-option'), label: questionLabel(position, t('adminSurveys.form.optionsLegend')) },
        ...q.options.flatMap((o, optionIndex) =>
          languages.map((l) =>
            field(`options.${o.id}.label.${l}`, `${t('adminSurveys.form.optionLegend', { number: optionIndex + 1 })}, ${t(`adminSurveys.form.option.${l}`)}`),
          ),
        ),
        { name: base, id: surveyFieldId(base), label: t('adminSurveys.form.questionLegend', { number: position }) },
      ];
    }),
  ];

  const questionsError = fieldErrors.questions;
  const questionsErrorId = `${surveyFieldId('questions')}-error`;

  return (
    <form
      className="form survey-form"
      noValidate
      aria-label={t('adminSurveys.form.label')}
      onSubmit={(event) => {
        event.preventDefault();
        if (mutation.isPending) return;
        mutation.reset();
        setSent(body);
        if (survey) update.mutate({ id: survey.id, body }, { onSuccess: onSaved });
        else create.mutate(body, { onSuccess: onSaved });
      }}
    >
      <ErrorSummary error={mutation.error} fields={summaryFields} messages={fieldErrors} overrides={{ conflict: 'adminSurveys.form.conflict' }} />
      <p className="live-region" role="status">
        {announcement}
      </p>
      <p className="muted">{t('adminSurveys.form.textsHint')}</p>
      {languages.map((l) => (
        <fieldset key={l} className="form-group">
          <legend>{t(`adminSurveys.form.legend.${l}`)}</legend>
          <TextField
            id={surveyFieldId(`title.${l}`)}
            name={`title.${l}`}
            label={t(`adminSurveys.form.title.${l}`)}
            value={values.title[l]}
            onChange={(value) => setValues((current) => ({ ...current, title: { ...current.title, [l]: value } }))}
            error={fieldErrors[`title.${l}`]}
            maxLength={surveyLimits.title}
          />
          <TextAreaField
            id={surveyFieldId(`intro.${l}`)}
            name={`intro.${l}`}
            label={t(`adminSurveys.form.intro.${l}`)}
            hint={t('adminSurveys.form.introHint')}
            value={values.intro[l]}
            onChange={(value) => setValues((current) => ({ ...current, intro: { ...current.intro, [l]: value } }))}
            error={fieldErrors[`intro.${l}`]}
            maxLength={surveyLimits.intro}
            rows={4}
            counter
          />
        </fieldset>
      ))}
      <fieldset className="form-group">
        <legend>{t('adminSurveys.form.settingsLegend')}</legend>
        <CheckboxField
          id={surveyFieldId('anonymous')}
          name="anonymous"
          label={t('adminSurveys.form.anonymous')}
          description={t('adminSurveys.form.anonymousHint')}
          checked={values.anonymous}
          onChange={set('anonymous')}
        />
        <SelectField<string>
          id={surveyFieldId('segmentId')}
          name="segmentId"
          label={t('adminSurveys.form.audience')}
          hint={t('adminSurveys.form.audienceHint')}
          value={values.segmentId}
          onChange={set('segmentId')}
          error={fieldErrors.segmentId}
          options={segmentOptions}
        />
        <TextField
          id={surveyFieldId('closesAt')}
          name="closesAt"
          type="datetime-local"
          label={t('adminSurveys.form.closesAt')}
          hint={t('adminSurveys.form.closesAtHint')}
          value={values.closesAt}
          onChange={set('closesAt')}
          error={fieldErrors.closesAt}
          min={earliest}
          max={latest}
          required
        />
      </fieldset>
      <fieldset className="form-group" aria-describedby={questionsError ? questionsErrorId : undefined}>
        <legend>{t('adminSurveys.form.questionsLegend')}</legend>
        <p className="muted">{t('adminSurveys.form.questionsHint')}</p>
        {questionsError ? (
          <p className="field__error" id={questionsErrorId}>
            <span className="visually-hidden">{t('errors.prefix')} </span>
            {questionsError}
          </p>
        ) : null}
        {values.questions.map((question, index) => (
          <QuestionEditor
            key={question.id}
            question={question}
            position={index + 1}
            count={values.questions.length}
            errors={fieldErrors}
            onChange={(next) => setValues((current) => ({ ...current, questions: replaceQuestion(current.questions, next) }))}
            onMove={(by) => {
              setValues((current) => ({ ...current, questions: moveItem(current.questions, question.id, by) }));
              const to = index + by;
              const stillThere = by === -1 ? to > 0 : to < values.questions.length - 1;
              setFocusTarget(questionControlId(question.id, stillThere === (by === -1) ? 'up' : 'down'));
              setAnnouncement(t('adminSurveys.form.questionMoved', { from: index + 1, to: to + 1 }));
            }}
            onRemove={() => {
              setValues((current) => ({ ...current, questions: removeQuestion(current.questions, question.id) }));
              setFocusTarget(surveyFieldId('questions'));
              setAnnouncement(t('adminSurveys.form.questionRemoved', { number: index + 1 }));
            }}
            onFocus={setFocusTarget}
            onAnnounce={setAnnouncement}
          />
        ))}
        {values.questions.length < maxQuestions ? (
          <div>
            <Button
              id={surveyFieldId('questions')}
              variant="secondary"
              aria-describedby={questionsError ? questionsErrorId : undefined}
              onClick={() => {
                const next = addQuestion(values.questions);
                const added = next[next.length - 1];
                setValues((current) => ({ ...current, questions: addQuestion(current.questions) }));
                if (added) setFocusTarget(surveyFieldId(`questions.${added.id}.kind`));
                setAnnouncement(t('adminSurveys.form.questionAdded', { number: next.length }));
              }}
            >
              {t('adminSurveys.form.addQuestion')}
            </Button>
          </div>
        ) : (
          <p className="muted" id={surveyFieldId('questions')} tabIndex={-1}>
            {t('adminSurveys.form.questionsFull', { max: maxQuestions })}
          </p>
        )}
      </fieldset>
      {values.questions.some((q) => isChoice(q.kind) && q.options.length === 0) ? null : null}
      <div className="form-actions">
        <Button type="submit" busy={mutation.isPending}>
          {t('adminSurveys.form.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
