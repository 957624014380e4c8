import { useState } from 'react';
import { languages, type Language } from '@alumni/shared';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { filterParams } from '../../../components/filter-params';
import { ListFooter } from '../../../components/list-footer';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { SelectField } from '../../../components/select-field';
import { useRecords } from '../api/get-records';
import { useInviteRecords } from '../api/invite-records';
import { recordFilterEntries, recordFiltersFrom, type RecordFilters } from '../record-filters';
import { chosenAmong, emptySelection, type Selection } from '../selection';
import { RangeInviteForm } from './range-invite-form';
import { RecordFiltersForm } from './record-filters-form';
import { RecordsTable } from './records-table';

/** The API takes at most this many records in one invitation request. */
const maxPerRequest = 1000;

/** HR's records: search them, see who is a member or invited, and invite people to join. */
export function RecordsSection() {
  const { t, locale } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = recordFiltersFrom(searchParams);
  const records = useRecords(filters);
  const invite = useInviteRecords();
  const [selection, setSelection] = useState<Selection>(emptySelection);
  const [announcement, setAnnouncement] = useState('');
  // HR systems seldom know a person's language; HR picks the invitation's for each batch.
  const [inviteLanguage, setInviteLanguage] = useState<Language>('fi');
  const items = records.data?.pages.flatMap((page) => page.items) ?? [];
  const chosen = chosenAmong(selection, items.map((record) => record.id));
  const n = (value: number) => new Intl.NumberFormat(locale).format(value);

  const apply = (next: RecordFilters) => {
    setSelection(emptySelection);
    setAnnouncement('');
    setSearchParams(filterParams(recordFilterEntries(next)));
  };

  return (
    <section className="panel" aria-labelledby="records-title">
      <h2 id="records-title">{t('adminRecords.recordsTitle')}</h2>
      <p>{t('adminRecords.recordsIntro')}</p>
      <RecordFiltersForm key={searchParams.toString()} filters={filters} onApply={apply} />
      <SelectField
        id="records-invite-language"
        label={t('fields.inviteLanguage')}
        value={inviteLanguage}
        onChange={setInviteLanguage}
        options={languages.map((value) => ({ value, label: t(`language.${value}`), lang: value }))}
      />
      <div className="live-region" role="status">
        {announcement}
      </div>
      {records.isPending ? (
        <Loading />
      ) : records.isError ? (
        <Notice tone="error">{describeError(records.error, t)}</Notice>
      ) : items.length === 0 ? (
        <p className="empty">{t('adminRecords.empty')}</p>
      ) : (
        <>
          <div className="selection-bar">
            <p className="selection-bar__count">{t('adminRecords.selected', { count: n(chosen.length) })}</p>
            <Button
              busy={invite.isPending}
              aria-describedby="invite-selected-hint"
              onClick={() => {
                if (chosen.length === 0) {
                  setAnnouncement(t('adminRecords.chooseFirst'));
                  return;
                }
                if (chosen.length > maxPerRequest) {
                  setAnnouncement(t('adminRecords.tooMany', { max: n(maxPerRequest) }));
                  return;
                }
                setAnnouncement('');
                invite.mutate(
                  { recordIds: chosen, language: inviteLanguage },
                  {
                    onSuccess: (result) => {
                      setSelection(emptySelection);
                      setAnnouncement(t('adminRecords.inviteResult', { invited: n(result.invited), skipped: n(result.skipped) }));
                    },
                  },
                );
              }}
            >
              {t('adminRecords.inviteSelected')}
            </Button>
            <p id="invite-selected-hint" className="muted selection-bar__hint">
              {t('adminRecords.inviteHint')}
            </p>
          </div>
          <ErrorSummary error={invite.error} />
          <RecordsTable records={items} selection={selection} onSelectionChange={setSelection} />
          <ListFooter count={items.length} pages={records} />
        </>
      )}
      <RangeInviteForm
        key={`${filters.leftFrom ?? ''}/${filters.leftTo ?? ''}`}
        leftFrom={filters.leftFrom ?? ''}
        leftTo={filters.leftTo ?? ''}
        language={inviteLanguage}
      />
    </section>
  );
}
