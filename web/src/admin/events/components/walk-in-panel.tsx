import { useState } from 'react';
import type { AdminEvent, MemberListItem } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { countText } from '../../../i18n/plural';
import { Button } from '../../../components/button';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { TextField } from '../../../components/text-field';
import { useDebouncedValue } from '../../../components/use-debounced-value';
import { useAddWalkIn } from '../api/add-walk-in';
import { memberSearchMinLength, useMemberSearch } from '../api/find-members';
import { personLabel } from '../attendees';

const searchDelay = 300;
const searchId = 'walk-in-search';

export interface WalkInPanelProps {
  event: AdminEvent;
  onAnnounce: (message: string) => void;
}

/** Someone came who did not answer: find the member and check them in as a walk-in. */
export function WalkInPanel({ event, onAnnounce }: WalkInPanelProps) {
  const { t, locale } = useI18n();
  const [q, setQ] = useState('');
  const search = useDebouncedValue(q.trim().slice(0, 100), searchDelay);
  const members = useMemberSearch(search);
  const addWalkIn = useAddWalkIn();
  const [pendingId, setPendingId] = useState<string | null>(null);
  const searching = search.length >= memberSearchMinLength;
  const items = members.data?.items ?? [];

  const checkIn = (member: MemberListItem) => {
    const name = personLabel(member);
    addWalkIn.reset();
    setPendingId(member.id);
    addWalkIn.mutate(
      { eventId: event.id, memberId: member.id },
      {
        onSuccess: () => {
          onAnnounce(t('adminEvents.walkIn.done', { name }));
          // Ready for the next person at the door.
          setQ('');
          document.getElementById(searchId)?.focus();
        },
        onSettled: () => setPendingId(null),
      },
    );
  };

  return (
    <section className="panel" aria-labelledby="walk-in-title">
      <h2 id="walk-in-title">{t('adminEvents.walkIn.title')}</h2>
      <p>{t('adminEvents.walkIn.intro')}</p>
      <form className="form" role="search" aria-label={t('adminEvents.walkIn.title')} noValidate onSubmit={(e) => e.preventDefault()}>
        <TextField
          id={searchId}
          name="member"
          type="search"
          label={t('adminEvents.walkIn.search')}
          hint={t('adminEvents.walkIn.searchHint', { min: memberSearchMinLength })}
          value={q}
          onChange={setQ}
          maxLength={100}
        />
      </form>
      {addWalkIn.isError ? (
        <p className="row-error" role="alert">
          {describeError(addWalkIn.error, t, { conflict: 'adminEvents.walkIn.conflict', rule_broken: 'adminEvents.checkIn.ruleBroken' })}
        </p>
      ) : null}
      <p className="visually-hidden" role="status">
        {searching && members.data ? countText(t, locale, items.length, { one: 'adminEvents.walkIn.found.one', other: 'adminEvents.walkIn.found.other' }) : ''}
      </p>
      {!searching ? null : members.isPending ? (
        <Loading />
      ) : members.isError ? (
        <Notice tone="error">{describeError(members.error, t)}</Notice>
      ) : items.length === 0 ? (
        <p className="empty">{t('adminEvents.walkIn.none')}</p>
      ) : (
        <ul className="attendee-list">
          {items.map((member) => {
            const name = personLabel(member);
            return (
              <li key={member.id} className="attendee">
                <div className="attendee__who">
                  <p className="attendee__name">{name}</p>
                  {name !== member.email ? <p className="attendee__email">{member.email}</p> : null}
                </div>
                <div className="attendee__action">
                  <Button variant="secondary" busy={pendingId === member.id} onClick={() => checkIn(member)}>
                    {t('adminEvents.walkIn.checkIn', { name })}
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
