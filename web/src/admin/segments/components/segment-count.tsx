import type { SegmentFiltersInput } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { countText } from '../../../i18n/plural';
import { useDebouncedValue } from '../../../components/use-debounced-value';
import { useSegmentCount } from '../api/count-segment';

/** How long the count waits after the last change before it is asked for. */
const countDelay = 300;

export interface SegmentCountProps {
  filters: SegmentFiltersInput;
  /** The filters cannot be counted as they stand (a backwards date range); the reason is shown on the field. */
  invalid: boolean;
}

/** The audience the filters hold, counted again as they change: a status region, so the new count is read out. */
export function SegmentCount({ filters, invalid }: SegmentCountProps) {
  const { t, locale } = useI18n();
  const settled = useDebouncedValue(filters, countDelay, JSON.stringify(filters));
  const count = useSegmentCount(settled, !invalid);

  const text = invalid
    ? t('segments.count.invalid')
    : count.data
      ? t('segments.count.summary', {
          members: countText(t, locale, count.data.members, { one: 'segments.count.members.one', other: 'segments.count.members.other' }),
          reachable: t('segments.count.reachable', { count: new Intl.NumberFormat(locale).format(count.data.reachable) }),
        })
      : count.isError
        ? t('segments.count.error')
        : t('segments.count.counting');

  return (
    <div className="segment-count">
      <h3 className="segment-count__title">{t('segments.count.title')}</h3>
      <p className="segment-count__text" role="status" aria-busy={count.isFetching ? true : undefined}>
        {text}
      </p>
    </div>
  );
}
