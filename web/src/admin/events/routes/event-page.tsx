import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { ZIdParams, pickText, webPaths, type AdminEvent } from '@alumni/shared';
import { isApiError } from '../../../api/api-error';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { Button } from '../../../components/button';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { useEvent } from '../api/get-event';
import { EventDetails } from '../components/event-details';
import { EventFigures } from '../components/event-figures';
import { EventForm } from '../components/event-form';
import { EventNotFound } from '../components/event-not-found';
import { EventStatusActions } from '../components/event-status-actions';
import { InvitationsPanel } from '../components/invitations-panel';

/** What the new-event page hands over when it lands here. */
export interface EventPageState {
  created: true;
}

const isCreated = (state: unknown): boolean => typeof state === 'object' && state !== null && 'created' in state && state.created === true;

function BackLink() {
  const { t } = useI18n();
  return (
    <p className="back-link">
      <Link to={webPaths.adminEvents}>{t('adminEvents.backToList')}</Link>
    </p>
  );
}

export function EventPage() {
  const { id = '' } = useParams();
  // An id that is not a uuid cannot name an event; it is not asked for.
  if (!ZIdParams.safeParse({ id }).success) return <EventNotFound />;
  return <EventLoader key={id} id={id} />;
}

function EventLoader({ id }: { id: string }) {
  const { t, language } = useI18n();
  const event = useEvent(id);
  const notFound = isApiError(event.error) && (event.error.status === 404 || event.error.code === 'validation_failed');

  // One heading for every state, so the focus it takes on arrival stays when the data comes.
  const title = event.data
    ? pickText(event.data.title, language) || t('adminEvents.untitled')
    : notFound
      ? t('adminEvents.notFoundTitle')
      : t('adminEvents.loadingTitle');

  return (
    <div className="page">
      <BackLink />
      <PageHeading title={title} />
      {event.data ? (
        <EventView event={event.data} />
      ) : event.isPending ? (
        <Loading />
      ) : notFound ? (
        <p>{t('adminEvents.notFoundText')}</p>
      ) : (
        <Notice tone="error">{describeError(event.error, t)}</Notice>
      )}
    </div>
  );
}

function EventView({ event }: { event: AdminEvent }) {
  const { t } = useI18n();
  const location = useLocation();
  const [announcement, setAnnouncement] = useState(() => (isCreated(location.state) ? t('adminEvents.createdMessage') : ''));
  const [editing, setEditing] = useState(false);
  const [focusEdit, setFocusEdit] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  const editHeadingRef = useRef<HTMLHeadingElement>(null);
  const liveRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (editing) editHeadingRef.current?.focus();
  }, [editing]);

  useEffect(() => {
    if (focusEdit) {
      editRef.current?.focus();
      setFocusEdit(false);
    }
  }, [focusEdit]);

  /** A status change removes the button that made it: the message takes the focus instead. */
  const announceAndFocus = (message: string) => {
    setAnnouncement(message);
    liveRef.current?.focus();
  };

  const closeEditor = () => {
    setEditing(false);
    setFocusEdit(true);
  };

  return (
    <>
      <div className="live-region" role="status" tabIndex={-1} ref={liveRef}>
        {announcement}
      </div>
      <div className="stack">
        <section className="panel" aria-labelledby="event-details-title">
          <h2 id="event-details-title">{t('adminEvents.detail.title')}</h2>
          <EventDetails event={event} />
          {event.status !== 'cancelled' ? (
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
                  {t('adminEvents.edit')}
                </Button>
              ) : null}
              <EventStatusActions
                event={event}
                onDone={(message) => {
                  setEditing(false);
                  announceAndFocus(message);
                }}
              />
            </div>
          ) : null}
        </section>
        {editing ? (
          <section className="panel" aria-labelledby="event-edit-title">
            <h2 id="event-edit-title" tabIndex={-1} ref={editHeadingRef}>
              {t('adminEvents.editTitle')}
            </h2>
            <EventForm
              event={event}
              onSaved={(saved) => {
                setAnnouncement(t(saved.status === 'published' ? 'adminEvents.savedMailedMessage' : 'adminEvents.savedMessage'));
                closeEditor();
              }}
              onCancel={closeEditor}
            />
          </section>
        ) : null}
        <EventFigures event={event} />
        <InvitationsPanel event={event} />
      </div>
    </>
  );
}
