import { memberTypes, pickText, type InsightPanel, type InsightPanels, type Range } from '@alumni/shared';
import { csvBom, csvRow } from '../members/csv.js';

/*
 * One CSV per panel with the figures the panel shows: a header, one row per month, issue, event,
 * quarter or stage, then a `total` row where the panel has totals. Numbers are plain digits and
 * rates a share from 0 to 1 with a decimal point; an empty cell is a figure that is null.
 */

const n = (v: number | null): string => (v === null ? '' : String(v));
const rateText = (v: number | null): string => (v === null ? '' : v.toFixed(4));
const share = (part: number, whole: number): number | null => (whole ? Math.min(1, part / whole) : null);

type Lines = string[];
const writers: { [P in InsightPanel]: (p: InsightPanels[P]) => Lines } = {
  members: (p) => [
    csvRow(['month', 'total', ...memberTypes]),
    ...p.points.map((pt) => csvRow([pt.month, n(pt.total), ...memberTypes.map((t) => n(pt.byType[t]))])),
    csvRow(['joined', n(p.joinedTotal), ...memberTypes.map((t) => n(p.joined[t]))]),
  ],
  funnel: (p) => [
    csvRow(['stage', 'people']),
    csvRow(['invited', n(p.invited)]),
    csvRow(['registered', n(p.registered)]),
    csvRow(['verified', n(p.verified)]),
    csvRow(['active', n(p.active)]),
  ],
  newsletters: (p) => {
    const sum = (k: 'delivered' | 'tracked' | 'opened' | 'clicked' | 'unsubscribes' | 'bounces') => p.issues.reduce((s, i) => s + i[k], 0);
    const tracked = sum('tracked');
    return [
      csvRow(['sent_at', 'subject', 'delivered', 'tracked', 'opened', 'clicked', 'open_rate', 'click_rate', 'unsubscribes', 'bounces']),
      ...p.issues.map((i) =>
        csvRow([i.sentAt, i.subject, n(i.delivered), n(i.tracked), n(i.opened), n(i.clicked), rateText(i.openRate), rateText(i.clickRate), n(i.unsubscribes), n(i.bounces)]),
      ),
      csvRow([
        'total',
        `${p.issues.length} issues, ${p.issuesPerYear} a year`,
        n(sum('delivered')),
        n(tracked),
        n(sum('opened')),
        n(sum('clicked')),
        rateText(share(sum('opened'), tracked)),
        rateText(share(sum('clicked'), tracked)),
        n(sum('unsubscribes')),
        n(sum('bounces')),
      ]),
    ];
  },
  events: (p) => [
    csvRow(['starts_at', 'title', 'invited', 'answered', 'going', 'attended', 'attendance_rate']),
    ...p.events.map((e) => csvRow([e.startsAt, pickText(e.title, 'fi'), n(e.invited), n(e.answered), n(e.going), n(e.attended), rateText(e.attendanceRate)])),
    csvRow(['total', '', n(p.totals.invited), n(p.totals.answered), n(p.totals.going), n(p.totals.attended), rateText(p.totals.attendanceRate)]),
  ],
  jobs: (p) => [
    csvRow(['month', 'postings', 'interests', 'referrals', 'share_visits']),
    ...p.months.map((m) => csvRow([m.month, n(m.postings), n(m.interests), n(m.referrals), n(m.shareVisits)])),
    csvRow(['total', n(p.postings), n(p.interests), n(p.referrals), n(p.shareVisits)]),
  ],
  boomerangs: (p) => [
    csvRow(['kind', 'name', 'value']),
    ...Object.entries(p.stages).map(([stage, count]) => csvRow(['stage', stage, n(count)])),
    ...p.quarters.map((q) => csvRow(['quarter', q.quarter, n(q.rehires)])),
    csvRow(['total', 'rehires', n(p.rehires)]),
    csvRow(['total', 'median_days_to_rehire', n(p.medianDaysToRehire)]),
    csvRow(['total', 'average_days_to_rehire', n(p.averageDaysToRehire)]),
    csvRow(['total', 'total_hires', n(p.totalHires)]),
    csvRow(['total', 'rehire_share', rateText(p.rehireShare)]),
    csvRow(['total', 'saving_per_rehire_eur', n(p.savingPerRehireEur)]),
    csvRow(['total', 'estimated_saving_eur', n(p.estimatedSavingEur)]),
  ],
};

export function panelCsv<P extends InsightPanel>(panel: P, figures: InsightPanels[P], range: Range): { fileName: string; body: string } {
  const write: (p: InsightPanels[P]) => Lines = writers[panel];
  return { fileName: `insight-${panel}-${range.from}-${range.to}.csv`, body: [csvBom, ...write(figures)].join('') };
}
