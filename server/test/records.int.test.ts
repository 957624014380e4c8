import { randomUUID } from 'node:crypto';
import { and, asc, eq, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiPaths,
  webPaths,
  ZInvitationPreview,
  ZInviteResult,
  ZRecordImport,
  ZRecordImportPage,
  ZRecordPage,
  type RecordImport,
} from '@alumni/shared';
import {
  auditLog,
  consents,
  employmentPeriods,
  employmentRecords,
  members,
  recordImports,
  recordInvitations,
  suppressions,
  users,
} from '../src/db/schema.js';
import { sendRecordInvitationJob, writeRecordImportJob } from '../src/modules/records/jobs.js';
import { importBatchSize } from '../src/modules/records/service.js';
import { Agent, bodyOf, createUser, errorOf, linkToken, mailTo, sessionOf, signInAs, startTestApp, uniqueEmail, type TestApp } from './helpers.js';

let t: TestApp;
let hr: Agent;
beforeAll(async () => {
  t = await startTestApp();
  hr = (await signInAs(t, 'hr')).agent;
});
afterAll(async () => {
  await t.close();
});

const header = 'employee_number,first_name,last_name,email,department,title,start_date,end_date';
/** A prefix of employee numbers that no other test uses, so counts are this test's own. */
const tag = () => `t${randomUUID().slice(0, 8)}`;
const latin1 = (s: string) => Buffer.from(s, 'latin1');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function upload(agent: Agent, fileName: string, content: Buffer | string, type = 'text/csv') {
  const boundary = `----alumni${randomUUID()}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return agent.request({
    method: 'POST',
    url: apiPaths.adminRecordImports,
    payload: Buffer.concat([head, typeof content === 'string' ? Buffer.from(content) : content, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}

async function preview(content: Buffer | string, fileName = 'export.csv'): Promise<RecordImport> {
  const res = await upload(hr, fileName, content);
  expect(res.statusCode, res.body).toBe(201);
  return bodyOf(res, ZRecordImport);
}

async function waitForImport(id: string): Promise<RecordImport> {
  for (let i = 0; i < 600; i++) {
    const current = bodyOf(await hr.get(apiPaths.adminRecordImport(id)), ZRecordImport);
    if (current.status !== 'importing') return current;
    await sleep(100);
  }
  throw new Error('the import did not finish');
}

async function commit(id: string): Promise<RecordImport> {
  const res = await hr.post(apiPaths.adminRecordImportCommit(id));
  expect(res.statusCode, res.body).toBe(202);
  expect(bodyOf(res, ZRecordImport).status).toBe('importing');
  return waitForImport(id);
}

/** Previews and commits a file, and expects it written. */
async function importFile(content: Buffer | string): Promise<RecordImport> {
  const done = await commit((await preview(content)).id);
  expect(done.status).toBe('done');
  return done;
}

const recordsOf = (prefix: string) =>
  t.db.select().from(employmentRecords).where(like(employmentRecords.employeeNumber, `${prefix}%`)).orderBy(asc(employmentRecords.employeeNumber), asc(employmentRecords.startDate));

describe('previewing an HR export', () => {
  it('lists every row’s problems by line and field and writes nothing', async () => {
    const p = tag();
    const csv = [
      header,
      `${p}1,Aino,Aalto,aino.${p}@example.fi,Hoiva,Hoitaja,2010-01-01,2012-06-30`,
      `${p}2,Bertta,Berg,not-an-email,Hoiva,Hoitaja,2011-01-01,2013-01-01`,
      `${p}3,Cecilia,Cedercreutz,,Hoiva,Hoitaja,31.2.2015,`,
      `${p}4,Daniel,Dahl,,Hoiva,Hoitaja,2016-05-01,2016-04-30`,
      `${p}1,Aino,Aalto,aino.${p}@example.fi,Hoiva,Hoitaja,2010-01-01,2012-06-30`,
      `,Eero,,,Hoiva,Hoitaja,2010-01-01,`,
      `${p}6,Fanni,Forsman,,Talous,Kirjanpitäjä,1.3.2018,31.8.2020`,
    ].join('\n');
    const imp = await preview(csv);
    expect(imp).toMatchObject({ status: 'previewed', fileName: 'export.csv', totalRows: 7, validRows: 2, newRows: 2, changedRows: 0, unchangedRows: 0, processedRows: 0 });
    const fields = (line: number) => imp.problems.filter((x) => x.line === line).map((x) => x.field);
    expect(fields(3)).toEqual(['email']);
    expect(fields(4)).toEqual(['start_date']);
    expect(imp.problems.find((x) => x.line === 4)?.message).toMatch(/31\.2\.2015/);
    expect(fields(5)).toEqual(['end_date']);
    expect(imp.problems.find((x) => x.line === 5)?.message).toBe('The end is before the start');
    expect(imp.problems.find((x) => x.line === 6)?.message).toMatch(/Duplicate of line 2/);
    // The console translates by code; the English message stays for API clients.
    expect(imp.problems.find((x) => x.line === 6)).toMatchObject({ code: 'duplicate_row', params: { line: '2' } });
    expect(imp.problems.find((x) => x.line === 4)).toMatchObject({ code: 'invalid_date', params: { value: '31.2.2015' } });
    expect(imp.problems.find((x) => x.line === 3)).toMatchObject({ code: 'invalid_email' });
    expect(fields(7)).toEqual(['employee_number', 'last_name']);
    expect(fields(2)).toEqual([]);
    expect(fields(8)).toEqual([]);
    expect(await recordsOf(p)).toEqual([]);

    // The stored preview holds the normalized rows that a commit would write.
    const [stored] = await t.db.select({ rows: recordImports.rows }).from(recordImports).where(eq(recordImports.id, imp.id));
    expect(stored?.rows).toEqual([
      expect.objectContaining({ employee_number: `${p}1`, start_date: '2010-01-01', end_date: '2012-06-30', email: `aino.${p}@example.fi` }),
      expect.objectContaining({ employee_number: `${p}6`, start_date: '2018-03-01', end_date: '2020-08-31', email: null }),
    ]);
  });

  it('reports wrong columns once for the whole file and keeps nothing importable', async () => {
    const imp = await preview('henkilönumero,etunimi,sähköposti\n1,Aino,a@example.fi\n2,Bo,b@example.fi\n');
    expect(imp).toMatchObject({ totalRows: 2, validRows: 0, newRows: 0 });
    expect(imp.problems).toHaveLength(1);
    expect(imp.problems[0]).toMatchObject({ line: 0, field: null });
    expect(imp.problems[0]?.message).toMatch(/Missing columns: last_name, department, title, start_date, end_date/);
    expect(imp.problems[0]).toMatchObject({ code: 'missing_columns', params: { missing: 'last_name, department, title, start_date, end_date' } });
    const res = await hr.post(apiPaths.adminRecordImportCommit(imp.id));
    expect(res.statusCode).toBe(422);
    expect(errorOf(res).code).toBe('rule_broken');
    expect(bodyOf(await hr.get(apiPaths.adminRecordImport(imp.id)), ZRecordImport).status).toBe('previewed');
  });

  it('reads a Latin-1 file with semicolons and a UTF-8 file with a BOM alike', async () => {
    const p = tag();
    const finnishHeader = 'Henkilönumero;Etunimi;Sukunimi;Sähköposti;Osasto;Nimike;Alkupäivä;Loppupäivä';
    const latin = latin1(`${finnishHeader}\r\n${p}1;Äijä;Öhman;;Hoiva;Lähihoitaja;1.2.2010;31.12.2019\r\n${p}2;Åsa;Sjöström;ASA.${p}@Example.fi;Kehitys;Kehittäjä;15.8.2012;\r\n`);
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${header}\n${p}3,Jörö,Ääritalo,,Hoiva,Sairaanhoitaja,2014-01-01,2020-02-29\n`)]);

    const a = await preview(latin, 'henkilöstö.csv');
    expect(a.problems).toEqual([]);
    expect(a).toMatchObject({ validRows: 2, fileName: 'henkilöstö.csv' });
    const b = await preview(bom);
    expect(b.problems).toEqual([]);
    await commit(a.id);
    await commit(b.id);

    const rows = await recordsOf(p);
    expect(rows.map((r) => [r.firstName, r.lastName, r.email, r.title, r.startDate, r.endDate])).toEqual([
      ['Äijä', 'Öhman', null, 'Lähihoitaja', '2010-02-01', '2019-12-31'],
      ['Åsa', 'Sjöström', `asa.${p}@example.fi`, 'Kehittäjä', '2012-08-15', null],
      ['Jörö', 'Ääritalo', null, 'Sairaanhoitaja', '2014-01-01', '2020-02-29'],
    ]);
  });

  it('holds back a row with a NUL character after the first 8 KB instead of failing', async () => {
    const p = tag();
    const filler = Array.from({ length: 200 }, (_, i) => `${p}${i},Etu${i},Suku${i},,Hoiva,Hoitaja,2010-01-01,`);
    const csv = Buffer.from(`${header}\n${filler.join('\n')}\n${p}nul,Nu\u0000l,Nieminen,,Hoiva,Hoitaja,2010-01-01,\n`);
    expect(csv.indexOf(0)).toBeGreaterThan(8192);
    const imp = await preview(csv, 'nul\u0000.csv');
    expect(imp).toMatchObject({ totalRows: 201, validRows: 200, fileName: 'nul.csv' });
    expect(imp.problems).toEqual([{ line: 202, field: null, code: 'nul_character', message: expect.stringContaining('NUL') as string }]);
    await commit(imp.id);
    expect(await recordsOf(p)).toHaveLength(200);
  });

  it('audits every preview, with the file and its counts, and every discard', async () => {
    const p = tag();
    const { agent, user } = await signInAs(t, 'hr');
    const res = await upload(agent, 'audited.csv', `${header}\n${p}1,Aino,Aalto,,Hoiva,Hoitaja,2010-01-01,\n${p}2,,Berg,,Hoiva,Hoitaja,2010-01-01,\n`);
    expect(res.statusCode, res.body).toBe(201);
    const imp = bodyOf(res, ZRecordImport);
    const entries = () => t.db.select().from(auditLog).where(and(eq(auditLog.objectType, 'record_import'), eq(auditLog.objectId, imp.id))).orderBy(asc(auditLog.id));
    const [previewed] = await entries();
    expect(previewed).toMatchObject({
      action: 'records.previewed',
      actorId: user.id,
      data: { fileName: 'audited.csv', totalRows: 2, validRows: 1, problemRows: 1, newRows: 1, changedRows: 0, unchangedRows: 0 },
    });
    expect((await agent.post(apiPaths.adminRecordImportDiscard(imp.id))).statusCode).toBe(200);
    expect((await agent.post(apiPaths.adminRecordImportDiscard(imp.id))).statusCode).toBe(409);
    const all = await entries();
    expect(all.map((e) => e.action)).toEqual(['records.previewed', 'records.discarded']);
    expect(all[1]).toMatchObject({ actorId: user.id, data: { fileName: 'audited.csv', totalRows: 2, validRows: 1 } });
  });

  it('refuses files that are not CSV, too large, or missing, with the documented errors', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const image = await upload(hr, 'photo.png', png, 'image/png');
    expect(image.statusCode).toBe(415);
    expect(errorOf(image).code).toBe('unsupported_media_type');

    const xlsx = await upload(hr, 'export.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), 'text/csv');
    expect(xlsx.statusCode).toBe(415);

    const json = await hr.post(apiPaths.adminRecordImports, { file: 'a,b' });
    expect(json.statusCode).toBe(415);
    expect(errorOf(json).code).toBe('unsupported_media_type');

    const huge = await upload(hr, 'export.csv', Buffer.alloc(21 * 1024 * 1024, 0x61));
    expect(huge.statusCode).toBe(413);
    expect(errorOf(huge).code).toBe('payload_too_large');

    const empty = await upload(hr, 'export.csv', '');
    expect(empty.statusCode).toBe(400);
    expect(errorOf(empty).details?.[0]?.path).toBe('file');

    const boundary = 'xyz123';
    const noFile = await hr.request({
      method: 'POST',
      url: apiPaths.adminRecordImports,
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\nhello\r\n--${boundary}--\r\n`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(noFile.statusCode).toBe(400);
    expect(errorOf(noFile).details?.[0]?.path).toBe('file');
  });

  it('is described in the OpenAPI document', async () => {
    const res = await t.app.inject({ url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ paths: Record<string, Record<string, { description?: string }>> }>();
    expect(doc.paths[apiPaths.adminRecordImports]?.post?.description).toMatch(/multipart\/form-data with the file in the field `file`/);
    expect(doc.paths[apiPaths.invitationJoin]?.post).toBeDefined();
  });

  it('is for HR and admins only', async () => {
    const csv = `${header}\n${tag()}1,A,B,,Hoiva,Hoitaja,2010-01-01,\n`;
    for (const role of ['member', 'recruiter'] as const) {
      const { agent } = await signInAs(t, role);
      expect((await upload(agent, 'export.csv', csv)).statusCode).toBe(403);
      expect((await agent.get(apiPaths.adminRecordImports)).statusCode).toBe(403);
      expect((await agent.get(apiPaths.adminRecords)).statusCode).toBe(403);
    }
    expect((await upload(new Agent(t.app), 'export.csv', csv)).statusCode).toBe(401);
    const { agent: admin } = await signInAs(t, 'admin');
    expect((await upload(admin, 'export.csv', csv)).statusCode).toBe(201);
  });
});

describe('committing an import', () => {
  it('writes the rows, shows progress up to the total and audits the counts', async () => {
    const p = tag();
    const lines = Array.from({ length: 2500 }, (_, i) => `${p}${i},Etu${i},Suku${i},p${i}.${p}@example.fi,Osasto ${i % 7},Nimike,2001-01-01,2009-12-31`);
    const imp = await preview(`${header}\n${lines.join('\n')}\n`);
    expect(imp).toMatchObject({ validRows: 2500, newRows: 2500 });
    const done = await commit(imp.id);
    expect(done).toMatchObject({ status: 'done', processedRows: 2500, validRows: 2500, newRows: 2500, changedRows: 0, unchangedRows: 0, error: null });
    expect(done.finishedAt).not.toBeNull();
    const [count] = await t.db.select({ n: sql<number>`count(*)::int` }).from(employmentRecords).where(like(employmentRecords.employeeNumber, `${p}%`));
    expect(count?.n).toBe(2500);
    const [stored] = await t.db.select({ rows: recordImports.rows }).from(recordImports).where(eq(recordImports.id, imp.id));
    expect(stored?.rows).toEqual([]);
    const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'records.imported'), eq(auditLog.objectId, imp.id)));
    expect(entry?.data).toMatchObject({ fileName: 'export.csv', totalRows: 2500, validRows: 2500, newRows: 2500, changedRows: 0, unchangedRows: 0 });

    const list = bodyOf(await hr.get(`${apiPaths.adminRecordImports}?limit=100`), ZRecordImportPage);
    expect(list.items.find((i) => i.id === imp.id)).toMatchObject({ status: 'done', processedRows: 2500 });
  });

  it('changes nothing when the same file comes again, and only what differs when it changes', async () => {
    const p = tag();
    const csv = `${header}\n${p}1,Aino,Aalto,a.${p}@example.fi,Hoiva,Hoitaja,2010-01-01,2012-01-01\n${p}2,Bo,Berg,,IT,Kehittäjä,2011-01-01,2015-01-01\n`;
    const first = await importFile(csv);
    const before = await recordsOf(p);
    expect(before).toHaveLength(2);
    await sleep(20);

    const again = await preview(csv);
    expect(again).toMatchObject({ validRows: 2, newRows: 0, changedRows: 0, unchangedRows: 2 });
    const done = await commit(again.id);
    expect(done).toMatchObject({ status: 'done', newRows: 0, changedRows: 0, unchangedRows: 2 });
    const after = await recordsOf(p);
    expect(after).toEqual(before);
    expect(after.every((r) => r.importId === first.id)).toBe(true);

    const changed = await preview(csv.replace('IT,Kehittäjä', 'IT,Arkkitehti'));
    expect(changed).toMatchObject({ newRows: 0, changedRows: 1, unchangedRows: 1 });
    await commit(changed.id);
    const last = await recordsOf(p);
    expect(last[0]).toEqual(before[0]);
    expect(last[1]).toMatchObject({ title: 'Arkkitehti', importId: changed.id });
    expect(last[1]?.updatedAt.getTime()).toBeGreaterThan(before[1]?.updatedAt.getTime() ?? Infinity);
  });

  it('never touches what a member set: profile, consents, periods, the link to the record', async () => {
    const p = tag();
    const email = uniqueEmail('member');
    await importFile(`${header}\n${p}1,Aino,Aalto,${email},Hoiva,Hoitaja,2010-01-01,2012-01-01\n`);
    const member = await createUser(t.db, { email, firstName: 'Aino-Maria', lastName: 'Aalto-Virtanen', member: { headline: 'Oma otsikko', city: 'Tampere', skills: ['hoito'] } });
    await t.db.update(employmentRecords).set({ memberId: member.id }).where(eq(employmentRecords.employeeNumber, `${p}1`));
    await t.db.insert(consents).values({ memberId: member.id, channel: 'newsletter', granted: true, source: 'profile' });
    await t.db.insert(employmentPeriods).values({ memberId: member.id, department: 'Oma osasto', title: 'Oma nimike', startDate: '2010-01-01', endDate: '2012-01-01' });
    const snapshot = async () => ({
      user: (await t.db.select().from(users).where(eq(users.id, member.id)))[0],
      member: (await t.db.select().from(members).where(eq(members.userId, member.id)))[0],
      consents: await t.db.select().from(consents).where(eq(consents.memberId, member.id)),
      periods: await t.db.select().from(employmentPeriods).where(eq(employmentPeriods.memberId, member.id)),
    });
    const before = await snapshot();

    await importFile(`${header}\n${p}1,Aino,Aalto,other.${email},Talous,Controller,2010-01-01,2013-01-01\n`);
    const [record] = await recordsOf(p);
    expect(record).toMatchObject({ department: 'Talous', title: 'Controller', endDate: '2013-01-01', email: `other.${email}`, memberId: member.id });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses to commit twice or after a discard, changing nothing', async () => {
    const p = tag();
    const imp = await preview(`${header}\n${p}1,Aino,Aalto,,Hoiva,Hoitaja,2010-01-01,\n`);
    await commit(imp.id);
    const twice = await hr.post(apiPaths.adminRecordImportCommit(imp.id));
    expect(twice.statusCode).toBe(409);
    expect(errorOf(twice).code).toBe('conflict');
    expect((await hr.post(apiPaths.adminRecordImportDiscard(imp.id))).statusCode).toBe(409);
    expect(bodyOf(await hr.get(apiPaths.adminRecordImport(imp.id)), ZRecordImport).status).toBe('done');

    const other = await preview(`${header}\n${p}2,Bo,Berg,,Hoiva,Hoitaja,2010-01-01,\n`);
    const discarded = await hr.post(apiPaths.adminRecordImportDiscard(other.id));
    expect(discarded.statusCode).toBe(200);
    expect(bodyOf(discarded, ZRecordImport).status).toBe('discarded');
    expect((await hr.post(apiPaths.adminRecordImportCommit(other.id))).statusCode).toBe(409);
    expect((await recordsOf(p)).map((r) => r.employeeNumber)).toEqual([`${p}1`]);

    // Two commits racing: one starts the write, the other is refused.
    const raced = await preview(`${header}\n${p}3,Cay,Cedercreutz,,Hoiva,Hoitaja,2010-01-01,\n`);
    const answers = await Promise.all([hr.post(apiPaths.adminRecordImportCommit(raced.id)), hr.post(apiPaths.adminRecordImportCommit(raced.id))]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([202, 409]);
    expect((await waitForImport(raced.id)).status).toBe('done');

    expect((await hr.get(apiPaths.adminRecordImport(randomUUID()))).statusCode).toBe(404);
  });

  it('writes all of an import or none of it, and says when it failed', async () => {
    const p = tag();
    const row = (i: number, start: string) => ({ employee_number: `${p}${i}`, first_name: 'A', last_name: 'B', email: null, department: 'D', title: 'T', member_type: null, start_date: start, end_date: null });
    // Rows that passed no preview: the second batch holds a date the database refuses.
    const rows = Array.from({ length: 1500 }, (_, i) => row(i, i === 1200 ? '2020-02-30' : '2010-01-01'));
    const [imp] = await t.db.insert(recordImports).values({ fileName: 'broken.csv', status: 'importing', rows, totalRows: 1500, validRows: 1500 }).returning();
    await t.queue.send(writeRecordImportJob, { importId: imp?.id ?? '', actorId: null, ip: null });
    const failed = await waitForImport(imp?.id ?? '');
    expect(failed).toMatchObject({ status: 'failed', processedRows: 0 });
    expect(failed.error).toMatch(/wrote nothing/);
    expect(failed.problems).toContainEqual({ line: 0, field: null, code: 'import_failed', message: failed.error });
    expect(await recordsOf(p)).toEqual([]);
    const [stored] = await t.db.select({ rows: recordImports.rows }).from(recordImports).where(eq(recordImports.id, imp?.id ?? ''));
    expect(stored?.rows).toEqual([]);
  });

  it('imports 50,000 rows', { timeout: 120_000 }, async () => {
    const p = tag();
    const lines = Array.from(
      { length: 50_000 },
      (_, i) => `${p}${i};Etunimi${i};Sukunimi${i};henkilo${i}.${p}@example.fi;Osasto ${i % 40};Nimike ${i % 15};${1 + (i % 28)}.${1 + (i % 12)}.${1990 + (i % 30)};`,
    );
    const file = `Henkilönumero;Etunimi;Sukunimi;Sähköposti;Osasto;Nimike;Alkupäivä;Loppupäivä\n${lines.join('\n')}\n`;
    const imp = await preview(file, 'koko-henkilöstö.csv');
    expect(imp).toMatchObject({ totalRows: 50_000, validRows: 50_000, newRows: 50_000, problems: [] });
    expect((await hr.post(apiPaths.adminRecordImportCommit(imp.id))).statusCode).toBe(202);
    // The console polls the import; what it sees only ever moves forward, up to the total.
    const seen: number[] = [];
    let done = bodyOf(await hr.get(apiPaths.adminRecordImport(imp.id)), ZRecordImport);
    while (done.status === 'importing') {
      seen.push(done.processedRows);
      await sleep(100);
      done = bodyOf(await hr.get(apiPaths.adminRecordImport(imp.id)), ZRecordImport);
    }
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.every((n) => n >= 0 && n <= 50_000 && n % importBatchSize === 0)).toBe(true);
    expect(done).toMatchObject({ status: 'done', processedRows: 50_000 });
    const [count] = await t.db.select({ n: sql<number>`count(*)::int` }).from(employmentRecords).where(like(employmentRecords.employeeNumber, `${p}%`));
    expect(count?.n).toBe(50_000);
    const [sample] = await t.db.select().from(employmentRecords).where(eq(employmentRecords.employeeNumber, `${p}49999`));
    expect(sample).toMatchObject({ firstName: 'Etunimi49999', department: 'Osasto 39', startDate: '2009-08-20', endDate: null });
  });
});

describe('HR’s record list', () => {
  it('searches by name, address and number, filters by department, leaving and membership, page by page', async () => {
    const p = tag();
    const memberEmail = uniqueEmail('rec');
    await importFile(
      [
        header,
        `${p}1,Kaarina,Kivelä,kaarina.${p}@example.fi,Kirjasto ${p},Kirjastonhoitaja,2001-01-01,2003-03-31`,
        `${p}2,Lauri,Laine,,Kirjasto ${p},Virkailija,2002-01-01,2003-06-30`,
        `${p}3,Mikko,Mäki,${memberEmail},Kirjasto ${p},Virkailija,2002-01-01,2004-01-31`,
        `${p}4,Niina,Nieminen,,Kirjasto ${p},Virkailija,2002-01-01,`,
      ].join('\n'),
    );
    await createUser(t.db, { email: memberEmail });
    const get = async (query: string) => {
      const res = await hr.get(`${apiPaths.adminRecords}?${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return bodyOf(res, ZRecordPage);
    };
    const numbers = (page: { items: { employeeNumber: string }[] }) => page.items.map((i) => i.employeeNumber);
    const dept = encodeURIComponent(`kirjasto ${p.toLowerCase()}`);

    expect(numbers(await get(`q=${encodeURIComponent('kaarina kiv')}`))).toEqual([`${p}1`]);
    expect(numbers(await get(`q=${encodeURIComponent(`kaarina.${p}@`)}`))).toEqual([`${p}1`]);
    expect(numbers(await get(`q=${p}2`))).toEqual([`${p}2`]);
    expect(new Set(numbers(await get(`department=${dept}`)))).toEqual(new Set([`${p}1`, `${p}2`, `${p}3`, `${p}4`]));
    expect(new Set(numbers(await get(`department=${dept}&leftFrom=2003-04-01&leftTo=2004-12-31`)))).toEqual(new Set([`${p}2`, `${p}3`]));
    expect(new Set(numbers(await get(`department=${dept}&notMember=true`)))).toEqual(new Set([`${p}1`, `${p}2`, `${p}4`]));

    const first = await get(`department=${dept}&limit=3`);
    expect(first.items).toHaveLength(3);
    expect(first.nextCursor).not.toBeNull();
    const second = await get(`department=${dept}&limit=3&cursor=${first.nextCursor ?? ''}`);
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...numbers(first), ...numbers(second)]).size).toBe(4);

    expect((await hr.get(`${apiPaths.adminRecords}?leftFrom=2003-02-30`)).statusCode).toBe(400);
    expect((await hr.get(`${apiPaths.adminRecords}?cursor=nonsense`)).statusCode).toBe(400);
  });

  it('answers a cursor that is not a uuid with 400 on both lists, also when it looks like one', async () => {
    for (const path of [apiPaths.adminRecords, apiPaths.adminRecordImports]) {
      for (const cursor of ['a'.repeat(36), '-'.repeat(36), '0000000g-0000-4000-8000-000000000000']) {
        const res = await hr.get(`${path}?cursor=${cursor}`);
        expect(res.statusCode, `${path} ${cursor}: ${res.body}`).toBe(400);
        expect(errorOf(res)).toMatchObject({ code: 'validation_failed', details: [{ path: 'cursor' }] });
      }
      // A well-formed id that names no row is an empty page, not an error.
      expect((await hr.get(`${path}?cursor=${randomUUID()}`)).statusCode).toBe(200);
    }
  });
});

describe('inviting people from the records', () => {
  it('invites a person once however often HR presses, in Finnish, with a link that joins them verified and signed in', async () => {
    const p = tag();
    const email = uniqueEmail('alumni');
    await importFile(
      `${header},member_type\n${p}1,Sirkka,Saarinen,${email},Hoiva,Lähihoitaja,2001-03-01,2005-08-31,\n${p}1,Sirkka,Saarinen,${email},Kotihoito,Tiimivastaava,2008-01-01,2015-12-31,retiree\n`,
    );
    const records = await recordsOf(p);
    const ids = records.map((r) => r.id);
    const first = await hr.post(apiPaths.adminRecordInvitations, { recordIds: ids });
    expect(first.statusCode, first.body).toBe(200);
    expect(bodyOf(first, ZInviteResult)).toEqual({ invited: 1, skipped: 0 });
    expect(bodyOf(await hr.post(apiPaths.adminRecordInvitations, { recordIds: ids }), ZInviteResult)).toEqual({ invited: 0, skipped: 1 });

    const mail = await t.mail.waitFor(mailTo(email, /Kutsu entisten työntekijöiden alumniyhteisöön/));
    expect(mail.text).toContain('Hei Sirkka,');
    expect(mail.html).toContain('lang="fi"');
    // The queue may run a job again: a sent invitation is not sent twice.
    const [sent] = await t.db.select().from(recordInvitations).where(eq(recordInvitations.employeeNumber, `${p}1`));
    await t.queue.send(sendRecordInvitationJob, { invitationId: sent?.id ?? '' });
    await sleep(1500);
    expect(t.mail.list().filter(mailTo(email))).toHaveLength(1);
    expect(bodyOf(await hr.post(apiPaths.adminRecordInvitations, { recordIds: [ids[0] ?? ''] }), ZInviteResult)).toEqual({ invited: 0, skipped: 1 });
    const invitations = await t.db.select().from(recordInvitations).where(eq(recordInvitations.employeeNumber, `${p}1`));
    expect(invitations).toHaveLength(1);
    expect(invitations[0]?.sentAt).not.toBeNull();
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.action, 'records.invited')).orderBy(asc(auditLog.id));
    expect(audits.at(-1)?.data).toMatchObject({ invited: 0, skipped: 1 });

    const listed = bodyOf(await hr.get(`${apiPaths.adminRecords}?q=${p}1`), ZRecordPage);
    expect(listed.items.every((r) => r.invitedAt !== null)).toBe(true);

    const token = linkToken(mail, webPaths.join);
    expect(mail.text).toContain(`${t.config.appUrl}${webPaths.join}?token=`);
    const visitor = new Agent(t.app);
    const shown = await visitor.post(apiPaths.invitationPreview, { token });
    expect(shown.statusCode, shown.body).toBe(200);
    expect(bodyOf(shown, ZInvitationPreview)).toEqual({
      email,
      firstName: 'Sirkka',
      lastName: 'Saarinen',
      language: 'fi',
      periods: [
        { department: 'Hoiva', title: 'Lähihoitaja', startDate: '2001-03-01', endDate: '2005-08-31' },
        { department: 'Kotihoito', title: 'Tiimivastaava', startDate: '2008-01-01', endDate: '2015-12-31' },
      ],
    });

    const joined = await visitor.post(apiPaths.invitationJoin, { token, password: 'sirkan salasana 123', firstName: 'Sirkka', lastName: 'Saarinen-Koski', language: 'sv' });
    expect(joined.statusCode, joined.body).toBe(200);
    const session = sessionOf(joined);
    expect(session.user).toMatchObject({ email, role: 'member', status: 'active', language: 'sv', lastName: 'Saarinen-Koski', emailVerified: true });
    expect(session.user.lastLoginAt).not.toBeNull();
    const me = await visitor.get(apiPaths.session);
    expect(me.statusCode).toBe(200);
    expect(sessionOf(me).user.id).toBe(session.user.id);
    // The new session works for state-changing requests with the CSRF token it was given.
    expect((await visitor.patch(apiPaths.account, { language: 'en' })).statusCode).toBe(200);

    const [member] = await t.db.select().from(members).where(eq(members.userId, session.user.id));
    expect(member).toMatchObject({ verificationStatus: 'verified', memberType: 'retiree' });
    expect(member?.verifiedAt).not.toBeNull();
    const periods = await t.db.select().from(employmentPeriods).where(eq(employmentPeriods.memberId, session.user.id)).orderBy(asc(employmentPeriods.startDate));
    expect(periods.map((x) => [x.department, x.startDate, x.endDate, x.verified, x.recordId])).toEqual([
      ['Hoiva', '2001-03-01', '2005-08-31', true, ids[0]],
      ['Kotihoito', '2008-01-01', '2015-12-31', true, ids[1]],
    ]);
    expect((await recordsOf(p)).map((r) => r.memberId)).toEqual([session.user.id, session.user.id]);
    const [accepted] = await t.db.select().from(recordInvitations).where(eq(recordInvitations.employeeNumber, `${p}1`));
    expect(accepted?.acceptedBy).toBe(session.user.id);
    expect(await t.db.select().from(consents).where(eq(consents.memberId, session.user.id))).toEqual([]);

    // The link is spent.
    const again = await new Agent(t.app).post(apiPaths.invitationJoin, { token, password: 'another password 123', firstName: 'X', lastName: 'Y', language: 'fi' });
    expect(again.statusCode).toBe(400);
    expect(errorOf(again).code).toBe('invalid_token');
    expect(errorOf(await new Agent(t.app).post(apiPaths.invitationPreview, { token })).code).toBe('invalid_token');
  });

  it('invites everyone who left in a range, skipping members, people without an address and suppressed addresses', async () => {
    const p = tag();
    const existing = uniqueEmail('existing');
    const linked = uniqueEmail('linked');
    const suppressedAddress = uniqueEmail('erased');
    const fresh = uniqueEmail('fresh');
    await importFile(
      [
        header,
        `${p}1,Outi,Oja,${fresh},Hoiva,Hoitaja,1985-01-01,1991-03-31`,
        `${p}2,Pekka,Puro,,Hoiva,Hoitaja,1985-01-01,1991-04-30`,
        `${p}3,Riitta,Ranta,${existing},Hoiva,Hoitaja,1985-01-01,1991-05-31`,
        `${p}4,Seppo,Salo,${linked},Hoiva,Hoitaja,1985-01-01,1991-06-30`,
        `${p}5,Tarja,Tie,${suppressedAddress},Hoiva,Hoitaja,1985-01-01,1991-07-31`,
        `${p}6,Unto,Uusi,outside.${p}@example.fi,Hoiva,Hoitaja,1985-01-01,1992-01-31`,
      ].join('\n'),
    );
    await createUser(t.db, { email: existing });
    const linkedMember = await createUser(t.db, { email: uniqueEmail('other') });
    await t.db.update(employmentRecords).set({ memberId: linkedMember.id }).where(eq(employmentRecords.employeeNumber, `${p}4`));
    await t.db.insert(suppressions).values({
      emailHash: sql`encode(sha256(convert_to(${suppressedAddress}, 'UTF8')), 'hex')`,
      reason: 'erased',
    });

    const res = await hr.post(apiPaths.adminRecordInvitations, { leftFrom: '1991-01-01', leftTo: '1991-12-31', language: 'sv' });
    expect(res.statusCode, res.body).toBe(200);
    expect(bodyOf(res, ZInviteResult)).toEqual({ invited: 1, skipped: 4 });
    // HR chose Swedish for this batch: the mail is in Swedish.
    await t.mail.waitFor(mailTo(fresh, /Inbjudan till alumnigemenskapen/));
    const invited = await t.db.select({ n: recordInvitations.employeeNumber }).from(recordInvitations).where(like(recordInvitations.employeeNumber, `${p}%`));
    expect(invited.map((i) => i.n)).toEqual([`${p}1`]);
    const [invitedEntry] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'records.invited')).orderBy(sql`${auditLog.id} desc`).limit(1);
    expect(invitedEntry?.data).toMatchObject({ invited: 1, skipped: 4, employeeNumbers: [`${p}1`] });
    expect(bodyOf(await hr.post(apiPaths.adminRecordInvitations, { leftFrom: '1991-01-01', leftTo: '1991-12-31' }), ZInviteResult)).toEqual({ invited: 0, skipped: 5 });

    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'records.invited')).orderBy(sql`${auditLog.id} desc`).limit(1);
    expect(entry?.data).toMatchObject({ invited: 0, skipped: 5, leftFrom: '1991-01-01', leftTo: '1991-12-31' });

    const bad = await hr.post(apiPaths.adminRecordInvitations, { leftFrom: '1991-12-31', leftTo: '1991-01-01' });
    expect(bad.statusCode).toBe(400);
    expect((await hr.post(apiPaths.adminRecordInvitations, { recordIds: [] })).statusCode).toBe(400);
    const { agent: member } = await signInAs(t, 'member');
    expect((await member.post(apiPaths.adminRecordInvitations, { leftFrom: '1991-01-01', leftTo: '1991-12-31' })).statusCode).toBe(403);
  });

  it('does not invite from a range someone hired again after leaving in it', async () => {
    const p = tag();
    const left = uniqueEmail('left');
    await importFile(
      [
        header,
        `${p}1,Aila,Aho,${left},Hoiva,Hoitaja,1980-01-01,1983-06-30`,
        // Left in the range, now back for good.
        `${p}2,Bror,Borg,back.${p}@example.fi,Hoiva,Hoitaja,1980-01-01,1983-06-30`,
        `${p}2,Bror,Borg,back.${p}@example.fi,Hoiva,Hoitaja,1990-01-01,`,
        // Left in the range, came back, and left again after it.
        `${p}3,Carl,Cronström,later.${p}@example.fi,Hoiva,Hoitaja,1980-01-01,1983-06-30`,
        `${p}3,Carl,Cronström,later.${p}@example.fi,Hoiva,Hoitaja,1986-01-01,1989-12-31`,
        // Two periods, the last one ending in the range.
        `${p}4,Doris,Dahl,twice.${p}@example.fi,Hoiva,Hoitaja,1978-01-01,1979-12-31`,
        `${p}4,Doris,Dahl,twice.${p}@example.fi,Hoiva,Hoitaja,1981-01-01,1983-09-30`,
      ].join('\n'),
    );
    const res = await hr.post(apiPaths.adminRecordInvitations, { leftFrom: '1983-01-01', leftTo: '1983-12-31' });
    expect(res.statusCode, res.body).toBe(200);
    const invited = await t.db.select({ n: recordInvitations.employeeNumber }).from(recordInvitations).where(like(recordInvitations.employeeNumber, `${p}%`)).orderBy(asc(recordInvitations.employeeNumber));
    expect(invited.map((i) => i.n)).toEqual([`${p}1`, `${p}4`]);
    expect(bodyOf(res, ZInviteResult)).toEqual({ invited: 2, skipped: 0 });
  });

  it('mails one invitation to an address under two employee numbers, however the requests race', async () => {
    const p = tag();
    const email = uniqueEmail('twonumbers');
    await importFile(`${header}\n${p}1,Eila,Ek,${email},Hoiva,Hoitaja,1990-01-01,1995-12-31\n${p}2,Eila,Ek,${email},IT,Tukihenkilö,1997-01-01,2001-12-31\n`);
    const [a, b] = await recordsOf(p);
    const answers = await Promise.all([
      hr.post(apiPaths.adminRecordInvitations, { recordIds: [a?.id ?? ''] }),
      hr.post(apiPaths.adminRecordInvitations, { recordIds: [b?.id ?? ''] }),
    ]);
    expect(answers.map((r) => r.statusCode)).toEqual([200, 200]);
    expect(answers.map((r) => bodyOf(r, ZInviteResult).invited).sort()).toEqual([0, 1]);
    const rows = await t.db.select().from(recordInvitations).where(sql`lower(${recordInvitations.email}) = ${email}`);
    expect(rows).toHaveLength(1);
    await t.mail.waitFor(mailTo(email));
    await sleep(1500);
    expect(t.mail.list().filter(mailTo(email))).toHaveLength(1);

    // The address is the key whatever its case: the database has the last word, not the check before the insert.
    const other = uniqueEmail('casing');
    await importFile(`${header}\n${p}3,Frida,Fors,${other},Hoiva,Hoitaja,1990-01-01,1995-12-31\n`);
    await t.db.insert(recordInvitations).values({ employeeNumber: `${p}9`, email: other.toUpperCase() });
    const [c] = (await recordsOf(p)).filter((r) => r.employeeNumber === `${p}3`);
    const again = await hr.post(apiPaths.adminRecordInvitations, { recordIds: [c?.id ?? ''] });
    expect(again.statusCode, again.body).toBe(200);
    expect(bodyOf(again, ZInviteResult)).toEqual({ invited: 0, skipped: 1 });
    expect(await t.db.select().from(recordInvitations).where(eq(recordInvitations.employeeNumber, `${p}3`))).toEqual([]);
  });

  it('sends a fresh link when HR invites again after the first expired unused, and only then', async () => {
    const p = tag();
    const email = uniqueEmail('again');
    await importFile(`${header}\n${p}1,Aili,Aaltonen,${email},Hoiva,Hoitaja,2000-01-01,2001-01-01\n`);
    const ids = (await recordsOf(p)).map((r) => r.id);
    expect(bodyOf(await hr.post(apiPaths.adminRecordInvitations, { recordIds: ids }), ZInviteResult)).toEqual({ invited: 1, skipped: 0 });
    const oldToken = linkToken(await t.mail.waitFor(mailTo(email)), webPaths.join);
    // While the link lives, pressing again sends nothing.
    expect(bodyOf(await hr.post(apiPaths.adminRecordInvitations, { recordIds: ids }), ZInviteResult)).toEqual({ invited: 0, skipped: 1 });

    await t.db.update(recordInvitations).set({ expiresAt: sql`now() - interval '1 minute'` }).where(eq(recordInvitations.employeeNumber, `${p}1`));
    t.mail.clear();
    expect(bodyOf(await hr.post(apiPaths.adminRecordInvitations, { recordIds: ids, language: 'en' }), ZInviteResult)).toEqual({ invited: 1, skipped: 0 });
    const renewed = await t.mail.waitFor(mailTo(email, /Invitation to the alumni community/));
    const newToken = linkToken(renewed, webPaths.join);
    expect(newToken).not.toBe(oldToken);
    expect(bodyOf(await hr.post(apiPaths.adminRecordInvitations, { recordIds: ids }), ZInviteResult)).toEqual({ invited: 0, skipped: 1 });
    await sleep(1000);
    expect(t.mail.list().filter(mailTo(email))).toHaveLength(1);
    // Still one invitation for the person; the old link is dead, the new one works.
    expect(await t.db.select().from(recordInvitations).where(eq(recordInvitations.employeeNumber, `${p}1`))).toHaveLength(1);
    const visitor = new Agent(t.app);
    expect(errorOf(await visitor.post(apiPaths.invitationPreview, { token: oldToken })).code).toBe('invalid_token');
    expect((await visitor.post(apiPaths.invitationPreview, { token: newToken })).statusCode).toBe(200);
  });

  it('refuses expired links, and an address that has an account meanwhile, changing nothing', async () => {
    const p = tag();
    const late = uniqueEmail('late');
    const taken = uniqueEmail('taken');
    await importFile(`${header}\n${p}1,Veli,Virta,${late},Hoiva,Hoitaja,2000-01-01,2001-01-01\n${p}2,Ylva,Ylönen,${taken},Hoiva,Hoitaja,2000-01-01,2001-01-01\n`);
    const ids = (await recordsOf(p)).map((r) => r.id);
    expect(bodyOf(await hr.post(apiPaths.adminRecordInvitations, { recordIds: ids }), ZInviteResult)).toEqual({ invited: 2, skipped: 0 });
    const lateToken = linkToken(await t.mail.waitFor(mailTo(late)), webPaths.join);
    const takenToken = linkToken(await t.mail.waitFor(mailTo(taken)), webPaths.join);

    await t.db.update(recordInvitations).set({ expiresAt: sql`now() - interval '1 minute'` }).where(eq(recordInvitations.employeeNumber, `${p}1`));
    const visitor = new Agent(t.app);
    expect(errorOf(await visitor.post(apiPaths.invitationPreview, { token: lateToken })).code).toBe('invalid_token');
    const expired = await visitor.post(apiPaths.invitationJoin, { token: lateToken, password: 'long enough password', firstName: 'Veli', lastName: 'Virta', language: 'fi' });
    expect(expired.statusCode).toBe(400);
    expect(errorOf(expired).code).toBe('invalid_token');
    expect(await t.db.select().from(users).where(eq(users.email, late))).toEqual([]);

    const owner = await createUser(t.db, { email: taken });
    const conflict = await visitor.post(apiPaths.invitationJoin, { token: takenToken, password: 'long enough password', firstName: 'Ylva', lastName: 'Ylönen', language: 'fi' });
    expect(conflict.statusCode).toBe(409);
    expect(errorOf(conflict).code).toBe('conflict');
    expect(visitor.cookie('alumni_session')).toBeUndefined();
    expect((await recordsOf(p)).map((r) => r.memberId)).toEqual([null, null]);
    expect(await t.db.select().from(employmentPeriods).where(eq(employmentPeriods.memberId, owner.id))).toEqual([]);
    const [inv] = await t.db.select().from(recordInvitations).where(eq(recordInvitations.employeeNumber, `${p}2`));
    expect(inv?.acceptedAt).toBeNull();

    const bogus = await visitor.post(apiPaths.invitationPreview, { token: 'x'.repeat(43) });
    expect(bogus.statusCode).toBe(400);
    expect(errorOf(bogus).code).toBe('invalid_token');
    const invalid = await visitor.post(apiPaths.invitationJoin, { token: lateToken, password: 'short', firstName: '', lastName: 'V', language: 'xx' });
    expect(invalid.statusCode).toBe(400);
    expect(errorOf(invalid).code).toBe('validation_failed');
  });
});
