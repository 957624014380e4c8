import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { pickText, webPaths, type Survey } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { formatZonedDateTime } from '../../../i18n/dates';
import { isApiError } from '../../../api/api-error';
import { Button } from '../../../components/button';
import { ConfirmStep } from '../../../components/confirm-step';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { TextField } from '../../../components/text-field';
import { useChangeClosingTime } from '../api/change-closing-time';
import { useCloseSurvey } from '../api/close-survey';
import { useDeleteSurvey } from '../api/delete-survey';
import { useOpenSurvey } from '../api/open-survey';
import { useSurvey } from '../api/get-survey';
import { SurveyForm } from '../components/survey-form';
import { SurveyNotFound } from '../components/survey-not-found';
import { SurveyResultsSection } from '../components/survey-results-section';
import { SurveyStatusBadge } from '../components/survey-status-badge';
import { surveyFormValues, surveyTimeZone, wallClockToIso } from '../survey-form';

function Facts({ survey }: { survey: Survey }) {
  const { t, language, locale } = useI18n();
  const n = new Intl.NumberFormat(locale);
  return (
    <dl className="member-summary">
      <div>
        <dt>{t('adminSurveys.colStatus')}</dt>
        <dd>
          <SurveyStatusBadge status={survey.status} />
        </dd>
      </div>
      <div>
        <dt>{t('adminSurveys.colAudience')}</dt>
        <dd>{survey.segmentId ? (survey.segmentName ?? t('adminSurveys.segmentGone')) : t('adminSurveys.audienceAll')}</dd>
      </div>
      <div>
        <dt>{t('adminSurveys.colCloses')}</dt>
        <dd>{formatZonedDateTime(survey.closesAt, language, surveyTimeZone)}</dd>
      </div>
      <div>
        <dt>{t('adminSurveys.kindOfSurvey')}</dt>
        <dd>{survey.anonymous ? t('adminSurveys.anonymousTag') : t('adminSurveys.namedTag')}</dd>
      </div>
      <div>
        <dt>{t('adminSurveys.colMailed')}</dt>
        <dd>{n.format(survey.mailed)}</dd>
      </div>
    </dl>
  );
}

function DraftActions({ survey }: { survey: Survey }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const open = useOpenSurvey();
  const remove = useDeleteSurvey();
  const [editing, setEditing] = useState(false);
  if (editing) return <SurveyForm survey={survey} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />;
  return (
    <section className="panel" aria-labelledby="survey-actions-title">
      <h2 id="survey-actions-title">{t('adminSurveys.draftTitle')}</h2>
      <p>{t('adminSurveys.draftText')}</p>
      {open.isError ? <Notice tone="error">{describeError(open.error, t)}</Notice> : null}
      {remove.isError ? <Notice tone="error">{describeError(remove.error, t)}</Notice> : null}
      <div className="member-actions">
        <Button variant="secondary" onClick={() => setEditing(true)}>
          {t('adminSurveys.edit')}
        </Button>
        <ConfirmStep
          questionId="survey-open"
          question={t('adminSurveys.openQuestion')}
          trigger={t('adminSurveys.open')}
          confirmLabel={t('adminSurveys.openConfirm')}
          danger={false}
          busy={open.isPending}
          onOpen={() => open.reset()}
          onConfirm={(done) => open.mutate(survey.id, { onSettled: done })}
        />
        <ConfirmStep
          questionId="survey-delete"
          question={t('adminSurveys.deleteQuestion')}
          trigger={t('adminSurveys.delete')}
          confirmLabel={t('adminSurveys.deleteConfirm')}
          danger
          busy={remove.isPending}
          onOpen={() => remove.reset()}
          onConfirm={(done) => remove.mutate(survey.id, { onSettled: done, onSuccess: () => void navigate(webPaths.adminSurveys) })}
        />
      </div>
    </section>
  );
}

function OpenActions({ survey }: { survey: Survey }) {
  const { t } = useI18n();
  const close = useCloseSurvey();
  const change = useChangeClosingTime();
  const [closesAt, setClosesAt] = useState(() => surveyFormValues(survey).closesAt);
  const fieldError = isApiError(change.error) && change.error.details.length > 0 ? t('adminSurveys.error.closesInPast') : undefined;
  return (
    <section className="panel" aria-labelledby="survey-open-title">
      <h2 id="survey-open-title">{t('adminSurveys.openTitle')}</h2>
      <form
        className="filters"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const iso = wallClockToIso(closesAt);
          if (iso) change.mutate({ id: survey.id, closesAt: iso });
        }}
      >
        <TextField id="survey-closes-at" type="datetime-local" label={t('adminSurveys.form.closesAt')} hint={t('adminSurveys.form.closesAtHint')} value={closesAt} onChange={setClosesAt} error={fieldError} />
        <div className="filters__actions">
          <Button type="submit" variant="secondary" disabled={change.isPending}>
            {t('adminSurveys.changeClose')}
          </Button>
        </div>
      </form>
      {change.isSuccess ? <Notice>{t('adminSurveys.closeChanged')}</Notice> : null}
      {change.isError && !fieldError ? <Notice tone="error">{describeError(change.error, t)}</Notice> : null}
      {close.isError ? <Notice tone="error">{describeError(close.error, t)}</Notice> : null}
      <ConfirmStep
        questionId="survey-close"
        question={t('adminSurveys.closeQuestion')}
        trigger={t('adminSurveys.closeNow')}
        confirmLabel={t('adminSurveys.closeConfirm')}
        danger
        busy={close.isPending}
        onOpen={() => close.reset()}
        onConfirm={(done) => close.mutate(survey.id, { onSettled: done })}
      />
    </section>
  );
}

/** One survey: its facts, what may be done with it now, and the results once it is open. */
export function SurveyPage() {
  const { t, language } = useI18n();
  const { id = '' } = useParams();
  const survey = useSurvey(id);
  if (survey.isPending) return <Loading />;
  if (survey.isError) {
    if (isApiError(survey.error) && survey.error.status === 404) return <SurveyNotFound />;
    return <Notice tone="error">{describeError(survey.error, t)}</Notice>;
  }
  const s = survey.data;
  return (
    <div className="page">
      <PageHeading title={pickText(s.title, language) || t('adminSurveys.untitled')} />
      <Facts survey={s} />
      {s.status === 'draft' ? <DraftActions survey={s} /> : null}
      {s.status === 'open' ? <OpenActions survey={s} /> : null}
      {s.status !== 'draft' ? <SurveyResultsSection survey={s} /> : null}
    </div>
  );
}
