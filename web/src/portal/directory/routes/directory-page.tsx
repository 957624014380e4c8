import { useSearchParams } from 'react-router';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { Button } from '../../../components/button';
import { ListFooter } from '../../../components/list-footer';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { useDirectoryFacets } from '../api/get-directory-facets';
import { useDirectorySearch } from '../api/search-directory';
import { DirectoryFiltersForm } from '../components/directory-filters-form';
import { MemberCard } from '../components/member-card';
import { NotVerifiedNotice, isNotVerified } from '../components/not-verified-notice';
import { filtersFromParams, filtersToParams, hasFilters, type DirectoryFilters } from '../directory-filters';

export function DirectoryPage() {
  const { t, locale } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromParams(searchParams);
  const search = useDirectorySearch(filters);
  const forbidden = isNotVerified(search.error);
  const facets = useDirectoryFacets(!forbidden);
  const cards = search.data?.pages.flatMap((page) => page.items) ?? [];

  const apply = (next: DirectoryFilters) => setSearchParams(filtersToParams(next));

  const resultText = !search.isSuccess
    ? ''
    : cards.length === 0
      ? t('directory.noResults')
      : search.hasNextPage
        ? t('directory.resultsMore', { count: cards.length })
        : new Intl.PluralRules(locale).select(cards.length) === 'one'
          ? t('directory.resultsOne')
          : t('directory.resultsOther', { count: cards.length });

  return (
    <div className="page">
      <PageHeading title={t('directory.title')} />
      <p className="lead">{t('directory.intro')}</p>
      {forbidden ? (
        <NotVerifiedNotice />
      ) : (
        <div className="stack">
          <section className="panel" aria-labelledby="directory-search-title">
            <h2 id="directory-search-title">{t('directory.searchTitle')}</h2>
            <DirectoryFiltersForm key={searchParams.toString()} filters={filters} facets={facets.data} onApply={apply} />
          </section>
          <section aria-labelledby="directory-results-title">
            <h2 id="directory-results-title">{t('directory.resultsTitle')}</h2>
            <p className="visually-hidden" role="status">
              {resultText}
            </p>
            {search.isPending ? (
              <Loading />
            ) : search.isError ? (
              <Notice tone="error">{describeError(search.error, t)}</Notice>
            ) : cards.length === 0 ? (
              <div className="empty">
                <p>{hasFilters(filters) ? t('directory.emptyFiltered') : t('directory.empty')}</p>
                {hasFilters(filters) ? (
                  <Button variant="secondary" onClick={() => apply({})}>
                    {t('directory.clear')}
                  </Button>
                ) : null}
              </div>
            ) : (
              <>
                <ul className="member-grid">
                  {cards.map((card) => (
                    <MemberCard key={card.id} card={card} />
                  ))}
                </ul>
                <ListFooter count={cards.length} pages={search} />
              </>
            )}
          </section>
        </div>
      )}
    </div>
  );
}
