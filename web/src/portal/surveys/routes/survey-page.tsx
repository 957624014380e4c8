import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { PortalSurvey } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { formatZonedDateTime } from '../../../i18n/dates';
import { Button } from '../../../components/button';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { webPaths } from '../../../paths';
import { useAnswerSurvey, useSurvey } from '../api/surveys';
import { answerProblems, answersBody, missingAnswers, textFor, type AnswerDraft } from '../answers';
import { QuestionField } from '../components/question-field';
import '../surveys.css';

function BackLink() {
  const { t } = useI18n();
  return (
    <p className="back-link">
      <Link to={webPaths.surveys}>
        <span aria-hidden="true">← </span>
        {t('surveys.back')}
      </Link>
    </p>
  );
}

function SurveyForm({ survey }: { survey: PortalSurvey }) {
  const { t, language } = useI18n();
  const [draft, setDraft] = useState<AnswerDraft>({});
  const [missing, setMissing] = useState<readonly string[]>([]);
  const answer = useAnswerSurvey(survey.id);
  const problems = answerProblems(answer.error);

  if (answer.isSuccess) {
    return (
      <Notice focus title={t('surveys.thanksTitle')}>
        <p>{survey.anonymous ? t('surveys.thanksAnonymous') : t('surveys.thanksText')}</p>
      </Notice>
    );
  }
  return (
    <form
      className="stack survey-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const left = missingAnswers(survey.questions, draft);
        setMissing(left);
        if (left.length > 0) {
          document.getElementById(`survey-${left[0] ?? ''}`)?.closest('fieldset')?.querySelector('input')?.focus();
          document.getElementById(`survey-${left[0] ?? ''}`)?.focus();
          return;
        }
        answer.mutate(answersBody(survey.questions, draft));
      }}
    >
      {missing.length > 0 ? <Notice tone="error">{t('surveys.missing', { count: missing.length })}</Notice> : null}
      {answer.isError && Object.keys(problems).length === 0 ? <Notice tone="error">{describeError(answer.error, t)}</Notice> : null}
      {survey.questions.map((q, i) => {
        const problem = problems[q.id] ?? (missing.includes(q.id) ? 'surveys.error.required' : undefined);
        return (
          <QuestionField
            key={q.id}
            question={q}
            number={i + 1}
            draft={draft}
            error={problem ? t(problem) : undefined}
            onChange={(id, value) => setDraft((d) => ({ ...d, [id]: value }))}
          />
        );
      })}
      <p className="muted" lang={language}>
        {t('surveys.closesAt', { time: formatZonedDateTime(survey.closesAt, language, 'Europe/Helsinki') })}
      </p>
      <div>
        <Button type="submit" disabled={answer.isPending}>
          {t('surveys.send')}
        </Button>
      </div>
    </form>
  );
}

/** One survey for the member: the questions, the anonymity notice, and the states after answering or closing. */
export function SurveyPage() {
  const { t, language } = useI18n();
  const { id = '' } = useParams();
  const survey = useSurvey(id);
  if (survey.isPending) return <Loading />;
  if (survey.isError) {
    return (
      <div className="page">
        <BackLink />
        <PageHeading title={t('surveys.navLabel')} />
        <Notice tone="error">{describeError(survey.error, t)}</Notice>
      </div>
    );
  }
  const s = survey.data;
  const intro = textFor(s.intro, language);
  return (
    <div className="page">
      <BackLink />
      <PageHeading title={textFor(s.title, language)} />
      {intro ? <p className="lead">{intro}</p> : null}
      {s.anonymous ? (
        <Notice tone="info" title={t('surveys.anonymousTitle')}>
          <p>{t('surveys.anonymousText')}</p>
        </Notice>
      ) : (
        <p className="muted">{t('surveys.namedText')}</p>
      )}
      {s.answered ? (
        <Notice tone="info" title={t('surveys.answeredTitle')}>
          <p>{t('surveys.answeredText')}</p>
        </Notice>
      ) : !s.open ? (
        <Notice tone="info" title={t('surveys.closedTitle')}>
          <p>{t('surveys.closedText')}</p>
        </Notice>
      ) : (
        <SurveyForm survey={s} />
      )}
    </div>
  );
}
