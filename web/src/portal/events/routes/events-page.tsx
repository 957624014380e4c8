import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { ListFooter } from '../../../components/list-footer';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { webPaths } from '../../../paths';
import { useEventList } from '../api/list-events';
import { EventCard } from '../components/event-card';
import { NotVerifiedNotice, isNotVerified } from '../components/not-verified-notice';
import { eventScopes, scopeFrom, scopeSearch } from '../event-params';

/** The member's events: upcoming, past, or the ones they said yes or maybe to. */
export function EventsPage() {
  const { t, locale } = useI18n();
  const [searchParams] = useSearchParams();
  const scope = scopeFrom(searchParams);
  const list = useEventList(scope);
  const events = list.data?.pages.flatMap((page) => page.items) ?? [];

  const resultText = !list.isSuccess
    ? ''
    : events.length === 0
      ? t(`events.empty.${scope}`)
      : list.hasNextPage
        ? t('events.resultsMore', { count: events.length })
        : new Intl.PluralRules(locale).select(events.length) === 'one'
          ? t('events.resultsOne')
          : t('events.resultsOther', { count: events.length });

  return (
    <div className="page">
      <PageHeading title={t('events.title')} />
      <p className="lead">{t('events.intro')}</p>
      {isNotVerified(list.error) ? (
        <NotVerifiedNotice />
      ) : (
        <>
          <nav className="tabs" aria-label={t('events.scopesLabel')}>
            <ul className="tabs__list">
              {eventScopes.map((option) => (
                <li key={option}>
                  <Link
                    className="tabs__link"
                    to={`${webPaths.events}${scopeSearch(option)}`}
                    aria-current={option === scope ? 'page' : undefined}
                  >
                    {t(`events.scope.${option}`)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <section aria-labelledby="events-list-title">
            <h2 id="events-list-title">{t(`events.listTitle.${scope}`)}</h2>
            {scope === 'mine' ? <p className="muted">{t('events.mineIntro')}</p> : null}
            <p className="visually-hidden" role="status">
              {resultText}
            </p>
            {list.isPending ? (
              <Loading />
            ) : list.isError ? (
              <Notice tone="error">{describeError(list.error, t)}</Notice>
            ) : events.length === 0 ? (
              <div className="empty">
                <p>{t(`events.empty.${scope}`)}</p>
              </div>
            ) : (
              <>
                <ul className="event-list">
                  {events.map((event) => (
                    <EventCard key={event.id} event={event} />
                  ))}
                </ul>
                <ListFooter count={events.length} pages={list} />
              </>
            )}
          </section>
        </>
      )}
    </div>
  );
}
