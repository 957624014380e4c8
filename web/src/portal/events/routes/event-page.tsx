import { Link, useParams } from 'react-router';
import { apiPaths, type PortalEvent } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { isApiError } from '../../../api/api-error';
import { ErrorSummary } from '../../../components/error-summary';
import { Loading } from '../../../components/loading';
import { NotFoundPage } from '../../../components/not-found-page';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { webPaths } from '../../../paths';
import { useAnswerEvent } from '../api/answer-event';
import { useEvent } from '../api/get-event';
import { closedReason, describeMyAnswer, initialChoice } from '../answer-rules';
import { AnswerForm, answerErrors } from '../components/answer-form';
import { AnswersClosed } from '../components/answers-closed';
import { CalendarFeedSection } from '../components/calendar-feed-section';
import { EventBadges } from '../components/event-badges';
import { EventDescription } from '../components/event-description';
import { EventFacts } from '../components/event-facts';
import { MyAnswer } from '../components/my-answer';
import { NotVerifiedNotice, isNotVerified } from '../components/not-verified-notice';
import { useEventText } from '../components/use-event-text';

function BackLink() {
  const { t } = useI18n();
  return (
    <p className="back-link">
      <Link to={webPaths.events}>
        <span aria-hidden="true">← </span>
        {t('events.back')}
      </Link>
    </p>
  );
}

function AnswerSection({ event }: { event: PortalEvent }) {
  const { t } = useI18n();
  const answer = useAnswerEvent(event.id);
  const closed = closedReason(event, new Date()) !== null;
  // Said once the answer is saved, with where the member now stands (a yes to a full event is a place in line).
  const standing = answer.isSuccess ? describeMyAnswer(answer.data.myRsvp).map(({ key, params }) => t(key, params)).join(' ') : '';

  return (
    <section className="panel" aria-labelledby="event-answer-title">
      <h2 id="event-answer-title">{t('events.answerTitle')}</h2>
      <div className="live-region" role="status">
        {answer.isSuccess ? (
          <>
            {t('events.saved')} <span className="visually-hidden">{standing}</span>
          </>
        ) : null}
      </div>
      <MyAnswer mine={event.myRsvp} />
      {closed ? (
        <>
          <ErrorSummary error={answer.error} overrides={answerErrors} />
          <AnswersClosed event={event} />
        </>
      ) : (
        <AnswerForm
          key={event.id}
          idPrefix="event"
          event={event}
          initialChoice={initialChoice(null, event.myRsvp)}
          submitLabel={() => t('events.saveAnswer')}
          busy={answer.isPending}
          error={answer.error}
          onAnswer={(body) => answer.mutate(body)}
          onEdit={() => answer.reset()}
        />
      )}
    </section>
  );
}

function EventView({ event }: { event: PortalEvent }) {
  const { t } = useI18n();
  const text = useEventText(event);
  const cancelled = event.status === 'cancelled';

  return (
    <div className="page">
      <BackLink />
      <PageHeading title={text.title} />
      <EventBadges event={event} kind={text.kind} />
      {cancelled ? (
        <Notice tone="error" title={t('events.cancelledTitle')}>
          <p>{t('events.cancelledText')}</p>
        </Notice>
      ) : null}
      <div className="event-layout">
        <div className="stack">
          <section className="panel" aria-labelledby="event-details-title">
            <h2 id="event-details-title">{t('events.detailsTitle')}</h2>
            <EventFacts event={event} text={text} />
            {cancelled ? null : (
              <p className="event-calendar-link">
                <a className="button button--secondary" href={apiPaths.eventCalendar(encodeURIComponent(event.id))} download>
                  {t('events.addToCalendar')}
                </a>
                <span className="muted">{t('events.addToCalendarHint')}</span>
              </p>
            )}
          </section>
          {text.description ? (
            <section className="panel" aria-labelledby="event-about-title">
              <h2 id="event-about-title">{t('events.aboutTitle')}</h2>
              <EventDescription markdown={text.description} />
            </section>
          ) : null}
        </div>
        <div className="stack">
          <AnswerSection event={event} />
          <CalendarFeedSection />
        </div>
      </div>
    </div>
  );
}

/** One event with everything about it, the member's answer and the calendar links. */
export function EventPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const query = useEvent(id);

  if (query.isPending) return <Loading />;
  if (query.isError) {
    const status = isApiError(query.error) ? query.error.status : 0;
    // An event the member may not see is as unknown as a missing one; so is a malformed id (400).
    if (status === 404 || status === 400) return <NotFoundPage />;
    return (
      <div className="page page--medium">
        <BackLink />
        <PageHeading title={t('events.title')} />
        {isNotVerified(query.error) ? <NotVerifiedNotice /> : <Notice tone="error">{describeError(query.error, t)}</Notice>}
      </div>
    );
  }
  return <EventView event={query.data} />;
}
