import { useState } from 'react';
import type { Suggestion } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { Button } from '../../../components/button';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { FlagForm } from '../../talent/components/flag-form';
import { useSuggestions } from '../api/get-suggestions';
import { reasonKey } from '../suggestion-reasons';

function SuggestionItem({ suggestion, flagging, onFlag, onDone }: { suggestion: Suggestion; flagging: boolean; onFlag: (open: boolean) => void; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const [flagged, setFlagged] = useState(suggestion.flagged);
  return (
    <li className="talent-card">
      <h3>{suggestion.name}</h3>
      {suggestion.headline ? <p>{suggestion.headline}</p> : null}
      <p className="muted">
        {suggestion.city ?? t('adminJobs.suggestions.noCity')} · {t('adminJobs.suggestions.score', { score: suggestion.score })}
      </p>
      {suggestion.reasons.length > 0 ? (
        <ul className="tag-list" aria-label={t('adminJobs.suggestions.reasons', { name: suggestion.name })}>
          {suggestion.reasons.map((reason) => {
            const key = reasonKey(reason);
            return (
              <li key={reason} className="status status--pending">
                {key ? t(key) : reason}
              </li>
            );
          })}
        </ul>
      ) : null}
      {flagging ? (
        <FlagForm
          memberId={suggestion.userId}
          name={suggestion.name}
          onSaved={() => {
            setFlagged(true);
            onFlag(false);
            onDone(t('adminTalent.flag.saved', { name: suggestion.name }));
          }}
          onCancel={() => onFlag(false)}
        />
      ) : (
        <div className="row-actions">
          <Button variant="secondary" disabled={flagged} onClick={() => onFlag(true)}>
            {flagged ? t('adminJobs.suggestions.flagged') : t('adminJobs.suggestions.flag')}
            <span className="visually-hidden"> {suggestion.name}</span>
          </Button>
        </div>
      )}
    </li>
  );
}

/** Alumni who fit the posting, best first, each one flaggable as a boomerang candidate. */
export function SuggestionsPanel({ jobId }: { jobId: string }) {
  const { t } = useI18n();
  const suggestions = useSuggestions(jobId);
  const [flagging, setFlagging] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  return (
    <section className="panel" aria-labelledby="job-suggestions-title">
      <h2 id="job-suggestions-title">{t('adminJobs.suggestions.title')}</h2>
      <p className="muted">{t('adminJobs.suggestions.intro')}</p>
      <div className="live-region" role="status">
        {announcement}
      </div>
      {suggestions.isPending ? (
        <Loading />
      ) : suggestions.isError ? (
        <Notice tone="error">{describeError(suggestions.error, t)}</Notice>
      ) : suggestions.data.items.length === 0 ? (
        <p className="empty">{t('adminJobs.suggestions.empty')}</p>
      ) : (
        <ul className="response-list">
          {suggestions.data.items.map((suggestion) => (
            <SuggestionItem
              key={suggestion.userId}
              suggestion={suggestion}
              flagging={flagging === suggestion.userId}
              onFlag={(open) => {
                setAnnouncement('');
                setFlagging(open ? suggestion.userId : null);
              }}
              onDone={setAnnouncement}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
