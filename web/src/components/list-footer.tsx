import { useI18n } from '../i18n/i18n-provider';
import { Button } from './button';

/** The part of an infinite query a keyset-paged list needs to offer its next page. */
export interface NextPage {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/** Under a keyset-paged list: how many rows are shown, and "load more" while the server has more. */
export function ListFooter({ count, pages }: { count: number; pages: NextPage }) {
  const { t } = useI18n();
  return (
    <div className="list-footer">
      <p className="muted">{t('common.showing', { count })}</p>
      {pages.hasNextPage ? (
        <Button variant="secondary" busy={pages.isFetchingNextPage} onClick={() => void pages.fetchNextPage()}>
          {t('common.loadMore')}
        </Button>
      ) : null}
    </div>
  );
}
