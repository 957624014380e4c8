import { useState, type ReactNode } from 'react';
import { flagStages, memberTypes, type InsightPanel, type Range } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { Button } from '../../../components/button';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { TextField } from '../../../components/text-field';
import { exportUrl, useHires, usePanel, useSaveHires } from '../api';
import { BarChart } from './bar-chart';

function useFormats() {
  const { locale } = useI18n();
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const euro = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  const day = new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Helsinki', dateStyle: 'medium' });
  return {
    n: (v: number) => number.format(v),
    pct: (v: number | null) => (v === null ? '–' : percent.format(v)),
    eur: (v: number) => euro.format(v),
    day: (iso: string) => day.format(new Date(iso)),
    month: (ym: string) => new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${ym}-15T12:00:00Z`)),
  };
}

function Panel({ panel, title, range, children }: { panel: InsightPanel; title: string; range: Range; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <section className="panel insight-panel" aria-labelledby={`insight-${panel}`}>
      <div className="insight-panel__head">
        <h2 id={`insight-${panel}`}>{title}</h2>
        <a className="button button--secondary" href={exportUrl(panel, range)} download aria-label={t('insight.downloadPanel', { panel: title })}>
          {t('insight.download')}
        </a>
      </div>
      {children}
    </section>
  );
}

function State<T>({ query, children }: { query: { isPending: boolean; isError: boolean; error: unknown; data: T | undefined }; children: (data: T) => ReactNode }) {
  const { t } = useI18n();
  if (query.isPending) return <Loading />;
  if (query.isError || query.data === undefined) return <Notice tone="error">{describeError(query.error, t)}</Notice>;
  return <>{children(query.data)}</>;
}

export function MembersPanel({ range }: { range: Range }) {
  const { t } = useI18n();
  const f = useFormats();
  const q = usePanel('members', range);
  return (
    <Panel panel="members" title={t('insight.members.title')} range={range}>
      <State query={q}>
        {(d) => (
          <>
            <p>{t('insight.members.summary', { total: f.n(d.total), joined: f.n(d.joinedTotal) })}</p>
            <BarChart
              summary={t('insight.members.chart', { total: f.n(d.total) })}
              format={f.n}
              bars={d.points.slice(-12).map((p) => ({ label: f.month(p.month), value: p.total }))}
            />
            <div className="table-wrap">
              <table>
                <caption>{t('insight.members.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('insight.month')}</th>
                    {memberTypes.map((m) => (
                      <th scope="col" key={m}>
                        {t(`adminMembership.memberType.${m}`)}
                      </th>
                    ))}
                    <th scope="col">{t('insight.total')}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.points.map((p) => (
                    <tr key={p.month}>
                      <th scope="row">{f.month(p.month)}</th>
                      {memberTypes.map((m) => (
                        <td key={m}>{f.n(p.byType[m])}</td>
                      ))}
                      <td>{f.n(p.total)}</td>
                    </tr>
                  ))}
                  <tr>
                    <th scope="row">{t('insight.members.joinedRow')}</th>
                    {memberTypes.map((m) => (
                      <td key={m}>{f.n(d.joined[m])}</td>
                    ))}
                    <td>{f.n(d.joinedTotal)}</td>
                  </tr>
                </tbody>
              </table>
            </div>
          </>
        )}
      </State>
    </Panel>
  );
}

export function FunnelPanel({ range }: { range: Range }) {
  const { t } = useI18n();
  const f = useFormats();
  const q = usePanel('funnel', range);
  return (
    <Panel panel="funnel" title={t('insight.funnel.title')} range={range}>
      <State query={q}>
        {(d) => {
          const steps = [
            { key: 'invited', label: t('insight.funnel.invited'), value: d.invited },
            { key: 'registered', label: t('insight.funnel.registered'), value: d.registered },
            { key: 'verified', label: t('insight.funnel.verified'), value: d.verified },
            { key: 'active', label: t('insight.funnel.active'), value: d.active },
          ];
          return (
            <>
              <BarChart summary={t('insight.funnel.chart', { registered: f.n(d.registered), active: f.n(d.active) })} format={f.n} bars={steps} />
              <table>
                <caption>{t('insight.funnel.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('insight.step')}</th>
                    <th scope="col">{t('insight.count')}</th>
                    <th scope="col">{t('insight.ofPrevious')}</th>
                  </tr>
                </thead>
                <tbody>
                  {steps.map((s, i) => {
                    const before = i === 0 ? null : (steps[i - 1]?.value ?? 0);
                    return (
                      <tr key={s.key}>
                        <th scope="row">{s.label}</th>
                        <td>{f.n(s.value)}</td>
                        <td>{before === null ? '–' : f.pct(before === 0 ? null : s.value / before)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </>
          );
        }}
      </State>
    </Panel>
  );
}

export function NewslettersPanel({ range }: { range: Range }) {
  const { t } = useI18n();
  const f = useFormats();
  const q = usePanel('newsletters', range);
  return (
    <Panel panel="newsletters" title={t('insight.newsletters.title')} range={range}>
      <State query={q}>
        {(d) => (
          <>
            <p>
              {t('insight.newsletters.pace', { rate: f.n(d.issuesPerYear), min: f.n(d.cadence.minPerYear), max: f.n(d.cadence.maxPerYear) })}{' '}
              {d.withinCadence === null ? t('insight.newsletters.paceShort') : d.withinCadence ? t('insight.newsletters.paceWithin') : t('insight.newsletters.paceOutside')}
            </p>
            {d.issues.length === 0 ? (
              <p className="empty">{t('insight.newsletters.empty')}</p>
            ) : (
              <>
                <BarChart summary={t('insight.newsletters.chart', { count: d.issues.length })} format={f.pct} bars={d.issues.map((i) => ({ label: f.day(i.sentAt), value: i.openRate ?? 0 }))} />
                <div className="table-wrap">
                  <table>
                    <caption>{t('insight.newsletters.caption')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('insight.newsletters.issue')}</th>
                        <th scope="col">{t('insight.newsletters.sent')}</th>
                        <th scope="col">{t('insight.newsletters.delivered')}</th>
                        <th scope="col">{t('insight.newsletters.openRate')}</th>
                        <th scope="col">{t('insight.newsletters.clickRate')}</th>
                        <th scope="col">{t('insight.newsletters.unsubscribes')}</th>
                        <th scope="col">{t('insight.newsletters.bounces')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {d.issues.map((i) => (
                        <tr key={i.id}>
                          <th scope="row">{i.subject}</th>
                          <td>{f.day(i.sentAt)}</td>
                          <td>{f.n(i.delivered)}</td>
                          <td>{f.pct(i.openRate)}</td>
                          <td>{f.pct(i.clickRate)}</td>
                          <td>{f.n(i.unsubscribes)}</td>
                          <td>{f.n(i.bounces)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                <p className="muted">{t('insight.newsletters.trackedNote')}</p>
              </>
            )}
          </>
        )}
      </State>
    </Panel>
  );
}

export function EventsPanel({ range }: { range: Range }) {
  const { t, language } = useI18n();
  const f = useFormats();
  const q = usePanel('events', range);
  return (
    <Panel panel="events" title={t('insight.events.title')} range={range}>
      <State query={q}>
        {(d) =>
          d.events.length === 0 ? (
            <p className="empty">{t('insight.events.empty')}</p>
          ) : (
            <>
              <p>{t('insight.events.summary', { going: f.n(d.totals.going), attended: f.n(d.totals.attended), rate: f.pct(d.totals.attendanceRate) })}</p>
              <div className="table-wrap">
                <table>
                  <caption>{t('insight.events.caption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('insight.events.event')}</th>
                      <th scope="col">{t('insight.events.starts')}</th>
                      <th scope="col">{t('insight.events.invited')}</th>
                      <th scope="col">{t('insight.events.answered')}</th>
                      <th scope="col">{t('insight.events.going')}</th>
                      <th scope="col">{t('insight.events.attended')}</th>
                      <th scope="col">{t('insight.events.rate')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.events.map((e) => (
                      <tr key={e.id}>
                        <th scope="row">{e.title[language] || e.title.fi || e.title.en || e.title.sv}</th>
                        <td>{f.day(e.startsAt)}</td>
                        <td>{f.n(e.invited)}</td>
                        <td>{f.n(e.answered)}</td>
                        <td>{f.n(e.going)}</td>
                        <td>{f.n(e.attended)}</td>
                        <td>{f.pct(e.attendanceRate)}</td>
                      </tr>
                    ))}
                    <tr>
                      <th scope="row">{t('insight.total')}</th>
                      <td />
                      <td>{f.n(d.totals.invited)}</td>
                      <td>{f.n(d.totals.answered)}</td>
                      <td>{f.n(d.totals.going)}</td>
                      <td>{f.n(d.totals.attended)}</td>
                      <td>{f.pct(d.totals.attendanceRate)}</td>
                    </tr>
                  </tbody>
                </table>
              </div>
            </>
          )
        }
      </State>
    </Panel>
  );
}

export function JobsPanel({ range }: { range: Range }) {
  const { t } = useI18n();
  const f = useFormats();
  const q = usePanel('jobs', range);
  return (
    <Panel panel="jobs" title={t('insight.jobs.title')} range={range}>
      <State query={q}>
        {(d) => (
          <>
            <BarChart
              summary={t('insight.jobs.chart', { postings: f.n(d.postings), interests: f.n(d.interests) })}
              format={f.n}
              bars={[
                { label: t('insight.jobs.postings'), value: d.postings },
                { label: t('insight.jobs.interests'), value: d.interests },
                { label: t('insight.jobs.referrals'), value: d.referrals },
                { label: t('insight.jobs.shareVisits'), value: d.shareVisits },
              ]}
            />
            <div className="table-wrap">
              <table>
                <caption>{t('insight.jobs.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('insight.month')}</th>
                    <th scope="col">{t('insight.jobs.postings')}</th>
                    <th scope="col">{t('insight.jobs.interests')}</th>
                    <th scope="col">{t('insight.jobs.referrals')}</th>
                    <th scope="col">{t('insight.jobs.shareVisits')}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.months.map((m) => (
                    <tr key={m.month}>
                      <th scope="row">{f.month(m.month)}</th>
                      <td>{f.n(m.postings)}</td>
                      <td>{f.n(m.interests)}</td>
                      <td>{f.n(m.referrals)}</td>
                      <td>{f.n(m.shareVisits)}</td>
                    </tr>
                  ))}
                  <tr>
                    <th scope="row">{t('insight.total')}</th>
                    <td>{f.n(d.postings)}</td>
                    <td>{f.n(d.interests)}</td>
                    <td>{f.n(d.referrals)}</td>
                    <td>{f.n(d.shareVisits)}</td>
                  </tr>
                </tbody>
              </table>
            </div>
          </>
        )}
      </State>
    </Panel>
  );
}

function HiresForm() {
  const { t } = useI18n();
  const f = useFormats();
  const hires = useHires();
  const save = useSaveHires();
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [total, setTotal] = useState('');
  return (
    <div className="stack">
      <h3>{t('insight.hires.title')}</h3>
      <p className="muted">{t('insight.hires.intro')}</p>
      <form
        className="filters"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({ year: Number(year), hires: Number(total) });
        }}
      >
        <TextField id="insight-hires-year" label={t('insight.hires.year')} value={year} onChange={setYear} inputMode="numeric" maxLength={4} />
        <TextField id="insight-hires-total" label={t('insight.hires.total')} value={total} onChange={setTotal} inputMode="numeric" maxLength={7} />
        <div className="filters__actions">
          <Button type="submit" variant="secondary" disabled={save.isPending}>
            {t('insight.hires.save')}
          </Button>
        </div>
      </form>
      {save.isError ? <Notice tone="error">{describeError(save.error, t)}</Notice> : null}
      {save.isSuccess ? <Notice>{t('insight.hires.saved')}</Notice> : null}
      {hires.data && hires.data.items.length > 0 ? (
        <table>
          <caption>{t('insight.hires.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('insight.hires.year')}</th>
              <th scope="col">{t('insight.hires.total')}</th>
              <th scope="col">{t('insight.boomerangs.rehires')}</th>
            </tr>
          </thead>
          <tbody>
            {hires.data.items.map((h) => (
              <tr key={h.year}>
                <th scope="row">{h.year}</th>
                <td>{f.n(h.hires)}</td>
                <td>{f.n(h.rehires)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}

export function BoomerangsPanel({ range }: { range: Range }) {
  const { t } = useI18n();
  const f = useFormats();
  const q = usePanel('boomerangs', range);
  return (
    <Panel panel="boomerangs" title={t('insight.boomerangs.title')} range={range}>
      <State query={q}>
        {(d) => (
          <>
            <dl className="insight-figures">
              <div>
                <dt>{t('insight.boomerangs.rehires')}</dt>
                <dd>{f.n(d.rehires)}</dd>
              </div>
              <div>
                <dt>{t('insight.boomerangs.days')}</dt>
                <dd>{d.medianDaysToRehire === null ? '–' : t('insight.boomerangs.daysValue', { median: f.n(d.medianDaysToRehire), mean: f.n(d.averageDaysToRehire ?? 0) })}</dd>
              </div>
              <div>
                <dt>{t('insight.boomerangs.share')}</dt>
                <dd>{d.totalHires === null ? t('insight.boomerangs.shareMissing') : t('insight.boomerangs.shareValue', { share: f.pct(d.rehireShare), total: f.n(d.totalHires) })}</dd>
              </div>
              <div>
                <dt>{t('insight.boomerangs.saving')}</dt>
                <dd>{t('insight.boomerangs.savingValue', { saving: f.eur(d.estimatedSavingEur), per: f.eur(d.savingPerRehireEur) })}</dd>
              </div>
            </dl>
            <p className="muted">{t('insight.boomerangs.savingNote')}</p>
            <h3>{t('insight.boomerangs.quarters')}</h3>
            <BarChart summary={t('insight.boomerangs.chart', { rehires: f.n(d.rehires) })} format={f.n} bars={d.quarters.map((x) => ({ label: x.quarter, value: x.rehires }))} />
            <table>
              <caption>{t('insight.boomerangs.stagesCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('insight.step')}</th>
                  <th scope="col">{t('insight.count')}</th>
                </tr>
              </thead>
              <tbody>
                {flagStages.map((s) => (
                  <tr key={s}>
                    <th scope="row">{t(`adminTalent.stage.${s}`)}</th>
                    <td>{f.n(d.stages[s])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <HiresForm />
          </>
        )}
      </State>
    </Panel>
  );
}
