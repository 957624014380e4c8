import { useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ZIdParams, pickText, webPaths, type Newsletter, type NewsletterStatus } from '@alumni/shared';
import { isApiError } from '../../../api/api-error';
import type { MessageKey } from '../../../i18n/en';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { useNewsletter } from '../api/get-newsletter';
import { DeleteDraftAction } from '../components/delete-draft-action';
import { NewsletterDetails } from '../components/newsletter-details';
import { NewsletterEditor } from '../components/newsletter-editor';
import { NewsletterNotFound } from '../components/newsletter-not-found';
import { NewsletterStatsPanel } from '../components/newsletter-stats-panel';
import { NewsletterStatusActions } from '../components/newsletter-status-actions';
import { NewsletterStatusBadge } from '../components/newsletter-status-badge';
import { SavedPreview } from '../components/saved-preview';
import { SchedulePanel } from '../components/schedule-panel';
import { SendingProgress } from '../components/sending-progress';
import { TestSendPanel } from '../components/test-send-panel';
import { availableActions, isEditable, newsletterFormValues, sameValues, showsProgress, showsStats, type NewsletterFormValues } from '../newsletter-form';
import type { PlanPageState } from './plan-page';

/** Why an issue is shown read-only, and what happens next. */
const readOnlyNotes: Readonly<Record<Exclude<NewsletterStatus, 'draft'>, MessageKey>> = {
  scheduled: 'adminNewsletters.readOnly.scheduled',
  sending: 'adminNewsletters.readOnly.sending',
  paused: 'adminNewsletters.readOnly.paused',
  sent: 'adminNewsletters.readOnly.sent',
  cancelled: 'adminNewsletters.readOnly.cancelled',
};

/** What the new-newsletter page hands over when it lands here. */
export interface NewsletterPageState {
  created: true;
}

const isCreated = (state: unknown): boolean => typeof state === 'object' && state !== null && 'created' in state && state.created === true;

function BackLink() {
  const { t } = useI18n();
  return (
    <p className="back-link">
      <Link to={webPaths.adminNewsletters}>{t('adminNewsletters.backToList')}</Link>
    </p>
  );
}

export function NewsletterPage() {
  const { id = '' } = useParams();
  // An id that is not a uuid cannot name a newsletter; it is not asked for.
  if (!ZIdParams.safeParse({ id }).success) return <NewsletterNotFound />;
  return <NewsletterLoader key={id} id={id} />;
}

function NewsletterLoader({ id }: { id: string }) {
  const { t, language } = useI18n();
  const newsletter = useNewsletter(id);
  const notFound = isApiError(newsletter.error) && (newsletter.error.status === 404 || newsletter.error.code === 'validation_failed');

  // One heading for every state, so the focus it takes on arrival stays when the data comes.
  const title = newsletter.data
    ? pickText(newsletter.data.subject, language) || t('adminNewsletters.untitled')
    : notFound
      ? t('adminNewsletters.notFoundTitle')
      : t('adminNewsletters.loadingTitle');

  return (
    <div className="page">
      <BackLink />
      <PageHeading title={title} />
      {newsletter.data ? (
        <NewsletterView newsletter={newsletter.data} />
      ) : newsletter.isPending ? (
        <Loading />
      ) : notFound ? (
        <p>{t('adminNewsletters.notFoundText')}</p>
      ) : (
        <Notice tone="error">{describeError(newsletter.error, t)}</Notice>
      )}
    </div>
  );
}

function NewsletterView({ newsletter }: { newsletter: Newsletter }) {
  const { t } = useI18n();
  const location = useLocation();
  const [announcement, setAnnouncement] = useState(() => (isCreated(location.state) ? t('adminNewsletters.createdMessage') : ''));
  const liveRef = useRef<HTMLDivElement>(null);

  /** A status change removes the button that made it: the message takes the focus instead. */
  const announceAndFocus = (message: string) => {
    setAnnouncement(message);
    liveRef.current?.focus();
  };

  return (
    <>
      <div className="live-region" role="status" tabIndex={-1} ref={liveRef}>
        {announcement}
      </div>
      {isEditable(newsletter.status) ? (
        <DraftView key={newsletter.id} newsletter={newsletter} onAnnounce={setAnnouncement} onStatusChange={announceAndFocus} />
      ) : (
        <IssueView newsletter={newsletter} onStatusChange={announceAndFocus} />
      )}
    </>
  );
}

interface DraftViewProps {
  newsletter: Newsletter;
  onAnnounce: (message: string) => void;
  onStatusChange: (message: string) => void;
}

/** A draft: its editor with the live preview, a test mail, the sending, and deleting it. */
function DraftView({ newsletter, onAnnounce, onStatusChange }: DraftViewProps) {
  const { t, formatDateTime } = useI18n();
  const navigate = useNavigate();
  const [values, setValues] = useState<NewsletterFormValues>(() => newsletterFormValues(newsletter));
  const unsaved = !sameValues(values, newsletterFormValues(newsletter));

  return (
    <div className="stack">
      <section className="panel" aria-labelledby="newsletter-content-title">
        <div className="panel__header">
          <h2 id="newsletter-content-title">{t('adminNewsletters.contentTitle')}</h2>
          <NewsletterStatusBadge status={newsletter.status} />
        </div>
        <p className="muted">
          {t('adminNewsletters.savedAt', { time: formatDateTime(newsletter.updatedAt) })} {unsaved ? t('adminNewsletters.unsavedChanges') : ''}
        </p>
        <NewsletterEditor
          newsletter={newsletter}
          values={values}
          setValues={setValues}
          onSaved={(saved) => {
            setValues(newsletterFormValues(saved));
            onAnnounce(t('adminNewsletters.savedMessage'));
          }}
        />
      </section>
      <TestSendPanel newsletter={newsletter} unsaved={unsaved} />
      <SchedulePanel newsletter={newsletter} unsaved={unsaved} onDone={onStatusChange} />
      <section className="panel" aria-labelledby="newsletter-delete-title">
        <h2 id="newsletter-delete-title">{t('adminNewsletters.deleteTitle')}</h2>
        <p>{t('adminNewsletters.deleteIntro')}</p>
        <DeleteDraftAction
          newsletter={newsletter}
          onDeleted={() => {
            const state: PlanPageState = { deleted: true };
            void navigate(webPaths.adminNewsletters, { state });
          }}
        />
      </section>
    </div>
  );
}

/** An issue that is scheduled, going out or gone: shown as it is, with what can be done to it now. */
function IssueView({ newsletter, onStatusChange }: { newsletter: Newsletter; onStatusChange: (message: string) => void }) {
  const { t } = useI18n();
  const actions = availableActions(newsletter);
  const statusActions = actions.filter((action) => action !== 'testSend');
  return (
    <div className="stack">
      <section className="panel" aria-labelledby="newsletter-details-title">
        <h2 id="newsletter-details-title">{t('adminNewsletters.detail.title')}</h2>
        <NewsletterDetails newsletter={newsletter} />
        {newsletter.status !== 'draft' ? <p className="muted">{t(readOnlyNotes[newsletter.status])}</p> : null}
        {statusActions.length > 0 ? (
          <div className="member-actions">
            <NewsletterStatusActions newsletter={newsletter} onDone={onStatusChange} />
          </div>
        ) : null}
      </section>
      {showsProgress(newsletter) ? <SendingProgress newsletter={newsletter} /> : null}
      {showsStats(newsletter.status) ? <NewsletterStatsPanel newsletter={newsletter} /> : null}
      <section className="panel" aria-labelledby="newsletter-content-title">
        <h2 id="newsletter-content-title">{t('adminNewsletters.contentTitle')}</h2>
        <SavedPreview newsletter={newsletter} />
      </section>
      {actions.includes('testSend') ? <TestSendPanel newsletter={newsletter} unsaved={false} /> : null}
    </div>
  );
}
