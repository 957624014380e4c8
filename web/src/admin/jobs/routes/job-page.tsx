import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ZIdParams, pickText, webPaths, type AdminJob } from '@alumni/shared';
import { isApiError } from '../../../api/api-error';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { Button } from '../../../components/button';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { useJob } from '../api/get-job';
import { DeleteJobAction } from '../components/delete-job-action';
import { JobDetails } from '../components/job-details';
import { JobForm } from '../components/job-form';
import { JobNotFound } from '../components/job-not-found';
import { ResponsesPanel } from '../components/responses-panel';
import { SuggestionsPanel } from '../components/suggestions-panel';

/** What the new-job page hands over when it lands here. */
export interface JobPageState {
  created: true;
}

const isCreated = (state: unknown): boolean => typeof state === 'object' && state !== null && 'created' in state && state.created === true;

function BackLink() {
  const { t } = useI18n();
  return (
    <p className="back-link">
      <Link to={webPaths.adminJobs}>{t('adminJobs.backToList')}</Link>
    </p>
  );
}

export function JobPage() {
  const { id = '' } = useParams();
  // An id that is not a uuid cannot name a posting; it is not asked for.
  if (!ZIdParams.safeParse({ id }).success) return <JobNotFound />;
  return <JobLoader key={id} id={id} />;
}

function JobLoader({ id }: { id: string }) {
  const { t, language } = useI18n();
  const job = useJob(id);
  const notFound = isApiError(job.error) && (job.error.status === 404 || job.error.code === 'validation_failed');

  // One heading for every state, so the focus it takes on arrival stays when the data comes.
  const title = job.data ? pickText(job.data.title, language) || t('adminJobs.untitled') : notFound ? t('adminJobs.notFoundTitle') : t('adminJobs.loadingTitle');

  return (
    <div className="page">
      <BackLink />
      <PageHeading title={title} />
      {job.data ? (
        <JobView job={job.data} />
      ) : job.isPending ? (
        <Loading />
      ) : notFound ? (
        <p>{t('adminJobs.notFoundText')}</p>
      ) : (
        <Notice tone="error">{describeError(job.error, t)}</Notice>
      )}
    </div>
  );
}

function JobView({ job }: { job: AdminJob }) {
  const { t, language } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const [announcement, setAnnouncement] = useState(() => (isCreated(location.state) ? t('adminJobs.createdMessage') : ''));
  const [editing, setEditing] = useState(false);
  const [focusEdit, setFocusEdit] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  const editHeadingRef = useRef<HTMLHeadingElement>(null);
  const title = pickText(job.title, language) || t('adminJobs.untitled');

  useEffect(() => {
    if (editing) editHeadingRef.current?.focus();
  }, [editing]);

  useEffect(() => {
    if (focusEdit) {
      editRef.current?.focus();
      setFocusEdit(false);
    }
  }, [focusEdit]);

  const closeEditor = () => {
    setEditing(false);
    setFocusEdit(true);
  };

  return (
    <>
      <div className="live-region" role="status">
        {announcement}
      </div>
      <div className="stack">
        <section className="panel" aria-labelledby="job-details-title">
          <h2 id="job-details-title">{t('adminJobs.detail.title')}</h2>
          <JobDetails job={job} />
          <div className="member-actions">
            {!editing ? (
              <Button
                ref={editRef}
                variant="secondary"
                onClick={() => {
                  setAnnouncement('');
                  setEditing(true);
                }}
              >
                {t('adminJobs.edit')}
              </Button>
            ) : null}
            {job.status === 'draft' ? <DeleteJobAction job={job} title={title} onDeleted={() => void navigate(webPaths.adminJobs)} /> : null}
          </div>
        </section>
        {editing ? (
          <section className="panel" aria-labelledby="job-edit-title">
            <h2 id="job-edit-title" tabIndex={-1} ref={editHeadingRef}>
              {t('adminJobs.editTitle')}
            </h2>
            <JobForm
              job={job}
              onSaved={(saved) => {
                setAnnouncement(t(saved.status === 'published' ? 'adminJobs.savedPublished' : 'adminJobs.savedMessage'));
                closeEditor();
              }}
              onCancel={closeEditor}
            />
          </section>
        ) : null}
        <ResponsesPanel jobId={job.id} />
        <SuggestionsPanel jobId={job.id} />
      </div>
    </>
  );
}
