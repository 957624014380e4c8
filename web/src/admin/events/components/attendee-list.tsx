import { useState } from 'react';
import { rsvpStatuses, type AdminEvent, type RsvpStatus } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { FilterSelect } from '../../../components/filter-select';
import { ListFooter } from '../../../components/list-footer';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { TextField } from '../../../components/text-field';
import { useDebouncedValue } from '../../../components/use-debounced-value';
import { useAttendees } from '../api/get-attendees';
import { AttendeeRow } from './attendee-row';

/** How long the search waits after the last key before it asks the server. */
const searchDelay = 300;

export interface AttendeeListProps {
  event: AdminEvent;
  onAnnounce: (message: string) => void;
}

/** Everyone who answered, searched as HR types, each with a check-in button. */
export function AttendeeList({ event, onAnnounce }: AttendeeListProps) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<RsvpStatus | ''>('');
  const search = useDebouncedValue(q.trim().slice(0, 100), searchDelay);
  const filtered = search !== '' || status !== '';
  const attendees = useAttendees(event.id, { q: search || undefined, status: status || undefined });
  const items = attendees.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section className="panel" aria-labelledby="attendees-title">
      <h2 id="attendees-title">{t('adminEvents.checkIn.listTitle')}</h2>
      <form className="filters" role="search" aria-label={t('adminEvents.checkIn.filtersLabel')} noValidate onSubmit={(e) => e.preventDefault()}>
        <TextField id="attendees-search" name="q" type="search" label={t('adminEvents.checkIn.search')} value={q} onChange={setQ} maxLength={100} />
        <FilterSelect<RsvpStatus>
          id="attendees-status"
          name="status"
          label={t('adminEvents.checkIn.filterStatus')}
          value={status}
          onChange={setStatus}
          anyLabel={t('adminEvents.checkIn.anyAnswer')}
          options={rsvpStatuses.map((value) => ({ value, label: t(`adminEvents.rsvp.${value}`) }))}
        />
      </form>
      {attendees.isPending ? (
        <Loading />
      ) : attendees.isError ? (
        <Notice tone="error">{describeError(attendees.error, t)}</Notice>
      ) : items.length === 0 ? (
        <p className="empty">{filtered ? t('adminEvents.checkIn.empty') : t('adminEvents.checkIn.emptyAll')}</p>
      ) : (
        <>
          <ul className="attendee-list">
            {items.map((attendee) => (
              <AttendeeRow key={attendee.memberId} eventId={event.id} timeZone={event.timeZone} attendee={attendee} onAnnounce={onAnnounce} />
            ))}
          </ul>
          <ListFooter count={items.length} pages={attendees} />
        </>
      )}
    </section>
  );
}
