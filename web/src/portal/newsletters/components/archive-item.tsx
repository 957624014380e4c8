import { Link } from 'react-router';
import { withId, type ArchivePage } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { webPaths } from '../../../paths';

type ArchiveItemData = ArchivePage['items'][number];

/** One sent issue in the archive: its subject leads to the issue. */
export function ArchiveItem({ issue }: { issue: ArchiveItemData }) {
  const { t, formatDateTime } = useI18n();
  return (
    <li className="event-card">
      <h3 className="event-card__title">
        <Link to={withId(webPaths.newsletter, issue.id)}>{issue.subject}</Link>
      </h3>
      {issue.preheader ? <p className="event-card__line">{issue.preheader}</p> : null}
      <p className="event-card__line muted">
        {t('newsletterArchive.sent')} <time dateTime={issue.sentAt}>{formatDateTime(issue.sentAt)}</time>
      </p>
    </li>
  );
}
