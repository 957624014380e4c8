import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths, auditExportMaxRows } from '@alumni/shared';
import { recordAudit } from '../src/modules/audit/service.js';
import { auditLog } from '../src/db/schema.js';
import { errorOf, signInAs, startTestApp, type Agent, type TestApp } from './helpers.js';

let t: TestApp;
let admin: Agent;
let adminId = '';

beforeAll(async () => {
  t = await startTestApp();
  const signedIn = await signInAs(t, 'admin');
  admin = signedIn.agent;
  adminId = signedIn.user.id;
});
afterAll(async () => {
  await t.close();
});

const csvLines = (payload: Buffer) => payload.toString('utf8').slice(1).split('\r\n').filter(Boolean);
const entries = async () => Number((await t.db.execute<{ n: string }>(sql`select count(*) as n from audit_log`)).rows[0]?.n ?? -1);

describe('the audit log', () => {
  it('cannot be changed or deleted: the API has only reads, and the database refuses update, delete and truncate', async () => {
    const auditRoutes = t.app.apiRoutes.filter((r) => r.split(' ')[1]?.startsWith('/api/v1/admin/audit'));
    expect(auditRoutes.sort()).toEqual(['GET /api/v1/admin/audit', 'GET /api/v1/admin/audit/export']);
    await recordAudit(t.db, { actorId: adminId, action: 'segment.created', objectType: 'segment', objectId: 'kept' });
    await expect(t.database.pool.query("update audit_log set action = 'segment.deleted' where object_id = 'kept'")).rejects.toThrow(/append-only/);
    await expect(t.database.pool.query("delete from audit_log where object_id = 'kept'")).rejects.toThrow(/append-only/);
    await expect(t.database.pool.query('truncate audit_log')).rejects.toThrow(/append-only/);
    const kept = await t.db.execute<{ action: string }>(sql`select action from audit_log where object_id = 'kept'`);
    expect(kept.rows).toEqual([{ action: 'segment.created' }]);
  });

  it('exports the filtered entries as a formula-safe CSV, newest first, and audits the export', async () => {
    const { user: hrUser } = await signInAs(t, 'hr');
    await recordAudit(t.db, { actorId: hrUser.id, action: 'event.created', objectType: 'event', objectId: 'e-1', data: { title: '=cmd|calc' }, ip: '10.0.0.1' });
    await recordAudit(t.db, { actorId: hrUser.id, action: 'event.published', objectType: 'event', objectId: 'e-1' });
    await recordAudit(t.db, { actorId: hrUser.id, action: 'news.created', objectType: 'news', objectId: 'n-1' });

    const res = await admin.get(`${apiPaths.auditExport}?objectType=event&actor=${encodeURIComponent(hrUser.email)}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(res.headers['x-export-rows']).toBe('2');
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csvLines(res.rawPayload);
    expect(lines[0]).toBe('"time";"time_helsinki";"actor_email";"action";"object_type";"object_id";"object_label";"ip";"data"');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('"event.published"');
    expect(lines[2]).toContain('"event.created"');
    expect(lines[2]).toContain(`"${hrUser.email}"`);
    expect(lines[2]).toContain('"10.0.0.1"');
    // The data column is JSON; a formula inside it stays text.
    expect(lines[2]).toContain('"{""title"":""=cmd|calc""}"');

    const last = await t.db.select().from(auditLog).orderBy(sql`id desc`).limit(1);
    expect(last[0]?.action).toBe('audit.exported');
    expect(last[0]?.actorId).toBe(adminId);
    expect(last[0]?.data).toEqual({ filters: { objectType: 'event', actor: hrUser.email }, rows: 2 });
  });

  it('filters the export by action and date, and refuses bad filters without auditing anything', async () => {
    const res = await admin.get(`${apiPaths.auditExport}?action=news.created&from=2000-01-01T00:00:00Z`);
    expect(csvLines(res.rawPayload).slice(1).every((l) => l.includes('"news.created"'))).toBe(true);
    const none = await admin.get(`${apiPaths.auditExport}?to=2000-01-01T00:00:00Z`);
    expect(csvLines(none.rawPayload)).toHaveLength(1);
    const before = await entries();
    const bad = await admin.get(`${apiPaths.auditExport}?from=yesterday`);
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).code).toBe('validation_failed');
    expect(await entries()).toBe(before);
    expect(auditExportMaxRows).toBe(100_000);
  });

  it('is for admins only', async () => {
    const before = await entries();
    for (const role of ['hr', 'recruiter', 'member'] as const) {
      const { agent } = await signInAs(t, role);
      expect((await agent.get(apiPaths.auditExport)).statusCode).toBe(403);
    }
    const counted = await t.db.execute<{ n: string }>(sql`select count(*) as n from audit_log where action = 'audit.exported'`);
    expect(Number(counted.rows[0]?.n)).toBe(3);
    expect(await entries()).toBe(before);
  });
});
