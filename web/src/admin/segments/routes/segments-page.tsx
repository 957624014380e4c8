import { useEffect, useRef, useState } from 'react';
import type { Segment } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { Button } from '../../../components/button';
import { ListFooter } from '../../../components/list-footer';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { useSegments } from '../api/get-segments';
import { SegmentForm } from '../components/segment-form';
import { SegmentsTable } from '../components/segments-table';

/** What the form is open for: a new segment, one being edited, or nothing. */
type Editing = { kind: 'new' } | { kind: 'edit'; segment: Segment } | null;

export function SegmentsPage() {
  const { t } = useI18n();
  const segments = useSegments();
  const items = segments.data?.pages.flatMap((page) => page.items) ?? [];
  const [editing, setEditing] = useState<Editing>(null);
  const [announcement, setAnnouncement] = useState('');
  const [focusList, setFocusList] = useState(false);
  const listHeadingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focusList) {
      listHeadingRef.current?.focus();
      setFocusList(false);
    }
  }, [focusList]);

  /** The form closes (or a row goes): the reader continues from the list's heading. */
  const backToList = (message: string) => {
    setEditing(null);
    setAnnouncement(message);
    setFocusList(true);
  };

  return (
    <div className="page">
      <PageHeading title={t('segments.title')} />
      <p className="lead">{t('segments.intro')}</p>
      <div className="live-region" role="status">
        {announcement}
      </div>
      <div className="stack">
        {editing ? (
          <SegmentForm
            key={editing.kind === 'edit' ? editing.segment.id : 'new'}
            segment={editing.kind === 'edit' ? editing.segment : undefined}
            onSaved={(segment) => backToList(t('segments.saved', { name: segment.name }))}
            onCancel={() => backToList('')}
          />
        ) : null}
        <section className="panel" aria-labelledby="segments-list-title">
          <div className="panel__header">
            <h2 id="segments-list-title" tabIndex={-1} ref={listHeadingRef}>
              {t('segments.listTitle')}
            </h2>
            {editing?.kind !== 'new' ? (
              <Button
                onClick={() => {
                  setAnnouncement('');
                  setEditing({ kind: 'new' });
                }}
              >
                {t('segments.new')}
              </Button>
            ) : null}
          </div>
          {segments.isPending ? (
            <Loading />
          ) : segments.isError ? (
            <Notice tone="error">{describeError(segments.error, t)}</Notice>
          ) : items.length === 0 ? (
            <p className="empty">{t('segments.empty')}</p>
          ) : (
            <>
              <SegmentsTable
                segments={items}
                onEdit={(segment) => {
                  setAnnouncement('');
                  setEditing({ kind: 'edit', segment });
                }}
                onDeleted={(segment) => {
                  if (editing?.kind === 'edit' && editing.segment.id === segment.id) setEditing(null);
                  backToList(t('segments.deleted', { name: segment.name }));
                }}
              />
              <ListFooter count={items.length} pages={segments} />
            </>
          )}
        </section>
      </div>
    </div>
  );
}
