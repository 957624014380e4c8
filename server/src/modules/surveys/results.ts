import { randomInt } from 'node:crypto';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { type Language, type LocalizedText, type QuestionResult, type SurveyAnswers, type SurveyQuestion, type SurveyResults } from '@alumni/shared';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit } from '../audit/service.js';
import { csvBom, csvRow } from '../members/csv.js';
import { loadSurvey, type SurveyRow } from './service.js';

/** A fresh random order each time, so the order of anonymous answers tells nothing about who gave them. */
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

interface ResponseRow {
  answers: SurveyAnswers;
  submitted_at: Date | string | null;
  first_name: string | null;
  last_name: string | null;
  email: string | null;
  [key: string]: unknown;
}

/**
 * The survey's responses: a named survey's with their member, oldest first; an anonymous survey's
 * in a random order, with nothing about anyone (its rows name no member anyway).
 */
async function responsesOf(db: Db, survey: SurveyRow): Promise<ResponseRow[]> {
  if (survey.anonymous) {
    const res = await db.execute<ResponseRow>(sql`
      select r.answers, null::timestamptz as submitted_at, null::text as first_name, null::text as last_name, null::text as email
      from survey_responses r where r.survey_id = ${survey.id}`);
    return shuffled(res.rows);
  }
  const res = await db.execute<ResponseRow>(sql`
    select r.answers, r.submitted_at, u.first_name, u.last_name, u.email
    from survey_responses r left join users u on u.id = r.member_id
    where r.survey_id = ${survey.id} order by r.submitted_at nulls last, r.id`);
  return res.rows;
}

function resultOf(q: SurveyQuestion, rows: readonly ResponseRow[]): QuestionResult {
  const given = rows.map((r) => r.answers[q.id]).filter((v) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0));
  const out: QuestionResult = { questionId: q.id, kind: q.kind, answered: given.length, options: [], scale: [], average: null, texts: [] };
  if (q.kind === 'single' || q.kind === 'multiple') {
    out.options = q.options.map((o) => ({ id: o.id, count: given.filter((v) => v === o.id || (Array.isArray(v) && v.includes(o.id))).length }));
  } else if (q.kind === 'scale') {
    const points = given.filter((v): v is number => typeof v === 'number');
    out.scale = Array.from({ length: q.scaleMax }, (_, i) => ({ value: i + 1, count: points.filter((p) => p === i + 1).length }));
    out.average = points.length ? points.reduce((a, b) => a + b, 0) / points.length : null;
  } else {
    out.texts = given.filter((v): v is string => typeof v === 'string');
  }
  return out;
}

/** Per question: counts per option, the scale's distribution and mean, the free texts. Audited as a read. */
export async function surveyResults(db: Db, actor: Actor, id: string): Promise<SurveyResults> {
  const { row } = await loadSurvey(db, id);
  const rows = await responsesOf(db, row);
  await recordAudit(db, { actorId: actor.user.id, action: 'survey.results_viewed', objectType: 'survey', objectId: id, data: { responses: rows.length }, ip: actor.ip });
  return {
    surveyId: row.id,
    anonymous: row.anonymous,
    responses: rows.length,
    audience: row.openedAt ? row.audienceCount : null,
    questions: row.questions.map((q) => resultOf(q, rows)),
  };
}

/* ---- the CSV export ---- */

/** The export's one language: the first the survey's title is written in, Finnish, then English, then Swedish. */
export function exportLanguage(title: LocalizedText): Language {
  const order: readonly Language[] = ['fi', 'en', 'sv'];
  return order.find((l) => title[l] !== '') ?? 'fi';
}

/** The text in the export's language, or in the next language that has it. */
const textIn = (text: LocalizedText | undefined, language: Language): string => {
  if (!text) return '';
  if (text[language]) return text[language];
  return (['fi', 'en', 'sv'] as const).map((l) => text[l]).find((s) => s !== '') ?? '';
};

function cellOf(q: SurveyQuestion, value: SurveyAnswers[string] | undefined, language: Language): string {
  if (value === undefined) return '';
  if (q.kind === 'scale') return String(value);
  const label = (optionId: string) => textIn(q.options.find((o) => o.id === optionId)?.label, language) || optionId;
  if (q.kind === 'single') return typeof value === 'string' ? label(value) : '';
  if (q.kind === 'multiple') return Array.isArray(value) ? value.map(label).join(', ') : '';
  return typeof value === 'string' ? value : '';
}

const helsinki = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

/**
 * One row per response, one column per question. A named survey's rows also say who answered and
 * when (Helsinki time), oldest first; an anonymous survey's rows say neither and come in a random order.
 */
export async function exportSurvey(db: Db, actor: Actor, id: string): Promise<{ fileName: string; body: Readable }> {
  const { row } = await loadSurvey(db, id);
  const rows = await responsesOf(db, row);
  await recordAudit(db, { actorId: actor.user.id, action: 'survey.results_exported', objectType: 'survey', objectId: id, data: { rows: rows.length }, ip: actor.ip });
  const language = exportLanguage(row.title);
  const named = !row.anonymous;
  const header = [...(named ? ['first_name', 'last_name', 'email', 'submitted_at'] : []), ...row.questions.map((q) => textIn(q.prompt, language))];
  const lines = [
    csvRow(header),
    ...rows.map((r) =>
      csvRow([
        ...(named ? [r.first_name, r.last_name, r.email, r.submitted_at ? helsinki.format(new Date(r.submitted_at)) : ''] : []),
        ...row.questions.map((q) => cellOf(q, r.answers[q.id], language)),
      ]),
    ),
  ];
  const day = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(new Date());
  return { fileName: `survey-${day}-${id.slice(0, 8)}.csv`, body: Readable.from([csvBom, ...lines]) };
}
