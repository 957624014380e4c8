import { and, eq, like, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZAdminSettings, ZBranding, apiPaths, defaultOrgSettings, maxLogoBytes, type OrgSettingsBody } from '@alumni/shared';
import { auditLog, orgAssets, settings } from '../src/db/schema.js';
import { Agent, bodyOf, errorOf, mailTo, multipart, signInAs, startTestApp, uniqueEmail, type TestApp } from './helpers.js';

let t: TestApp;
let admin: Agent;
beforeAll(async () => {
  t = await startTestApp();
  admin = (await signInAs(t, 'admin')).agent;
});
afterAll(async () => {
  await t.close();
});

type Res = Awaited<ReturnType<Agent['get']>>;
const adminSettingsOf = (res: Res) => bodyOf(res, ZAdminSettings);
const brandingOf = (res: Res) => bodyOf(res, ZBranding);
const anonymous = () => new Agent(t.app);

const orgRow = async () => (await t.db.select().from(settings).where(eq(settings.key, 'org')))[0];
const logoRow = async () => (await t.db.select().from(orgAssets).where(eq(orgAssets.key, 'logo')))[0];
const settingsAudit = () => t.db.select().from(auditLog).where(like(auditLog.action, 'settings.%')).orderBy(auditLog.id);

const put = (agent: Agent, body: unknown) => agent.request({ method: 'PUT', url: apiPaths.adminSettings, payload: body as Record<string, never> });
const uploadLogo = (agent: Agent, file: Buffer, o: { field?: string; filename?: string; type?: string } = {}) =>
  agent.request({ method: 'PUT', url: apiPaths.adminSettingsLogo, ...multipart(file, { filename: 'logo.png', type: 'image/png', ...o }) });

const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 4, background: { r: 31, g: 78, b: 121, alpha: 1 } } });

const saved: OrgSettingsBody = {
  orgName: '  Testi Oy Alumni  ',
  primaryColour: '#7A1F5C',
  accentColour: '#0b5d3b',
  languages: ['en', 'fi'],
  defaultLanguage: 'fi',
  savings: { recruitmentCostEur: 9000, onboardingCostEur: 4500 },
};

describe('before an admin saves anything', () => {
  it('shows the defaults with the deployment’s name, to the admin and on the public branding, with no logo', async () => {
    const res = await admin.get(apiPaths.adminSettings);
    expect(res.statusCode).toBe(200);
    expect(adminSettingsOf(res)).toEqual({ settings: { ...defaultOrgSettings, orgName: t.config.orgName }, logo: null, updatedAt: null });

    const branding = await anonymous().get(apiPaths.branding);
    expect(branding.statusCode).toBe(200);
    expect(brandingOf(branding)).toEqual({
      orgName: t.config.orgName,
      primaryColour: defaultOrgSettings.primaryColour,
      accentColour: defaultOrgSettings.accentColour,
      languages: ['fi', 'sv', 'en'],
      defaultLanguage: 'fi',
      logoUrl: null,
    });
    const logo = await anonymous().get(apiPaths.brandingLogo);
    expect(logo.statusCode).toBe(404);
    expect(errorOf(logo).code).toBe('not_found');
  });

  it('names the organisation in mails as the deployment does', async () => {
    const email = uniqueEmail('hr');
    expect((await admin.post(apiPaths.staffInvitations, { email, role: 'hr', language: 'en' })).statusCode).toBe(202);
    const mail = await t.mail.waitFor(mailTo(email));
    expect(mail.subject).toContain(t.config.orgName);
    expect(mail.html).toContain(`background:${defaultOrgSettings.primaryColour}`);
  });
});

describe('saving the settings', () => {
  it('saves, trims and normalises, reads back, and records the changed fields', async () => {
    const res = await put(admin, saved);
    expect(res.statusCode).toBe(200);
    const body = adminSettingsOf(res);
    const expected = {
      orgName: 'Testi Oy Alumni',
      primaryColour: '#7a1f5c',
      accentColour: '#0b5d3b',
      languages: ['fi', 'en'],
      defaultLanguage: 'fi',
      savings: { recruitmentCostEur: 9000, onboardingCostEur: 4500 },
    };
    expect(body.settings).toEqual(expected);
    expect(body.updatedAt).not.toBeNull();
    expect(adminSettingsOf(await admin.get(apiPaths.adminSettings)).settings).toEqual(expected);
    expect((await orgRow())?.value).toEqual(expected);

    const entries = await settingsAudit();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'settings.updated', objectType: 'settings', objectId: 'org' });
    expect(entries[0]?.data).toEqual({ changed: ['orgName', 'primaryColour', 'accentColour', 'languages', 'savings.recruitmentCostEur', 'savings.onboardingCostEur'] });

    const branding = brandingOf(await anonymous().get(apiPaths.branding));
    expect(branding).toMatchObject({ orgName: 'Testi Oy Alumni', primaryColour: '#7a1f5c', accentColour: '#0b5d3b', languages: ['fi', 'en'], defaultLanguage: 'fi' });
  });

  it('is idempotent: the same body again changes and records nothing', async () => {
    const before = await orgRow();
    const audits = (await settingsAudit()).length;
    // The same settings, written differently: other case, other order, spaces.
    const res = await put(admin, { ...saved, primaryColour: '#7a1f5c', languages: ['fi', 'en'], orgName: 'Testi Oy Alumni' });
    expect(res.statusCode).toBe(200);
    expect(adminSettingsOf(res).updatedAt).toBe(before?.updatedAt.toISOString());
    expect(await orgRow()).toEqual(before);
    expect(await settingsAudit()).toHaveLength(audits);
  });

  it('lists only what changed', async () => {
    const res = await put(admin, { ...saved, savings: { recruitmentCostEur: 12000, onboardingCostEur: 4500 }, defaultLanguage: 'en' });
    expect(res.statusCode).toBe(200);
    expect((await settingsAudit()).at(-1)?.data).toEqual({ changed: ['defaultLanguage', 'savings.recruitmentCostEur'] });
    expect((await put(admin, saved)).statusCode).toBe(200);
    expect((await settingsAudit()).at(-1)?.data).toEqual({ changed: ['defaultLanguage', 'savings.recruitmentCostEur'] });
  });

  it('refuses bad input with the field named, and changes and records nothing', async () => {
    const before = await orgRow();
    const audits = (await settingsAudit()).length;
    const cases: Array<{ name: string; body: unknown; path: string }> = [
      { name: 'a colour name', body: { ...saved, primaryColour: 'blue' }, path: 'primaryColour' },
      { name: 'a short hex', body: { ...saved, accentColour: '#abc' }, path: 'accentColour' },
      { name: 'CSS injection', body: { ...saved, primaryColour: '#000000;background:url(x)' }, path: 'primaryColour' },
      { name: 'yellow: white text unreadable', body: { ...saved, primaryColour: '#ffff00' }, path: 'primaryColour' },
      { name: 'just under AA', body: { ...saved, accentColour: '#777777' }, path: 'accentColour' },
      { name: 'empty name', body: { ...saved, orgName: '   ' }, path: 'orgName' },
      { name: 'name too long', body: { ...saved, orgName: 'x'.repeat(121) }, path: 'orgName' },
      { name: 'no languages', body: { ...saved, languages: [], defaultLanguage: 'fi' }, path: 'languages' },
      { name: 'a language twice', body: { ...saved, languages: ['fi', 'fi'] }, path: 'languages' },
      { name: 'an unknown language', body: { ...saved, languages: ['fi', 'de'] }, path: 'languages.1' },
      { name: 'default not offered', body: { ...saved, languages: ['fi', 'en'], defaultLanguage: 'sv' }, path: 'defaultLanguage' },
      { name: 'negative saving', body: { ...saved, savings: { recruitmentCostEur: -1, onboardingCostEur: 0 } }, path: 'savings.recruitmentCostEur' },
      { name: 'fractional saving', body: { ...saved, savings: { recruitmentCostEur: 10, onboardingCostEur: 0.5 } }, path: 'savings.onboardingCostEur' },
      { name: 'no savings', body: { ...saved, savings: undefined }, path: 'savings' },
      { name: 'an unknown field', body: { ...saved, logo: 'x' }, path: 'logo' },
    ];
    for (const c of cases) {
      const res = await put(admin, c.body);
      expect(res.statusCode, c.name).toBe(400);
      const error = errorOf(res);
      expect(error.code, c.name).toBe('validation_failed');
      expect(error.details?.map((d) => d.path), c.name).toContain(c.path);
    }
    const contrast = errorOf(await put(admin, { ...saved, primaryColour: '#ffff00' }));
    expect(contrast.details?.[0]?.message).toMatch(/contrast/);
    expect(await orgRow()).toEqual(before);
    expect(await settingsAudit()).toHaveLength(audits);
  });
});

describe('the logo', () => {
  it('takes a PNG, re-encodes it as PNG, serves it publicly with a long cache on its versioned address', async () => {
    const png = await solid(1600, 400).png().toBuffer();
    const res = await uploadLogo(admin, png);
    expect(res.statusCode).toBe(200);
    const body = adminSettingsOf(res);
    const row = await logoRow();
    expect(row).toMatchObject({ contentType: 'image/png' });
    expect(body.logo).toEqual({ contentType: 'image/png', bytes: row?.content.length, updatedAt: row?.updatedAt.toISOString() });
    expect(await sharp(row?.content).metadata()).toMatchObject({ format: 'png', width: 800, height: 200 });
    expect((await settingsAudit()).at(-1)).toMatchObject({ action: 'settings.logo_changed', objectId: 'logo', data: { contentType: 'image/png', bytes: row?.content.length } });

    const branding = brandingOf(await anonymous().get(apiPaths.branding));
    expect(branding.logoUrl).toBe(`${apiPaths.brandingLogo}?v=${row?.updatedAt.getTime()}`);
    const served = await anonymous().get(branding.logoUrl ?? '');
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.headers['cache-control']).toMatch(/max-age=31536000/);
    expect(served.headers['cache-control']).toMatch(/public/);
    expect(served.rawPayload.equals(row?.content ?? Buffer.alloc(0))).toBe(true);

    // Without the version (or with an old one) the address may change content, so it is revalidated.
    const unversioned = await anonymous().get(apiPaths.brandingLogo);
    expect(unversioned.statusCode).toBe(200);
    expect(unversioned.headers['cache-control']).toBe('public, no-cache');
    const again = await t.app.inject({ method: 'GET', url: apiPaths.brandingLogo, headers: { 'if-none-match': String(unversioned.headers.etag) } });
    expect(again.statusCode).toBe(304);
  });

  it('reads the type from the bytes and drops the metadata', async () => {
    const webp = await solid(200, 100).webp().withMetadata({ exif: { IFD0: { Artist: 'Secret Designer' } } }).toBuffer();
    expect(webp.includes(Buffer.from('Secret Designer'))).toBe(true);
    const before = await logoRow();
    const res = await uploadLogo(admin, webp, { filename: 'logo.jpg', type: 'image/jpeg' });
    expect(res.statusCode).toBe(200);
    expect(adminSettingsOf(res).logo?.contentType).toBe('image/webp');
    const row = await logoRow();
    expect(row?.content.includes(Buffer.from('Secret Designer'))).toBe(false);
    expect((await sharp(row?.content).metadata()).format).toBe('webp');
    // A new logo gets a new address.
    expect(row?.updatedAt.getTime()).not.toBe(before?.updatedAt.getTime());
    const served = await anonymous().get(brandingOf(await anonymous().get(apiPaths.branding)).logoUrl ?? '');
    expect(served.headers['content-type']).toBe('image/webp');
  });

  it('refuses a file too big, not an image or of another type, and keeps the logo it has', async () => {
    const before = await logoRow();
    const audits = (await settingsAudit()).length;
    const noise = await sharp(Buffer.from(Array.from({ length: 400 * 400 * 3 }, (_, i) => (i * 7919 + (i >> 3) * 104729) & 0xff)), { raw: { width: 400, height: 400, channels: 3 } })
      .png({ compressionLevel: 0 })
      .toBuffer();
    expect(noise.length).toBeGreaterThan(maxLogoBytes);
    const cases: Array<{ name: string; file: Buffer; o?: { field?: string; filename?: string; type?: string }; status: number; code: string }> = [
      { name: 'over the limit', file: noise, status: 413, code: 'payload_too_large' },
      { name: 'text renamed .png', file: Buffer.from('not an image at all\n'.repeat(20)), status: 415, code: 'unsupported_media_type' },
      { name: 'GIF', file: await solid(40, 40).gif().toBuffer(), o: { filename: 'a.gif', type: 'image/gif' }, status: 415, code: 'unsupported_media_type' },
      { name: 'SVG', file: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'), o: { filename: 'a.svg', type: 'image/svg+xml' }, status: 415, code: 'unsupported_media_type' },
      { name: 'empty file', file: Buffer.alloc(0), status: 400, code: 'validation_failed' },
      { name: 'wrong field', file: await solid(20, 20).png().toBuffer(), o: { field: 'logo' }, status: 400, code: 'validation_failed' },
    ];
    for (const c of cases) {
      const res = await uploadLogo(admin, c.file, c.o);
      expect(res.statusCode, c.name).toBe(c.status);
      const error = errorOf(res);
      expect(error.code, c.name).toBe(c.code);
      expect(error.details?.[0]?.path, c.name).toBe('file');
    }
    const json = await admin.request({ method: 'PUT', url: apiPaths.adminSettingsLogo, payload: { file: 'x' } });
    expect(json.statusCode).toBe(415);
    expect(errorOf(json).message).toMatch(/multipart/);
    expect(await logoRow()).toEqual(before);
    expect(await settingsAudit()).toHaveLength(audits);
  });

  it('is removed on request; removing it again is a no-op', async () => {
    const res = await admin.request({ method: 'DELETE', url: apiPaths.adminSettingsLogo });
    expect(res.statusCode).toBe(200);
    expect(adminSettingsOf(res).logo).toBeNull();
    expect(await logoRow()).toBeUndefined();
    expect((await settingsAudit()).at(-1)).toMatchObject({ action: 'settings.logo_removed', objectId: 'logo' });
    expect(brandingOf(await anonymous().get(apiPaths.branding)).logoUrl).toBeNull();
    expect((await anonymous().get(apiPaths.brandingLogo)).statusCode).toBe(404);

    const audits = (await settingsAudit()).length;
    expect((await admin.request({ method: 'DELETE', url: apiPaths.adminSettingsLogo })).statusCode).toBe(200);
    expect(await settingsAudit()).toHaveLength(audits);
  });
});

describe('who may change the settings', () => {
  it('refuses HR, recruiters and members with 403 and the signed-out with 401, changing nothing', async () => {
    const png = await solid(40, 40).png().toBuffer();
    const before = await orgRow();
    const audits = (await settingsAudit()).length;
    for (const role of ['hr', 'recruiter', 'member'] as const) {
      const { agent } = await signInAs(t, role);
      const tries = [
        await agent.get(apiPaths.adminSettings),
        await put(agent, saved),
        await uploadLogo(agent, png),
        await agent.request({ method: 'DELETE', url: apiPaths.adminSettingsLogo }),
      ];
      for (const res of tries) {
        expect(res.statusCode, role).toBe(403);
        expect(errorOf(res).code).toBe('forbidden');
      }
      // Everyone reads the branding.
      expect((await agent.get(apiPaths.branding)).statusCode).toBe(200);
    }
    const signedOut = await anonymous().request({ method: 'PUT', url: apiPaths.adminSettings, payload: saved });
    expect(signedOut.statusCode).toBe(401);
    expect(await orgRow()).toEqual(before);
    expect(await logoRow()).toBeUndefined();
    expect(await settingsAudit()).toHaveLength(audits);
  });
});

describe('mails after the settings are saved', () => {
  it('carry the new name and colours, and come in the default language when the reader’s is not offered', async () => {
    expect((await put(admin, { ...saved, orgName: 'Uusi Nimi Alumni', languages: ['fi', 'en'], defaultLanguage: 'fi' })).statusCode).toBe(200);

    const english = uniqueEmail('recruiter');
    expect((await admin.post(apiPaths.staffInvitations, { email: english, role: 'recruiter', language: 'en' })).statusCode).toBe(202);
    const en = await t.mail.waitFor(mailTo(english));
    expect(en.subject).toBe('Invitation to the alumni console – Uusi Nimi Alumni');
    expect(en.text).toContain('– Uusi Nimi Alumni');
    expect(en.html).toContain('background:#7a1f5c');
    expect(en.html).toContain('color:#0b5d3b');
    expect(en.html).not.toContain(t.config.orgName);

    // Swedish is not offered now: the invitation comes in Finnish, its role named in Finnish too.
    const swedish = uniqueEmail('recruiter');
    expect((await admin.post(apiPaths.staffInvitations, { email: swedish, role: 'recruiter', language: 'sv' })).statusCode).toBe(202);
    const sv = await t.mail.waitFor(mailTo(swedish));
    expect(sv.subject).toBe('Kutsu ylläpitoon – Uusi Nimi Alumni');
    expect(sv.text).toContain('rekrytoija');
    expect(sv.html).toContain('lang="fi"');

    const stored = await t.db.execute<{ name: string }>(sql`select value->>'orgName' as name from settings where key = 'org'`);
    expect(stored.rows[0]?.name).toBe('Uusi Nimi Alumni');
    const entries = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'settings.updated'), eq(auditLog.objectId, 'org')));
    expect(entries.at(-1)?.data).toEqual({ changed: ['orgName'] });
  });
});
