import { useEffect, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { withId, type RsvpAnswer, type RsvpTokenView } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { storedLanguage } from '../../../i18n/detect-language';
import { isApiError } from '../../../api/api-error';
import { useSession } from '../../../api/session';
import { ErrorSummary } from '../../../components/error-summary';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { signInPath, webPaths } from '../../../paths';
import { useAnswerRsvp } from '../api/answer-rsvp';
import { useRsvpPreview } from '../api/preview-rsvp';
import { closedReason, initialChoice } from '../answer-rules';
import { AnswerForm, answerErrors } from '../components/answer-form';
import { AnswersClosed } from '../components/answers-closed';
import { EventBadges } from '../components/event-badges';
import { EventFacts } from '../components/event-facts';
import { MyAnswer } from '../components/my-answer';
import { useEventText } from '../components/use-event-text';
import { readRsvpLink } from '../event-params';

/** A link that was tampered with, has expired, or whose invitation is gone: all read the same to the person. */
const isLinkProblem = (error: unknown): boolean =>
  isApiError(error) && (error.code === 'invalid_token' || error.code === 'not_found' || error.code === 'validation_failed');

/** Where to go from here: the event's page, through sign-in for someone signed out. */
function EventLink({ eventId, signedIn }: { eventId: string; signedIn: boolean }) {
  const { t } = useI18n();
  const eventPath = withId(webPaths.event, eventId);
  return (
    <p>
      {signedIn ? <Link to={eventPath}>{t('events.toEvent')}</Link> : <Link to={signInPath(eventPath)}>{t('events.signInToEvent')}</Link>}
    </p>
  );
}

function OtherWays({ signedIn }: { signedIn: boolean }) {
  const { t } = useI18n();
  return (
    <ul className="link-list">
      {signedIn ? (
        <li>
          <Link to={webPaths.events}>{t('events.toEvents')}</Link>
        </li>
      ) : (
        <li>
          <Link to={signInPath(webPaths.events)}>{t('events.signInToEvents')}</Link>
        </li>
      )}
    </ul>
  );
}

interface RsvpViewProps {
  token: string;
  view: RsvpTokenView;
  asked: RsvpAnswer | null;
  signedIn: boolean;
}

function RsvpView({ token, view, asked, signedIn }: RsvpViewProps) {
  const { t } = useI18n();
  const answer = useAnswerRsvp();
  const { event } = view;
  const text = useEventText(event);
  const closed = closedReason(event, new Date()) !== null;

  return (
    <>
      <p className="lead">{view.firstName ? t('events.rsvpLead', { name: view.firstName }) : t('events.rsvpLeadNoName')}</p>
      <div className="stack">
        <section className="panel" aria-labelledby="rsvp-event-title">
          <h2 id="rsvp-event-title">{text.title}</h2>
          <EventBadges event={event} kind={text.kind} />
          {event.status === 'cancelled' ? (
            <Notice tone="error" title={t('events.cancelledTitle')}>
              <p>{t('events.cancelledText')}</p>
            </Notice>
          ) : null}
          <EventFacts event={event} text={text} />
        </section>
        <section className="panel" aria-labelledby="rsvp-answer-title">
          <h2 id="rsvp-answer-title">{t('events.answerTitle')}</h2>
          {answer.isSuccess ? (
            // Keyed by the submit, so a second answer is announced and focused like the first.
            <Notice key={answer.submittedAt} focus title={t('events.savedTitle')}>
              <MyAnswer mine={answer.data.event.myRsvp} />
              <EventLink eventId={event.id} signedIn={signedIn} />
            </Notice>
          ) : (
            <MyAnswer mine={event.myRsvp} />
          )}
          {closed ? (
            <>
              <ErrorSummary error={answer.error} overrides={answerErrors} />
              <AnswersClosed event={event} />
              <EventLink eventId={event.id} signedIn={signedIn} />
            </>
          ) : (
            <>
              {answer.isSuccess ? <h3>{t('events.changeAnswerTitle')}</h3> : null}
              <AnswerForm
                idPrefix="rsvp"
                event={event}
                initialChoice={initialChoice(asked, event.myRsvp)}
                submitLabel={(choice) =>
                  choice ? t('events.confirmAnswer', { answer: t(`events.answer.${choice}`) }) : t('events.confirmAnswerNone')
                }
                busy={answer.isPending}
                error={answer.error}
                onAnswer={(body) => answer.mutate({ token, ...body })}
                onEdit={() => {
                  if (answer.isError) answer.reset();
                }}
              />
            </>
          )}
        </section>
      </div>
    </>
  );
}

/**
 * Where an invitation mail's buttons lead. Opening the page answers nothing, since mail scanners open
 * links: it shows the event with the mail's answer chosen, and the person confirms it with the button.
 */
export function RsvpPage() {
  const { t, language, setLanguage } = useI18n();
  const [searchParams] = useSearchParams();
  const link = useMemo(() => readRsvpLink(searchParams), [searchParams]);
  const session = useSession();
  const preview = useRsvpPreview(link.token);
  const signedIn = Boolean(session.data?.user);
  const memberLanguage = preview.data?.language;

  // The mail was in the member's language; a signed-out visitor who has chosen none on this device reads the page in it too.
  useEffect(() => {
    if (!memberLanguage || !session.isSuccess || session.data) return;
    if (storedLanguage() === null && memberLanguage !== language) setLanguage(memberLanguage);
  }, [memberLanguage, session.isSuccess, session.data, language, setLanguage]);

  let content;
  if (!link.token) {
    content = (
      <>
        <Notice tone="error">{t('errors.missingToken')}</Notice>
        <OtherWays signedIn={signedIn} />
      </>
    );
  } else if (preview.isPending) {
    content = <Loading />;
  } else if (preview.isError) {
    content = (
      <>
        {isLinkProblem(preview.error) ? (
          <Notice tone="error" title={t('events.rsvpInvalidTitle')}>
            <p>{t('events.rsvpInvalidText')}</p>
          </Notice>
        ) : (
          <Notice tone="error">{describeError(preview.error, t)}</Notice>
        )}
        <OtherWays signedIn={signedIn} />
      </>
    );
  } else {
    content = <RsvpView token={link.token} view={preview.data} asked={link.answer} signedIn={signedIn} />;
  }

  return (
    <div className="page page--medium">
      <PageHeading title={t('events.rsvpTitle')} />
      {content}
    </div>
  );
}
