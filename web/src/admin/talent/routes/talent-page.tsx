import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { useBoard } from '../api/get-board';
import { boardColumns } from '../board';
import { FlagCard } from '../components/flag-card';
import '../../jobs/jobs.css';

/** The boomerang board: a column per stage, moved along with buttons and selects, not by dragging. */
export function TalentPage() {
  const { t } = useI18n();
  const board = useBoard();
  const [announcement, setAnnouncement] = useState('');
  return (
    <div className="page">
      <PageHeading title={t('adminTalent.title')} />
      <p className="lead">{t('adminTalent.intro')}</p>
      <div className="live-region" role="status">
        {announcement}
      </div>
      {board.isPending ? (
        <Loading />
      ) : board.isError ? (
        <Notice tone="error">{describeError(board.error, t)}</Notice>
      ) : board.data.items.length === 0 ? (
        <p className="empty">{t('adminTalent.empty')}</p>
      ) : (
        <div className="talent-board">
          {boardColumns(board.data.items).map((column) => (
            <section key={column.stage} className="talent-column" aria-labelledby={`talent-column-${column.stage}`}>
              <h2 id={`talent-column-${column.stage}`}>{t('adminTalent.column', { stage: t(`adminTalent.stage.${column.stage}`), count: column.flags.length })}</h2>
              {column.flags.length === 0 ? (
                <p className="muted">{t('adminTalent.columnEmpty')}</p>
              ) : (
                <ul className="talent-column__list">
                  {column.flags.map((flag) => (
                    <FlagCard key={flag.id} flag={flag} onChange={setAnnouncement} />
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
      )}
    </div>
  );
}
