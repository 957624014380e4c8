import type { PortalNewsPost } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { isApiError } from '../../../api/api-error';
import { Loading } from '../../../components/loading';
import { useLatestNews } from '../api/list-news';
import { ServerHtml } from './server-html';

/** How many posts the home page shows. */
const shown = 3;

function NewsPost({ post }: { post: PortalNewsPost }) {
  const { t, formatDateTime } = useI18n();
  const titleId = `news-post-${post.id}`;
  return (
    <article className="card news-post" aria-labelledby={titleId}>
      <h3 className="card__title" id={titleId}>
        {post.title}
      </h3>
      <div className="card__body">
        <p className="muted">
          {t('portalNews.published')} <time dateTime={post.publishedAt}>{formatDateTime(post.publishedAt)}</time>
        </p>
        {/* The title is an h3, so the post's own headings start at h4. */}
        <ServerHtml html={post.html} headingsFrom={4} />
      </div>
    </article>
  );
}

/** The home page's latest news posts, for members. */
export function LatestNews() {
  const { t } = useI18n();
  const news = useLatestNews(shown);
  // Refused (a member the service does not open news to yet): the membership banner says what to do.
  if (isApiError(news.error) && news.error.status === 403) return null;
  return (
    <section aria-labelledby="latest-news-title">
      <h2 id="latest-news-title">{t('portalNews.title')}</h2>
      {news.isPending ? (
        <Loading />
      ) : news.isError ? (
        <p>{describeError(news.error, t)}</p>
      ) : news.data.items.length === 0 ? (
        <p className="empty">{t('portalNews.empty')}</p>
      ) : (
        <div className="card-grid news-list">
          {news.data.items.map((post) => (
            <NewsPost key={post.id} post={post} />
          ))}
        </div>
      )}
    </section>
  );
}
