import { crc32 } from 'node:zlib';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths, consentChannels, ZConsentHistory, ZProfile, type Profile } from '@alumni/shared';
import { consents, employmentPeriods, memberPhotos, members, users } from '../src/db/schema.js';
import { Agent, bodyOf, createUser, errorOf, multipart, signInAs, startTestApp, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

const profileOf = (res: Awaited<ReturnType<Agent['get']>>): Profile => bodyOf(res, ZProfile);
const detailPaths = (res: Awaited<ReturnType<Agent['get']>>) => (errorOf(res).details ?? []).map((d) => d.path);

const memberRow = async (id: string) => (await t.db.select().from(members).where(eq(members.userId, id)))[0];
const userRow = async (id: string) => (await t.db.select().from(users).where(eq(users.id, id)))[0];
const photoRow = async (id: string) => (await t.db.select().from(memberPhotos).where(eq(memberPhotos.memberId, id)))[0];
const periodRows = async (id: string) => t.db.select().from(employmentPeriods).where(eq(employmentPeriods.memberId, id));
const consentRows = async (id: string) => t.db.select().from(consents).where(eq(consents.memberId, id)).orderBy(consents.id);

const upload = (agent: Agent, file: Buffer, o: { field?: string; filename?: string; type?: string } = {}) =>
  agent.request({ method: 'PUT', url: apiPaths.profilePhoto, ...multipart(file, o) });

const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } });

/** A JPEG as a phone writes it: camera make, GPS position, and "turn me upright" in the EXIF. */
const phoneJpeg = () =>
  solid(800, 600)
    .jpeg()
    .withMetadata({
      orientation: 6,
      exif: {
        IFD0: { Make: 'SecretCam', Model: 'Model X' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '60/1 10/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '24/1 56/1 0/1' },
      },
    })
    .toBuffer();

/** A valid PNG header declaring 100,000 × 100,000 pixels around one real pixel: a decompression bomb. */
async function pixelBomb(): Promise<Buffer> {
  const png = Buffer.from(await solid(1, 1).png().toBuffer());
  png.writeUInt32BE(100_000, 16);
  png.writeUInt32BE(100_000, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

describe('reading the own profile', () => {
  it('shows the user fields, the profile, periods newest first, all five consents and no photo', async () => {
    const { agent, user } = await signInAs(t, { role: 'member', firstName: 'Aino', lastName: 'Virtanen', member: { city: 'Tampere', skills: ['SQL'] } });
    await t.db.insert(employmentPeriods).values([
      { memberId: user.id, department: 'Finance', title: 'Analyst', startDate: '2012-01-01', endDate: '2015-06-30', verified: true },
      { memberId: user.id, department: 'IT', title: 'Architect', startDate: '2016-03-01', endDate: '2020-12-31' },
    ]);
    const res = await agent.get(apiPaths.profile);
    expect(res.statusCode).toBe(200);
    const p = profileOf(res);
    expect(p).toMatchObject({ id: user.id, email: user.email, firstName: 'Aino', lastName: 'Virtanen', language: 'en', city: 'Tampere', skills: ['SQL'], verificationStatus: 'verified', photoUrl: null, openToReturn: false, returnModes: [] });
    expect(p.employment.map((e) => [e.department, e.verified])).toEqual([
      ['IT', false],
      ['Finance', true],
    ]);
    expect(p.consents).toEqual(consentChannels.map((channel) => ({ channel, granted: false, changedAt: null })));
  });

  it('refuses staff (they have no member profile) and anonymous callers', async () => {
    for (const role of ['hr', 'recruiter', 'admin'] as const) {
      const { agent } = await signInAs(t, role);
      const res = await agent.get(apiPaths.profile);
      expect(res.statusCode).toBe(403);
      expect(errorOf(res).code).toBe('forbidden');
    }
    expect((await new Agent(t.app).get(apiPaths.profile)).statusCode).toBe(401);
  });

  it('only ever shows and changes the caller’s own profile, whatever id the request names', async () => {
    const { agent } = await signInAs(t, { role: 'member', firstName: 'Own' });
    const other = await createUser(t.db, { firstName: 'Other', member: { headline: 'Not yours' } });
    const res = await agent.get(`${apiPaths.profile}?id=${other.id}`);
    expect(profileOf(res)).toMatchObject({ firstName: 'Own', headline: null });
    const patched = await agent.request({ method: 'PATCH', url: `${apiPaths.profile}?id=${other.id}`, payload: { headline: 'Mine' } });
    expect(profileOf(patched).headline).toBe('Mine');
    expect((await memberRow(other.id))?.headline).toBe('Not yours');
    // An id in the body is an unknown field, not a way to pick the profile.
    const withId = await agent.patch(apiPaths.profile, { id: other.id, headline: 'X' });
    expect(withId.statusCode).toBe(400);
    expect((await memberRow(other.id))?.headline).toBe('Not yours');
  });
});

describe('editing the profile', () => {
  it('changes every field, names and language on the account, the rest on the profile', async () => {
    const { agent, user } = await signInAs(t, 'member');
    const before = await memberRow(user.id);
    const body = {
      firstName: '  Åsa ',
      lastName: 'Sjöberg',
      language: 'sv',
      memberType: 'retiree',
      headline: 'Data engineer',
      currentEmployer: 'Acme Oy',
      currentTitle: 'Lead',
      city: 'Vaasa',
      country: 'FI',
      linkedinUrl: 'https://www.linkedin.com/in/asa-sjoberg',
      bio: 'Worked here for ten years.',
      skills: [' Python ', 'python', 'SQL', 'PYTHON', 'Data modelling'],
      openToReturn: true,
      returnModes: ['project', 'gig', 'project'],
      mentor: true,
      speaker: true,
      directoryVisibility: 'staff',
    };
    const res = await agent.patch(apiPaths.profile, body);
    expect(res.statusCode).toBe(200);
    const p = profileOf(res);
    expect(p).toMatchObject({
      firstName: 'Åsa',
      lastName: 'Sjöberg',
      language: 'sv',
      memberType: 'retiree',
      headline: 'Data engineer',
      currentEmployer: 'Acme Oy',
      currentTitle: 'Lead',
      city: 'Vaasa',
      country: 'FI',
      linkedinUrl: 'https://www.linkedin.com/in/asa-sjoberg',
      bio: 'Worked here for ten years.',
      skills: ['Python', 'SQL', 'Data modelling'],
      openToReturn: true,
      returnModes: ['project', 'gig'],
      mentor: true,
      speaker: true,
      directoryVisibility: 'staff',
    });
    expect(profileOf(await agent.get(apiPaths.profile))).toEqual(p);
    const u = await userRow(user.id);
    expect(u).toMatchObject({ firstName: 'Åsa', lastName: 'Sjöberg', language: 'sv' });
    expect(u?.updatedAt.getTime()).toBeGreaterThan(user.updatedAt.getTime());
    const m = await memberRow(user.id);
    expect(m).toMatchObject({ memberType: 'retiree', city: 'Vaasa', skills: ['Python', 'SQL', 'Data modelling'], returnModes: ['project', 'gig'] });
    expect(m?.updatedAt.getTime()).toBeGreaterThan(before?.updatedAt.getTime() ?? Infinity);
  });

  it('changes only the fields sent, empties optional texts with "" or null, and drops return modes when not open to return', async () => {
    const { agent, user } = await signInAs(t, { role: 'member', member: { headline: 'Keep', city: 'Oulu', country: 'FI', linkedinUrl: 'https://linkedin.com/in/x', openToReturn: true, returnModes: ['summer'] } });
    const p = profileOf(await agent.patch(apiPaths.profile, { city: '', country: '', linkedinUrl: null }));
    expect(p).toMatchObject({ headline: 'Keep', city: null, country: null, linkedinUrl: null, openToReturn: true, returnModes: ['summer'] });

    const closed = profileOf(await agent.patch(apiPaths.profile, { openToReturn: false }));
    expect(closed).toMatchObject({ openToReturn: false, returnModes: [] });
    // Modes sent while not open to return mean nothing and are not kept.
    const ignored = profileOf(await agent.patch(apiPaths.profile, { returnModes: ['full_time'] }));
    expect(ignored.returnModes).toEqual([]);
    expect((await memberRow(user.id))?.returnModes).toEqual([]);
    const reopened = profileOf(await agent.patch(apiPaths.profile, { openToReturn: true, returnModes: ['full_time', 'part_time'] }));
    expect(reopened.returnModes).toEqual(['full_time', 'part_time']);
  });

  it('refuses bad input with a detail per field and changes nothing', async () => {
    const { agent, user } = await signInAs(t, { role: 'member', firstName: 'Before', member: { headline: 'Before' } });
    const snapshot = async () => ({ user: await userRow(user.id), member: await memberRow(user.id) });
    const start = await snapshot();
    const cases: Array<[unknown, string[]]> = [
      [{ headline: 'x'.repeat(161) }, ['headline']],
      [{ bio: 'x'.repeat(2001) }, ['bio']],
      [{ firstName: 'Changed', city: 'y'.repeat(101) }, ['city']],
      [{ linkedinUrl: 'http://linkedin.com/in/x' }, ['linkedinUrl']],
      [{ linkedinUrl: 'https://evil.example/linkedin.com/' }, ['linkedinUrl']],
      [{ country: 'Finland' }, ['country']],
      [{ country: 'fi' }, ['country']],
      [{ headline: 'ok', favouriteColour: 'blue' }, ['favouriteColour']],
      [{ firstName: '' }, ['firstName']],
      [{ firstName: null }, ['firstName']],
      [{ mentor: 'yes' }, ['mentor']],
      [{ skills: Array.from({ length: 31 }, (_, i) => `s${i}`) }, ['skills']],
      [{ skills: ['x'.repeat(51)] }, ['skills.0']],
      [{ returnModes: ['sometimes'] }, ['returnModes.0']],
      [{ language: 'de' }, ['language']],
      [{ directoryVisibility: 'everyone' }, ['directoryVisibility']],
      [{ headline: 'x'.repeat(161), bio: 'y'.repeat(2001), country: 'XXX' }, ['headline', 'bio', 'country']],
    ];
    for (const [body, paths] of cases) {
      const res = await agent.patch(apiPaths.profile, body);
      expect(res.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(errorOf(res).code).toBe('validation_failed');
      expect(detailPaths(res)).toEqual(expect.arrayContaining(paths));
    }
    const empty = await agent.patch(apiPaths.profile, {});
    expect(empty.statusCode).toBe(400);
    expect(errorOf(empty).message).toMatch(/Nothing to change/);
    const notJson = await agent.request({ method: 'PATCH', url: apiPaths.profile, payload: '{"headline":', headers: { 'content-type': 'application/json' } });
    expect(notJson.statusCode).toBe(400);
    expect(await snapshot()).toEqual(start);
  });
});

describe('the photo', () => {
  it('takes a phone JPEG, turns it upright, shrinks it and re-encodes it as WebP without EXIF or GPS', async () => {
    const { agent, user } = await signInAs(t, 'member');
    const jpeg = await phoneJpeg();
    const original = await sharp(jpeg).metadata();
    // The upload really carries what must not survive: a GPS block (tag 0x8825) and the camera.
    expect(original.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true);
    expect(jpeg.includes(Buffer.from('SecretCam'))).toBe(true);

    const res = await upload(agent, jpeg);
    expect(res.statusCode).toBe(200);
    const p = profileOf(res);
    const m = await memberRow(user.id);
    expect(m?.photoUpdatedAt).toBeInstanceOf(Date);
    expect(p.photoUrl).toBe(`${apiPaths.memberPhoto(user.id)}?v=${m?.photoUpdatedAt?.getTime()}`);

    const stored = await photoRow(user.id);
    expect(stored).toMatchObject({ mimeType: 'image/webp', width: 384, height: 512 });
    const meta = await sharp(stored?.content).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 384, height: 512 });
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect(stored?.content.includes(Buffer.from('SecretCam'))).toBe(false);
    expect(stored?.content.includes(Buffer.from('GPS'))).toBe(false);
  });

  it('takes a PNG and a WebP, never enlarges, reads the type from the bytes and replaces the old photo', async () => {
    const { agent, user } = await signInAs(t, 'member');
    const png = await solid(1024, 2048).png().toBuffer();
    const first = profileOf(await upload(agent, png, { filename: 'me.png', type: 'image/png' }));
    expect(await photoRow(user.id)).toMatchObject({ mimeType: 'image/webp', width: 256, height: 512 });

    const webp = await solid(120, 80).webp().toBuffer();
    // The declared type and name are wrong on purpose: only the bytes count.
    const res = await upload(agent, webp, { filename: 'me.jpg', type: 'image/jpeg' });
    expect(res.statusCode).toBe(200);
    const second = profileOf(res);
    expect(second.photoUrl).not.toBe(first.photoUrl);
    const rows = await t.db.select().from(memberPhotos).where(eq(memberPhotos.memberId, user.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ width: 120, height: 80 });
    expect((await sharp(rows[0]?.content).metadata()).format).toBe('webp');
  });

  it('refuses what is not a JPEG, PNG or WebP, too big or broken, with a clear error and nothing stored', async () => {
    const { agent, user } = await signInAs(t, 'member');
    const jpeg = await solid(300, 300).jpeg().toBuffer();
    const bigJpeg = Buffer.concat([jpeg, Buffer.alloc(6 * 1024 * 1024 - jpeg.length, 0)]);
    const cases: Array<{ name: string; file: Buffer; o?: { field?: string; filename?: string; type?: string }; status: number; code: string }> = [
      { name: '6 MB', file: bigJpeg, status: 413, code: 'payload_too_large' },
      { name: 'text renamed .jpg', file: Buffer.from('just some text, not a photo\n'.repeat(20)), o: { filename: 'photo.jpg', type: 'image/jpeg' }, status: 415, code: 'unsupported_media_type' },
      { name: 'GIF', file: await solid(40, 40).gif().toBuffer(), o: { filename: 'a.gif', type: 'image/gif' }, status: 415, code: 'unsupported_media_type' },
      { name: 'SVG', file: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'), o: { filename: 'a.svg', type: 'image/svg+xml' }, status: 415, code: 'unsupported_media_type' },
      { name: 'TIFF', file: await solid(40, 40).tiff().toBuffer(), o: { filename: 'a.tif', type: 'image/tiff' }, status: 415, code: 'unsupported_media_type' },
      { name: 'truncated JPEG', file: jpeg.subarray(0, Math.floor(jpeg.length / 2)), status: 400, code: 'validation_failed' },
      { name: 'JPEG with a broken header', file: Buffer.concat([jpeg.subarray(0, 30), Buffer.from(Array.from({ length: 500 }, (_, i) => (i * 7919) & 0xff))]), status: 400, code: 'validation_failed' },
      { name: 'pixel bomb', file: await pixelBomb(), o: { filename: 'bomb.png', type: 'image/png' }, status: 413, code: 'payload_too_large' },
      { name: 'empty file', file: Buffer.alloc(0), status: 400, code: 'validation_failed' },
      { name: 'wrong field name', file: jpeg, o: { field: 'photo' }, status: 400, code: 'validation_failed' },
    ];
    for (const c of cases) {
      const res = await upload(agent, c.file, c.o);
      expect(res.statusCode, c.name).toBe(c.status);
      const error = errorOf(res);
      expect(error.code, c.name).toBe(c.code);
      expect(error.details?.[0]?.path, c.name).toBe('file');
      expect(error.message.length, c.name).toBeGreaterThan(10);
    }
    const json = await agent.request({ method: 'PUT', url: apiPaths.profilePhoto, payload: { file: 'x' } });
    expect(json.statusCode).toBe(415);
    expect(errorOf(json).message).toMatch(/multipart/);
    expect(await photoRow(user.id)).toBeUndefined();
    expect((await memberRow(user.id))?.photoUpdatedAt).toBeNull();
  });

  it('keeps the old photo when a replacement is refused, and removes it on request', async () => {
    const { agent, user } = await signInAs(t, 'member');
    const ok = profileOf(await upload(agent, await solid(64, 64).png().toBuffer()));
    expect((await upload(agent, Buffer.from('not an image'))).statusCode).toBe(415);
    expect(profileOf(await agent.get(apiPaths.profile)).photoUrl).toBe(ok.photoUrl);
    expect(await photoRow(user.id)).toMatchObject({ width: 64, height: 64 });

    const removed = await agent.request({ method: 'DELETE', url: apiPaths.profilePhoto });
    expect(removed.statusCode).toBe(200);
    expect(profileOf(removed).photoUrl).toBeNull();
    expect(await photoRow(user.id)).toBeUndefined();
    expect((await memberRow(user.id))?.photoUpdatedAt).toBeNull();
    // Removing what is already gone is a no-op, not an error.
    expect((await agent.request({ method: 'DELETE', url: apiPaths.profilePhoto })).statusCode).toBe(200);
  });

  it('limits how often one member uploads, since each upload is decoded and re-encoded', async () => {
    const { agent, user } = await signInAs(t, 'member');
    const tiny = await solid(8, 8).png().toBuffer();
    for (let i = 0; i < 30; i++) expect((await upload(agent, tiny)).statusCode).toBe(200);
    const before = await photoRow(user.id);
    const limited = await upload(agent, await solid(16, 16).png().toBuffer());
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
    expect(await photoRow(user.id)).toEqual(before);
    // Another member is not held back by it.
    const { agent: other } = await signInAs(t, 'member');
    expect((await upload(other, tiny)).statusCode).toBe(200);
  });
});

describe('employment periods', () => {
  it('adds unverified periods, newest first, and refuses bad dates and unknown fields', async () => {
    const { agent, user } = await signInAs(t, 'member');
    const add = (body: unknown) => agent.post(apiPaths.profileEmployment, body);
    const res = await add({ department: ' Sales ', title: 'Account manager', startDate: '2010-02-01', endDate: '2014-05-31' });
    expect(res.statusCode).toBe(201);
    expect(profileOf(res).employment).toEqual([expect.objectContaining({ department: 'Sales', title: 'Account manager', startDate: '2010-02-01', endDate: '2014-05-31', verified: false })]);
    const later = profileOf(await add({ department: 'Marketing', title: 'Lead', startDate: '2015-01-01', endDate: null }));
    expect(later.employment.map((e) => e.department)).toEqual(['Marketing', 'Sales']);

    const bad: Array<[unknown, string]> = [
      [{ department: 'A', title: 'B', startDate: '2015-01-01', endDate: '2014-01-01' }, 'endDate'],
      [{ department: 'A', title: 'B', startDate: '2015-02-30', endDate: null }, 'startDate'],
      [{ department: '', title: 'B', startDate: '2015-01-01', endDate: null }, 'department'],
      [{ department: 'A', title: 'x'.repeat(121), startDate: '2015-01-01', endDate: null }, 'title'],
      [{ department: 'A', title: 'B', startDate: '2015-01-01', endDate: null, verified: true }, 'verified'],
      [{ department: 'A', title: 'B', startDate: '2999-01-01', endDate: null }, 'startDate'],
      [{ department: 'A', title: 'B', startDate: '2015-01-01' }, 'endDate'],
    ];
    for (const [body, path] of bad) {
      const r = await add(body);
      expect(r.statusCode, JSON.stringify(body)).toBe(400);
      expect(detailPaths(r)).toContain(path);
    }
    expect(await periodRows(user.id)).toHaveLength(2);
  });

  it('keeps at most 30 periods', async () => {
    const { agent, user } = await signInAs(t, 'member');
    await t.db.insert(employmentPeriods).values(Array.from({ length: 29 }, (_, i) => ({ memberId: user.id, department: `D${i}`, title: 'T', startDate: `${1980 + i}-01-01`, endDate: `${1980 + i}-12-31` })));
    const body = { department: 'Last', title: 'T', startDate: '2012-01-01', endDate: null };
    expect((await agent.post(apiPaths.profileEmployment, body)).statusCode).toBe(201);
    const over = await agent.post(apiPaths.profileEmployment, body);
    expect(over.statusCode).toBe(422);
    expect(errorOf(over).code).toBe('rule_broken');
    expect(await periodRows(user.id)).toHaveLength(30);
  });

  it('removes only the member’s own unverified periods', async () => {
    const { agent, user } = await signInAs(t, 'member');
    const other = await createUser(t.db);
    const [own, verified, theirs] = await t.db
      .insert(employmentPeriods)
      .values([
        { memberId: user.id, department: 'Own', title: 'T', startDate: '2010-01-01', endDate: '2011-01-01' },
        { memberId: user.id, department: 'Verified', title: 'T', startDate: '2012-01-01', endDate: '2013-01-01', verified: true },
        { memberId: other.id, department: 'Theirs', title: 'T', startDate: '2010-01-01', endDate: '2011-01-01' },
      ])
      .returning();
    if (!own || !verified || !theirs) throw new Error('periods not inserted');
    const del = (id: string) => agent.request({ method: 'DELETE', url: apiPaths.profileEmploymentItem(id) });

    const ok = await del(own.id);
    expect(ok.statusCode).toBe(200);
    expect(profileOf(ok).employment.map((e) => e.department)).toEqual(['Verified']);

    const locked = await del(verified.id);
    expect(locked.statusCode).toBe(422);
    expect(errorOf(locked).code).toBe('rule_broken');

    const foreign = await del(theirs.id);
    expect(foreign.statusCode).toBe(404);
    expect(errorOf(foreign).code).toBe('not_found');
    expect((await del(own.id)).statusCode).toBe(404);
    expect((await del('not-a-uuid')).statusCode).toBe(400);

    expect((await periodRows(user.id)).map((p) => p.department)).toEqual(['Verified']);
    expect((await periodRows(other.id)).map((p) => p.department)).toEqual(['Theirs']);
  });
});

describe('consents', () => {
  it('appends a history row only for real changes, with source and time, and repeating changes nothing', async () => {
    const { agent, user } = await signInAs(t, 'member');
    const put = (list: Array<{ channel: string; granted: boolean }>) => agent.request({ method: 'PUT', url: apiPaths.profileConsents, payload: { consents: list } });

    const granted = await put([
      { channel: 'newsletter', granted: true },
      { channel: 'tracking', granted: true },
      // Never given is already "not granted": no row for saying so.
      { channel: 'job_alerts', granted: false },
    ]);
    expect(granted.statusCode).toBe(200);
    const p = profileOf(granted);
    const state = Object.fromEntries(p.consents.map((c) => [c.channel, c]));
    expect(state.newsletter?.granted).toBe(true);
    expect(state.newsletter?.changedAt).not.toBeNull();
    expect(state.tracking?.granted).toBe(true);
    expect(state.job_alerts).toEqual({ channel: 'job_alerts', granted: false, changedAt: null });
    expect(p.consents.map((c) => c.channel)).toEqual([...consentChannels]);
    const rows = await consentRows(user.id);
    expect(rows.map((r) => [r.channel, r.granted, r.source])).toEqual(
      expect.arrayContaining([
        ['newsletter', true, 'profile'],
        ['tracking', true, 'profile'],
      ]),
    );
    expect(rows).toHaveLength(2);

    expect((await put([{ channel: 'newsletter', granted: true }, { channel: 'tracking', granted: true }])).statusCode).toBe(200);
    expect(await consentRows(user.id)).toHaveLength(2);

    const withdrawn = profileOf(await put([{ channel: 'newsletter', granted: false }, { channel: 'tracking', granted: true }]));
    expect(withdrawn.consents.find((c) => c.channel === 'newsletter')?.granted).toBe(false);
    const after = await consentRows(user.id);
    expect(after).toHaveLength(3);
    expect(after.at(-1)).toMatchObject({ channel: 'newsletter', granted: false, source: 'profile' });

    const history = bodyOf(await agent.get(apiPaths.profileConsents), ZConsentHistory).items;
    expect(history).toHaveLength(3);
    expect(history[0]).toMatchObject({ channel: 'newsletter', granted: false, source: 'profile' });
    const times = history.map((h) => Date.parse(h.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('refuses a channel given twice, an unknown channel and an empty list, writing nothing', async () => {
    const { agent, user } = await signInAs(t, 'member');
    const put = (payload: unknown) => agent.request({ method: 'PUT', url: apiPaths.profileConsents, payload: payload as Record<string, never> });
    const dup = await put({ consents: [{ channel: 'newsletter', granted: true }, { channel: 'newsletter', granted: false }] });
    expect(dup.statusCode).toBe(400);
    expect(detailPaths(dup)).toEqual(['consents.1.channel']);
    expect(detailPaths(await put({ consents: [{ channel: 'sms', granted: true }] }))).toContain('consents.0.channel');
    expect((await put({ consents: [] })).statusCode).toBe(400);
    expect((await put({ consents: [{ channel: 'newsletter', granted: 'yes' }] })).statusCode).toBe(400);
    expect((await put({})).statusCode).toBe(400);
    expect(await consentRows(user.id)).toHaveLength(0);
  });

  it('shows each member only their own history', async () => {
    const { agent } = await signInAs(t, 'member');
    const other = await createUser(t.db);
    await t.db.insert(consents).values({ memberId: other.id, channel: 'recruiter_contact', granted: true, source: 'signup' });
    expect(bodyOf(await agent.get(apiPaths.profileConsents), ZConsentHistory).items).toEqual([]);
    expect(profileOf(await agent.get(apiPaths.profile)).consents.every((c) => !c.granted)).toBe(true);
  });
});
