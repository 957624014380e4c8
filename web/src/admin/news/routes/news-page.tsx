import { useEffect, useRef, useState } from 'react';
import { pickText, type NewsPost } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { Button } from '../../../components/button';
import { ListFooter } from '../../../components/list-footer';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { useNews } from '../api/get-news';
import { NewsForm } from '../components/news-form';
import { NewsTable } from '../components/news-table';

/** What the form is open for: a new post, one being edited, or nothing. */
type Editing = { kind: 'new' } | { kind: 'edit'; post: NewsPost } | null;

/** The news posts members read in the portal and newsletters carry: the list, and the editor above it. */
export function NewsPage() {
  const { t, language } = useI18n();
  const news = useNews();
  const items = news.data?.pages.flatMap((page) => page.items) ?? [];
  const [editing, setEditing] = useState<Editing>(null);
  const [announcement, setAnnouncement] = useState('');
  const [focusList, setFocusList] = useState(false);
  const listHeadingRef = useRef<HTMLHeadingElement>(null);
  const titleOf = (post: NewsPost) => pickText(post.title, language) || t('adminNews.untitled');

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
      <PageHeading title={t('adminNews.title')} />
      <p className="lead">{t('adminNews.intro')}</p>
      <div className="live-region" role="status">
        {announcement}
      </div>
      <div className="stack">
        {editing ? (
          <NewsForm
            key={editing.kind === 'edit' ? editing.post.id : 'new'}
            post={editing.kind === 'edit' ? editing.post : undefined}
            onSaved={(post) => backToList(t(post.status === 'published' ? 'adminNews.savedPublished' : 'adminNews.savedDraft', { title: titleOf(post) }))}
            onCancel={() => backToList('')}
          />
        ) : null}
        <section className="panel" aria-labelledby="news-list-title">
          <div className="panel__header">
            <h2 id="news-list-title" tabIndex={-1} ref={listHeadingRef}>
              {t('adminNews.listTitle')}
            </h2>
            {editing?.kind !== 'new' ? (
              <Button
                onClick={() => {
                  setAnnouncement('');
                  setEditing({ kind: 'new' });
                }}
              >
                {t('adminNews.new')}
              </Button>
            ) : null}
          </div>
          {news.isPending ? (
            <Loading />
          ) : news.isError ? (
            <Notice tone="error">{describeError(news.error, t)}</Notice>
          ) : items.length === 0 ? (
            <p className="empty">{t('adminNews.empty')}</p>
          ) : (
            <>
              <NewsTable
                posts={items}
                onEdit={(post) => {
                  setAnnouncement('');
                  setEditing({ kind: 'edit', post });
                }}
                onDeleted={(post) => {
                  if (editing?.kind === 'edit' && editing.post.id === post.id) setEditing(null);
                  backToList(t('adminNews.deleted', { title: titleOf(post) }));
                }}
              />
              <ListFooter count={items.length} pages={news} />
            </>
          )}
        </section>
      </div>
    </div>
  );
}
