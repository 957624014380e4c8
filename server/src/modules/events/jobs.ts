import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { defineJob, handleJob, type JobHandler } from '../../lib/queue.js';
import { enqueueDeliveries, sendDeliveries, type SenderDeps } from '../deliveries/service.js';
import { messageKeys } from './service.js';

/** Every minute: reminders of the events whose reminder time has come. */
export const eventRemindersJob = defineJob('events.reminders', z.object({}).passthrough(), 1);

/**
 * Writes the reminder deliveries of every published event whose reminder time has come, once: the
 * event is marked in the same transaction, and the deliveries are unique per member, so a restart
 * or a second worker writes nothing twice. Returns the message keys written.
 */
export async function queueReminders(db: Db): Promise<string[]> {
  return db.transaction(async (tx) => {
    const due = await tx.execute<{ id: string; starts_at: Date | string }>(sql`
      select id, starts_at from events
      where status = 'published' and reminder_hours > 0 and reminder_queued_at is null
        and starts_at - make_interval(hours => reminder_hours) <= now() and starts_at > now()
      order by starts_at
      for update skip locked`);
    const keys: string[] = [];
    for (const e of due.rows) {
      const key = messageKeys.reminder(e.id, new Date(e.starts_at));
      await enqueueDeliveries(tx, { key, kind: 'event_reminder', data: { eventId: e.id } }, sql`select member_id as user_id from event_rsvps where event_id = ${e.id} and status = 'going'`);
      await tx.execute(sql`update events set reminder_queued_at = now() where id = ${e.id}`);
      keys.push(key);
    }
    return keys;
  });
}

export function eventJobHandlers(deps: SenderDeps): JobHandler[] {
  return [
    handleJob(eventRemindersJob, async () => {
      for (const key of await queueReminders(deps.db)) await sendDeliveries(deps, key);
    }),
  ];
}
