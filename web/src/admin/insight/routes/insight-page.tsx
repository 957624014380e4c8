import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { PageHeading } from '../../../components/page-heading';
import { TextField } from '../../../components/text-field';
import { BoomerangsPanel, EventsPanel, FunnelPanel, JobsPanel, MembersPanel, NewslettersPanel } from '../components/panels';
import { checkRange, helsinkiToday, presetRange, presets, type Preset } from '../range';
import '../insight.css';

/** What the community returns over a chosen period: six panels, each with a chart, its numbers and a CSV. */
export function InsightPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const fallback = presetRange('last12', helsinkiToday());
  const from = params.get('from') ?? fallback.from;
  const to = params.get('to') ?? fallback.to;
  const [draft, setDraft] = useState({ from, to });
  const checked = checkRange(from, to);
  const draftCheck = checkRange(draft.from, draft.to);
  const [tried, setTried] = useState(false);
  const problem = tried && 'problem' in draftCheck ? t(`insight.range.${draftCheck.problem}`) : undefined;

  const apply = (next: { from: string; to: string }) => {
    setDraft(next);
    setTried(true);
    const c = checkRange(next.from, next.to);
    if ('range' in c) setParams({ from: c.range.from, to: c.range.to });
  };

  return (
    <div className="page insight">
      <PageHeading title={t('insight.title')} />
      <p className="lead">{t('insight.intro')}</p>
      <section className="panel" aria-labelledby="insight-range">
        <h2 id="insight-range">{t('insight.range.title')}</h2>
        <div className="insight-presets" role="group" aria-label={t('insight.range.presets')}>
          {presets.map((p: Preset) => (
            <Button key={p} variant="secondary" onClick={() => apply(presetRange(p, helsinkiToday()))}>
              {t(`insight.range.${p}`)}
            </Button>
          ))}
        </div>
        <form
          className="filters"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            apply(draft);
          }}
        >
          <TextField id="insight-from" type="date" label={t('insight.range.from')} value={draft.from} onChange={(v) => setDraft((d) => ({ ...d, from: v }))} />
          <TextField id="insight-to" type="date" label={t('insight.range.to')} value={draft.to} onChange={(v) => setDraft((d) => ({ ...d, to: v }))} error={problem} />
          <div className="filters__actions">
            <Button type="submit" variant="secondary">
              {t('insight.range.apply')}
            </Button>
          </div>
        </form>
      </section>
      {'range' in checked ? (
        <>
          <MembersPanel range={checked.range} />
          <FunnelPanel range={checked.range} />
          <NewslettersPanel range={checked.range} />
          <EventsPanel range={checked.range} />
          <JobsPanel range={checked.range} />
          <BoomerangsPanel range={checked.range} />
        </>
      ) : (
        <p className="empty">{t(`insight.range.${checked.problem}`)}</p>
      )}
    </div>
  );
}
