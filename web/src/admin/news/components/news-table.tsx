import { pickText, type NewsPost } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { DeleteNewsAction } from './delete-news-action';
import { NewsStatusBadge } from './news-status-badge';

export interface NewsTableProps {
  posts: readonly NewsPost[];
  onEdit: (post: NewsPost) => void;
  onDeleted: (post: NewsPost) => void;
}

export function NewsTable({ posts, onEdit, onDeleted }: NewsTableProps) {
  const { t, language, formatDateTime } = useI18n();
  return (
    <div className="table-wrap" role="region" aria-labelledby="news-caption" tabIndex={0}>
      <table className="table">
        <caption id="news-caption" className="visually-hidden">
          {t('adminNews.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('adminNews.colTitle')}</th>
            <th scope="col">{t('adminNews.colStatus')}</th>
            <th scope="col">{t('adminNews.colPublished')}</th>
            <th scope="col">{t('adminNews.colUpdated')}</th>
            <th scope="col">{t('adminNews.colActions')}</th>
          </tr>
        </thead>
        <tbody>
          {posts.map((post) => {
            const title = pickText(post.title, language) || t('adminNews.untitled');
            return (
              <tr key={post.id}>
                <th scope="row" className="cell-name">
                  {title}
                </th>
                <td>
                  <NewsStatusBadge status={post.status} />
                </td>
                <td className="cell-nowrap">{post.publishedAt ? <time dateTime={post.publishedAt}>{formatDateTime(post.publishedAt)}</time> : t('common.none')}</td>
                <td className="cell-nowrap">
                  <time dateTime={post.updatedAt}>{formatDateTime(post.updatedAt)}</time>
                </td>
                <td className="cell-actions">
                  <div className="row-actions">
                    <Button variant="secondary" onClick={() => onEdit(post)}>
                      {t('adminNews.edit')}
                      <span className="visually-hidden"> {title}</span>
                    </Button>
                    <DeleteNewsAction post={post} title={title} onDeleted={onDeleted} />
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
