import { eq, sql, type SQL } from 'drizzle-orm';
import { ZJobAlertBody, offeredLanguage, pickText, webPaths, type JobAlert, type JobAlertBody, type JobType, type Language } from '@alumni/shared';
import { z } from 'zod';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { jobAlerts, jobs } from '../../db/schema.js';
import { defineJob, handleJob, type JobHandler } from '../../lib/queue.js';
import type { OutgoingMail } from '../../mail/mailer.js';
import { renderMail } from '../../mail/templates.js';
import { notFound } from '../../lib/errors.js';
import { sendDeliveries, type DeliveryRenderer, type Recipient, type Renderers, type SenderDeps } from '../deliveries/service.js';
import { assertVerifiedMember } from '../events/portal.js';
import { consentInForce, reachableOn } from '../segments/audience.js';
import { mailBrandingFor } from '../settings/service.js';
import { isOpen } from './service.js';

/* ---- the member's saved alert ---- */

export async function readAlert(db: Db, memberId: string): Promise<JobAlert | null> {
  const [row] = await db
    .select({ a: jobAlerts, consent: sql<boolean>`(select ${consentInForce('job_alerts')} from members m where m.user_id = ${memberId})` })
    .from(jobAlerts)
    .where(eq(jobAlerts.memberId, memberId));
  if (!row) return null;
  const { a } = row;
  return {
    types: a.types as JobType[],
    departments: a.departments,
    locations: a.locations,
    remoteOnly: a.remoteOnly,
    q: a.q,
    frequency: a.frequency,
    consent: row.consent,
    updatedAt: a.updatedAt.toISOString(),
  };
}

export async function saveAlert(db: Db, memberId: string, input: JobAlertBody): Promise<JobAlert> {
  const body = ZJobAlertBody.parse(input);
  await assertVerifiedMember(db, memberId);
  const values = { ...body, types: [...new Set(body.types)], departments: [...new Set(body.departments)], locations: [...new Set(body.locations)] };
  await db
    .insert(jobAlerts)
    .values({ memberId, ...values })
    .onConflictDoUpdate({ target: jobAlerts.memberId, set: { ...values, updatedAt: new Date() } });
  const saved = await readAlert(db, memberId);
  if (!saved) throw new Error('alert not written');
  return saved;
}

export async function deleteAlert(db: Db, memberId: string): Promise<void> {
  const res = await db.delete(jobAlerts).where(eq(jobAlerts.memberId, memberId)).returning({ id: jobAlerts.memberId });
  if (!res.length) throw notFound('You have no job alert');
}

/* ---- matching ---- */

/**
 * The alert `a` matches the job `jobs`: each criterion given matches (an empty list matches
 * anything), and the job is new to the alert: created or opened since the alert was saved, so
 * saving an alert does not bring in the whole board.
 */
const matches: SQL = sql`(cardinality(a.types) = 0 or ${jobs.type}::text = any(a.types))
  and (cardinality(a.departments) = 0 or lower(${jobs.department}) in (select lower(x) from unnest(a.departments) x))
  and (cardinality(a.locations) = 0 or lower(${jobs.location}) in (select lower(x) from unnest(a.locations) x))
  and (not a.remote_only or ${jobs.remote})
  and (a.q = '' or ((${jobs.title}::text || ' ' || ${jobs.description}::text || ' ' || ${jobs.department} || ' ' || ${jobs.location})
    ilike '%' || replace(replace(replace(a.q, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'))
  and (${jobs.createdAt} >= a.created_at or ${jobs.opensOn} >= (a.created_at at time zone 'Europe/Helsinki')::date)`;

/** Members of `a` who may get alert mail now: active, verified, consent in force, not suppressed. */
const reachable: SQL = sql`exists (select 1 from members m join users u on u.id = m.user_id
  where m.user_id = a.member_id and u.status = 'active' and m.verification_status = 'verified' and ${reachableOn('job_alerts')})`;

/**
 * Records, for each alert of the frequency, the open jobs it has not had yet, and writes one
 * delivery per message in the same statement. The (member, job) key of the matches is what keeps a
 * job to one mail per member, whoever runs this and however often.
 */
async function queueMatches(db: Db, frequency: 'immediate' | 'weekly', keyOf: SQL, kind: string): Promise<string[]> {
  const res = await db.execute<{ message_key: string }>(sql`
    with found as (
      insert into job_alert_matches (member_id, job_id, message_key)
      select a.member_id, ${jobs.id}, ${keyOf}
      from job_alerts a cross join ${jobs}
      where a.frequency = ${frequency} and ${isOpen} and ${matches} and ${reachable}
      on conflict do nothing
      returning member_id, job_id, message_key
    )
    insert into deliveries (message_key, kind, member_id, data)
    select distinct on (message_key, member_id) message_key, ${kind}, member_id, jsonb_build_object('jobId', job_id) from found
    on conflict (message_key, member_id) do nothing
    returning message_key`);
  return [...new Set(res.rows.map((r) => r.message_key))];
}

export const alertKeys = { immediate: (jobId: string) => `job-alert:${jobId}`, digest: (day: string) => `job-digest:${day}` };

/** A job that is open goes at once to the matching members who asked for immediate alerts. */
export const queueImmediateAlerts = (db: Db) => queueMatches(db, 'immediate', sql`'job-alert:' || ${jobs.id}`, 'job_alert');

/** The week's digest: every open job a weekly alert has not had yet, in one mail per member. */
export async function queueWeeklyDigests(db: Db): Promise<string[]> {
  const day = await db.execute<{ day: string }>(sql`select to_char((now() at time zone 'Europe/Helsinki')::date, 'YYYY-MM-DD') as day`);
  return queueMatches(db, 'weekly', sql`${alertKeys.digest(day.rows[0]?.day ?? 'today')}`, 'job_digest');
}

/* ---- the mails ---- */

const typeNames: Record<Language, Record<JobType, string>> = {
  fi: { full_time: 'kokoaikainen', part_time: 'osa-aikainen', project: 'projekti', summer: 'kesätyö', substitute: 'sijaisuus', flexible: 'joustava keikkatyö' },
  sv: { full_time: 'heltid', part_time: 'deltid', project: 'projekt', summer: 'sommarjobb', substitute: 'vikariat', flexible: 'flexibelt gigjobb' },
  en: { full_time: 'full time', part_time: 'part time', project: 'project', summer: 'summer job', substitute: 'substitute', flexible: 'flexible work' },
};
const remoteWord: Record<Language, string> = { fi: 'etätyö mahdollinen', sv: 'distansarbete möjligt', en: 'remote possible' };

type MailConfig = Pick<Config, 'appUrl' | 'orgName'>;

const jobLine = (config: MailConfig, j: typeof jobs.$inferSelect, language: Language) => ({
  title: pickText(j.title, language),
  facts: [j.department, j.location, typeNames[language][j.type], ...(j.remote ? [remoteWord[language]] : [])].join(', '),
  link: `${config.appUrl}${webPaths.job.replace(':id', j.id)}`,
});

async function alertMail(deps: { db: Db; config: MailConfig }, kind: 'job_alert' | 'job_digest', to: Recipient, list: Array<typeof jobs.$inferSelect>): Promise<OutgoingMail> {
  const { config } = deps;
  const branding = await mailBrandingFor(deps.db, config);
  const language = offeredLanguage(branding.brand, to.language);
  const rendered = renderMail(kind, language, {
    ...branding,
    firstName: to.firstName,
    link: `${config.appUrl}${webPaths.jobs}`,
    jobs: list.map((j) => jobLine(config, j, language)),
  });
  return { to: to.email, ...rendered };
}

/** Rebuilt when sent: a job closed since, or a consent withdrawn since, is not mailed. */
export function jobAlertRenderers(deps: { db: Db; config: MailConfig }): Renderers {
  const openJobs = (ids: SQL) => deps.db.select().from(jobs).where(sql`${jobs.id} in (${ids}) and ${isOpen}`).orderBy(jobs.opensOn, jobs.id);
  const alert: DeliveryRenderer = async (d, to) => {
    if (!to.consents.job_alerts || typeof d.data.jobId !== 'string') return null;
    const list = await openJobs(sql`${d.data.jobId}::uuid`);
    return list.length ? alertMail(deps, 'job_alert', to, list) : null;
  };
  const digest: DeliveryRenderer = async (d, to) => {
    if (!to.consents.job_alerts) return null;
    const list = await openJobs(sql`select job_id from job_alert_matches where message_key = ${d.messageKey} and member_id = ${d.memberId}`);
    return list.length ? alertMail(deps, 'job_digest', to, list) : null;
  };
  return { job_alert: alert, job_digest: digest };
}

/* ---- jobs ---- */

/** Every minute: new open jobs to the immediate alerts (a job opening on a later day goes out that day). */
export const jobAlertsJob = defineJob('jobs.alerts', z.object({}).passthrough(), 1);
/** Mondays at 8 in Helsinki: the weekly digests. */
export const jobDigestJob = defineJob('jobs.digest', z.object({}).passthrough(), 1);

export function jobAlertHandlers(sender: SenderDeps): JobHandler[] {
  return [
    handleJob(jobAlertsJob, async () => {
      for (const key of await queueImmediateAlerts(sender.db)) await sendDeliveries(sender, key);
    }),
    handleJob(jobDigestJob, async () => {
      for (const key of await queueWeeklyDigests(sender.db)) await sendDeliveries(sender, key);
    }),
  ];
}
