import type { Segment } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { describeFilters } from '../segment-form';
import { DeleteSegmentAction } from './delete-segment-action';

export interface SegmentsTableProps {
  segments: readonly Segment[];
  onEdit: (segment: Segment) => void;
  onDeleted: (segment: Segment) => void;
}

export function SegmentsTable({ segments, onEdit, onDeleted }: SegmentsTableProps) {
  const { t, language, formatDateTime } = useI18n();
  return (
    <div className="table-wrap" role="region" aria-labelledby="segments-caption" tabIndex={0}>
      <table className="table">
        <caption id="segments-caption" className="visually-hidden">
          {t('segments.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('segments.colName')}</th>
            <th scope="col">{t('segments.colFilters')}</th>
            <th scope="col">{t('segments.colUpdated')}</th>
            <th scope="col">{t('segments.colActions')}</th>
          </tr>
        </thead>
        <tbody>
          {segments.map((segment) => (
            <tr key={segment.id}>
              <th scope="row" className="cell-name">
                {segment.name}
                {segment.description ? <span className="cell-sub">{segment.description}</span> : null}
              </th>
              <td>{describeFilters(segment.filters, t, language)}</td>
              <td className="cell-nowrap">
                <time dateTime={segment.updatedAt}>{formatDateTime(segment.updatedAt)}</time>
              </td>
              <td className="cell-actions">
                <div className="row-actions">
                  <Button variant="secondary" onClick={() => onEdit(segment)}>
                    {t('segments.edit')}
                    <span className="visually-hidden"> {segment.name}</span>
                  </Button>
                  <DeleteSegmentAction segment={segment} onDeleted={onDeleted} />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
