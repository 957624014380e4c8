import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { ZSegmentFilters, ZSurveyAnswerBody, type Ok, type PortalSurvey, type PortalSurveyList, type SegmentFilters, type SurveyAnswerBody } from '@alumni/shared';
import type { Db } from '../../db/client.js';
import { segments, surveyParticipants, surveyResponses, surveys } from '../../db/schema.js';
import { AppError, notFound } from '../../lib/errors.js';
import { everyone, matchesFilters } from '../segments/audience.js';
import { checkAnswers } from './answers.js';
import type { Executor, SurveyRow } from './service.js';

/*
 * What a member sees: open surveys whose audience they are in, and the ones they answered. Drafts
 * and surveys for other audiences do not exist for them (404). Answering writes the participant
 * (who answered) and the response (what was answered) in one transaction; for an anonymous survey
 * the response carries no member, no time and a random id, and nothing is logged or audited.
 */

interface Candidate {
  row: SurveyRow;
  open: boolean;
  answered: boolean;
  filters: unknown;
}

const answeredBy = (memberId: string) =>
  sql<boolean>`exists (select 1 from survey_participants p where p.survey_id = ${surveys.id} and p.member_id = ${memberId})`;

const candidates = (db: Executor, memberId: string) =>
  db
    .select({ row: surveys, open: sql<boolean>`${surveys.closesAt} > now()`, answered: answeredBy(memberId), filters: segments.filters })
    .from(surveys)
    .leftJoin(segments, eq(segments.id, surveys.segmentId));

const filtersOf = (c: Candidate): SegmentFilters => (c.row.segmentId && c.filters ? ZSegmentFilters.parse(c.filters) : everyone);

/** Which of the surveys' audiences hold the member now, in one statement. */
async function audiencesHolding(db: Executor, memberId: string, list: readonly Candidate[]): Promise<Set<string>> {
  if (!list.length) return new Set();
  const checks = list.map(
    (c) => sql`select ${c.row.id}::uuid as id where exists (
      select 1 from members m join users u on u.id = m.user_id where m.user_id = ${memberId} and ${matchesFilters(filtersOf(c))})`,
  );
  const res = await db.execute<{ id: string }>(sql.join(checks, sql` union all `));
  return new Set(res.rows.map((r) => r.id));
}

const toPortal = (c: Candidate): PortalSurvey => ({
  id: c.row.id,
  title: c.row.title,
  intro: c.row.intro,
  anonymous: c.row.anonymous,
  closesAt: c.row.closesAt.toISOString(),
  questions: c.row.questions,
  open: c.open,
  answered: c.answered,
});

/** Open surveys for the member (soonest closing first), then closed ones they answered (latest first). */
export async function listPortalSurveys(db: Db, memberId: string): Promise<PortalSurveyList> {
  const found: Candidate[] = await candidates(db, memberId).where(
    and(isNotNull(surveys.openedAt), sql`(${surveys.closesAt} > now() or ${answeredBy(memberId)})`),
  );
  const holding = await audiencesHolding(
    db,
    memberId,
    found.filter((c) => !c.answered),
  );
  const visible = found.filter((c) => c.answered || holding.has(c.row.id));
  const open = visible.filter((c) => c.open).sort((a, b) => a.row.closesAt.getTime() - b.row.closesAt.getTime());
  const closed = visible.filter((c) => !c.open).sort((a, b) => b.row.closesAt.getTime() - a.row.closesAt.getTime());
  return { items: [...open, ...closed].slice(0, 100).map(toPortal) };
}

/** The survey if the member may see it: opened, and theirs by audience or by having answered. */
async function visibleCandidate(db: Executor, memberId: string, id: string): Promise<Candidate> {
  const [c] = await candidates(db, memberId).where(and(eq(surveys.id, id), isNotNull(surveys.openedAt)));
  if (!c) throw notFound('No such survey');
  if (!c.answered && !(await audiencesHolding(db, memberId, [c])).has(c.row.id)) throw notFound('No such survey');
  return c;
}

export async function readPortalSurvey(db: Db, memberId: string, id: string): Promise<PortalSurvey> {
  return toPortal(await visibleCandidate(db, memberId, id));
}

/**
 * Records the member's answers once. The participant row's primary key is what makes it once: a
 * second answer, even one racing the first, finds it taken and the whole transaction is undone.
 * The closing time is compared with the database's clock at the moment of answering, under a share
 * lock on the survey so that a close being committed is seen.
 */
export async function answerSurvey(db: Db, memberId: string, id: string, input: SurveyAnswerBody): Promise<Ok> {
  const body = ZSurveyAnswerBody.parse(input);
  await db.transaction(async (tx) => {
    const [locked] = await tx.select({ id: surveys.id }).from(surveys).where(eq(surveys.id, id)).for('share');
    if (!locked) throw notFound('No such survey');
    const c = await visibleCandidate(tx, memberId, id);
    if (c.answered) throw alreadyAnswered();
    const closed = await tx.execute<{ closed: boolean }>(sql`select closes_at <= clock_timestamp() as closed from surveys where id = ${id}`);
    if (closed.rows[0]?.closed !== false) throw new AppError('survey_closed', 'The survey has closed: answers are no longer taken');
    const checked = checkAnswers(c.row.questions, body.answers);
    if (checked.problems.length) throw new AppError('validation_failed', 'Some answers do not fit their questions', checked.problems);
    const taken = await tx.insert(surveyParticipants).values({ surveyId: id, memberId }).onConflictDoNothing().returning({ surveyId: surveyParticipants.surveyId });
    if (!taken.length) throw alreadyAnswered();
    if (c.row.anonymous) {
      // No member, no time, the default random id: nothing in the row points back at the participant.
      await tx.insert(surveyResponses).values({ surveyId: id, answers: checked.answers });
    } else {
      await tx.insert(surveyResponses).values({ surveyId: id, memberId, answers: checked.answers, submittedAt: sql`now()` });
    }
  });
  return { ok: true };
}

const alreadyAnswered = () => new AppError('already_answered', 'You have already answered this survey');
