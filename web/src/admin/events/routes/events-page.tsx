import { Link, useSearchParams } from 'react-router';
import { webPaths } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { filterParams } from '../../../components/filter-params';
import { ListFooter } from '../../../components/list-footer';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { useEvents } from '../api/get-events';
import { EventFiltersForm } from '../components/event-filters-form';
import { EventsTable } from '../components/events-table';
import { eventFilterEntries, eventFiltersFrom, type EventListFilters } from '../event-filters';

export function EventsPage() {
  const { t } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = eventFiltersFrom(searchParams);
  const events = useEvents(filters);
  const items = events.data?.pages.flatMap((page) => page.items) ?? [];

  const apply = (next: EventListFilters) => setSearchParams(filterParams(eventFilterEntries(next)));

  return (
    <div className="page">
      <PageHeading title={t('adminEvents.title')} />
      <p className="lead">{t('adminEvents.intro')}</p>
      <section className="panel" aria-labelledby="events-list-title">
        <div className="panel__header">
          <h2 id="events-list-title">{t(`adminEvents.listTitle.${filters.when}`)}</h2>
          <Link className="button button--primary" to={webPaths.adminEventNew}>
            {t('adminEvents.new')}
          </Link>
        </div>
        <EventFiltersForm key={searchParams.toString()} filters={filters} onApply={apply} />
        {events.isPending ? (
          <Loading />
        ) : events.isError ? (
          <Notice tone="error">{describeError(events.error, t)}</Notice>
        ) : items.length === 0 ? (
          <p className="empty">{t('adminEvents.empty')}</p>
        ) : (
          <>
            <EventsTable events={items} />
            <ListFooter count={items.length} pages={events} />
          </>
        )}
      </section>
    </div>
  );
}
