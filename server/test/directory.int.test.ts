import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ZDirectoryFacets,
  ZDirectoryPage,
  ZPublicProfile,
  apiPaths,
  type DirectoryCard,
  type DirectoryQuery,
  type UserStatus,
  type VerificationStatus,
} from '@alumni/shared';
import { employmentPeriods, memberPhotos, members, users } from '../src/db/schema.js';
import { Agent, bodyOf, createUser, errorOf, signInAs, startTestApp, type TestApp, type UserOverrides } from './helpers.js';

let t: TestApp;
/** A verified member who searches; staff viewers of each role. */
let member: Agent;
let memberId: string;
let hr: Agent;
let recruiter: Agent;
let admin: Agent;

beforeAll(async () => {
  t = await startTestApp();
  ({ agent: member, user: { id: memberId } } = await signInAs(t, { role: 'member', firstName: 'Viewer', lastName: 'Vantaalainen', member: { city: 'Viewerton' } }));
  ({ agent: hr } = await signInAs(t, 'hr'));
  ({ agent: recruiter } = await signInAs(t, 'recruiter'));
  ({ agent: admin } = await signInAs(t, 'admin'));
});
afterAll(async () => {
  await t.close();
});

const url = (query: DirectoryQuery) => {
  const params = new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)]));
  return `${apiPaths.directory}?${params.toString()}`;
};
async function search(agent: Agent, query: DirectoryQuery) {
  const res = await agent.get(url(query));
  expect(res.statusCode, res.body).toBe(200);
  return bodyOf(res, ZDirectoryPage);
}
const ids = (cards: DirectoryCard[]) => cards.map((c) => c.id);

/** A listed member (active, verified, visible to members) unless the overrides say otherwise. */
async function person(firstName: string, lastName: string, o: UserOverrides = {}) {
  return createUser(t.db, { role: 'member', firstName, lastName, ...o });
}
async function addPeriod(memberId: string, department: string, title = 'lähihoitaja') {
  await t.db.insert(employmentPeriods).values({ memberId, department, title, startDate: '2010-01-01', endDate: '2015-12-31', verified: true });
}

describe('typo-tolerant, ranked search', () => {
  it('finds names with a typo and without their accents', async () => {
    const virtanen = await person('Aune', 'Virtanen');
    const sjoberg = await person('Göran', 'Sjöberg');
    const other = await person('Aune', 'Korpela');

    const typo = await search(member, { q: 'Virtannen' });
    expect(ids(typo.items)).toContain(virtanen.id);
    expect(ids(typo.items)).not.toContain(other.id);

    const folded = await search(member, { q: 'sjoberg' });
    expect(ids(folded.items)).toContain(sjoberg.id);
    expect(folded.items.find((c) => c.id === sjoberg.id)?.lastName).toBe('Sjöberg');
    expect(ids((await search(member, { q: 'SJÖBERG' })).items)).toContain(sjoberg.id);
  });

  it('finds the start of a word, several words, and words in the profile', async () => {
    const a = await person('Kerttu', 'Halmeaho', { member: { headline: 'Haavanhoidon asiantuntija', skills: ['Haavanhoito'], city: 'Kajaani' } });
    expect(ids((await search(member, { q: 'Halme' })).items)).toContain(a.id);
    expect(ids((await search(member, { q: 'kerttu halmeaho' })).items)).toEqual([a.id]);
    expect(ids((await search(member, { q: 'haavanhoi kajaani' })).items)).toContain(a.id);
    // A typo in a skill still finds the member when nothing matches exactly.
    expect(ids((await search(member, { q: 'haavanhito' })).items)).toContain(a.id);
  });

  it('ranks the exact name above names that only start with it or resemble it', async () => {
    const partial = await person('Anna', 'Lahdenperä');
    const exact = await person('Ville', 'Lahde');
    const similar = await person('Mikko', 'Lahdes');
    const items = ids((await search(member, { q: 'Lahde' })).items);
    expect(items).toContain(partial.id);
    expect(items.indexOf(exact.id)).toBe(0);
    expect(items.indexOf(exact.id)).toBeLessThan(items.indexOf(partial.id));
    expect(items.indexOf(exact.id)).toBeLessThan(items.indexOf(similar.id));

    const full = await person('Ville', 'Lahdenmäki');
    const both = ids((await search(member, { q: 'Ville Lahdenmäki' })).items);
    expect(both[0]).toBe(full.id);
  });

  it('treats a query without letters or digits as no query', async () => {
    const res = await search(member, { q: '!!! ---', limit: 5 });
    expect(res.items.length).toBeGreaterThan(0);
  });
});

describe('filters', () => {
  it('filters by skill (any case), department, city (any case) and member type', async () => {
    const nurse = await person('Iida', 'Filtteri', { member: { skills: ['Lääkehoito', 'Kirjaaminen'], city: 'Suomussalmi', memberType: 'retiree' } });
    const coder = await person('Onni', 'Filtteri', { member: { skills: ['TypeScript'], city: 'Suomussalmi', memberType: 'intern' } });
    await addPeriod(nurse.id, 'Kotihoito');
    await addPeriod(coder.id, 'IT', 'ohjelmistokehittäjä');

    expect(ids((await search(member, { skill: 'LÄÄKEHOITO' })).items)).toEqual([nurse.id]);
    expect(ids((await search(member, { skill: 'lääke' })).items)).toEqual([]);
    expect(ids((await search(member, { department: 'IT' })).items)).toEqual([coder.id]);
    expect(ids((await search(member, { city: 'suomussalmi' })).items).sort()).toEqual([nurse.id, coder.id].sort());
    expect(ids((await search(member, { city: 'Suomussalmi', memberType: 'intern' })).items)).toEqual([coder.id]);
    expect(ids((await search(member, { q: 'filtteri', department: 'Kotihoito' })).items)).toEqual([nurse.id]);
    const card = (await search(member, { department: 'Kotihoito', city: 'Suomussalmi' })).items[0];
    expect(card?.departments).toEqual(['Kotihoito']);
  });

  it('filters mentors, speakers and those open to return', async () => {
    const mentor = await person('Satu', 'Mentori', { member: { city: 'Pudasjärvi', mentor: true } });
    const speaker = await person('Jari', 'Puhuja', { member: { city: 'Pudasjärvi', speaker: true, openToReturn: true } });
    const neither = await person('Pirjo', 'Kumpikaan', { member: { city: 'Pudasjärvi' } });
    expect(ids((await search(member, { city: 'Pudasjärvi', mentor: 'true' })).items)).toEqual([mentor.id]);
    expect(ids((await search(member, { city: 'Pudasjärvi', speaker: 'true' })).items)).toEqual([speaker.id]);
    expect(ids((await search(member, { city: 'Pudasjärvi', openToReturn: 'true' })).items)).toEqual([speaker.id]);
    expect(ids((await search(member, { city: 'Pudasjärvi', mentor: 'false', speaker: 'false' })).items)).toEqual([neither.id]);
  });

  it('refuses bad filter values with the documented error', async () => {
    const res = await member.get(`${apiPaths.directory}?mentor=maybe&limit=500`);
    expect(res.statusCode).toBe(400);
    const paths = (errorOf(res).details ?? []).map((d) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['mentor', 'limit']));
  });
});

describe('keyset pagination', () => {
  async function allPages(agent: Agent, query: DirectoryQuery) {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 50; i++) {
      const res = await search(agent, { ...query, ...(cursor ? { cursor } : {}) });
      expect(res.items.length).toBeLessThanOrEqual(Number(query.limit ?? 25));
      seen.push(...ids(res.items));
      cursor = res.nextCursor;
      if (!cursor) return seen;
    }
    throw new Error('pagination did not end');
  }

  it('covers every result exactly once, by name and by rank', async () => {
    const city = 'Kuhmo';
    const made: string[] = [];
    // Same names twice, so ties are broken by id; names that rank at different tiers for "kuhmo".
    for (const [first, last] of [
      ['Aino', 'Öhman'], ['Aino', 'Öhman'], ['Eero', 'Aalto'], ['Eero', 'Aalto'], ['Kalle', 'Kuhmonen'], ['Liisa', 'Kuhmo'],
      ['Maija', 'Kuhmola'], ['Niilo', 'Åkerlund'], ['Olli', 'Ahonen'], ['Pia', 'Kuhmoinen'], ['Rauha', 'Ojala'],
    ] as const) {
      made.push((await person(first, last, { member: { city } })).id);
    }

    const byName = await allPages(member, { city, limit: 3 });
    expect([...byName].sort()).toEqual([...made].sort());
    expect(new Set(byName).size).toBe(byName.length);
    expect(byName).toEqual(ids((await search(member, { city, limit: 100 })).items));

    const ranked = await allPages(member, { q: 'kuhmo', city, limit: 2 });
    expect([...ranked].sort()).toEqual([...made].sort());
    expect(new Set(ranked).size).toBe(ranked.length);
    expect(ranked).toEqual(ids((await search(member, { q: 'kuhmo', city, limit: 100 })).items));
    // The member named exactly so comes first.
    expect(ranked[0]).toBe(made[5]);
  });

  it('orders the list by folded last name, then first name', async () => {
    const city = 'Sodankylä';
    const people = [
      await person('Ella', 'Öberg', { member: { city } }),
      await person('Bo', 'Oberg', { member: { city } }),
      await person('Aada', 'Äijälä', { member: { city } }),
      await person('Aku', 'Aaltonen', { member: { city } }),
    ];
    const names = (await search(member, { city })).items.map((c) => `${c.firstName} ${c.lastName}`);
    expect(names).toEqual(['Aku Aaltonen', 'Aada Äijälä', 'Bo Oberg', 'Ella Öberg']);
    expect(people).toHaveLength(4);
  });

  it('pages through names too long for the cursor by looking their position up', async () => {
    const city = 'Kemijärvi';
    const last = (n: number) => `Pitkäsukuinen${'nen'.repeat(40)}${String(n)}`;
    const first = 'Etunimi'.repeat(10);
    const made = [await person(first, last(2), { member: { city } }), await person(first, last(1), { member: { city } }), await person(first, last(3), { member: { city } })];
    const byName = await allPages(member, { city, limit: 1 });
    expect(byName).toEqual([made[1]?.id, made[0]?.id, made[2]?.id]);
    const ranked = await allPages(member, { q: 'pitkasukuinen', city, limit: 1 });
    expect(ranked).toEqual(byName);
  });

  it('answers 400 to a cursor it did not make', async () => {
    const page = await search(member, { q: 'kuhmo', limit: 1 });
    expect(page.nextCursor).not.toBeNull();
    const garbage = ['not a cursor!', 'bm9wZQ', Buffer.from('["r","1","x","y"]').toString('base64url'), Buffer.from('{"a":1}').toString('base64url')];
    for (const cursor of [...garbage, ...(page.nextCursor ? [page.nextCursor] : [])]) {
      // A ranked search's cursor means nothing to the list by name.
      const res = await member.get(url({ cursor }));
      expect(res.statusCode, cursor).toBe(400);
      expect(errorOf(res).code).toBe('validation_failed');
      expect(errorOf(res).details?.[0]?.path).toBe('cursor');
    }
  });
});

describe('kept up to date by the database', () => {
  const names = async (query: DirectoryQuery) => (await search(member, query)).items.map((c) => `${c.firstName} ${c.lastName}`);

  it('re-sorts a member whose name changes, and finds them by the new name only', async () => {
    const city = 'Utsjoki';
    const aho = await person('Aila', 'Aho', { member: { city } });
    await person('Bertta', 'Berg', { member: { city } });
    await person('Ceder', 'Cederlöf', { member: { city } });
    expect(await names({ city })).toEqual(['Aila Aho', 'Bertta Berg', 'Ceder Cederlöf']);

    await t.db.update(users).set({ lastName: 'Östlund' }).where(eq(users.id, aho.id));
    expect(await names({ city })).toEqual(['Bertta Berg', 'Ceder Cederlöf', 'Aila Östlund']);
    expect(ids((await search(member, { q: 'ostlund', city })).items)).toEqual([aho.id]);
    expect(ids((await search(member, { q: 'Aho', city })).items)).toEqual([]);
  });

  it('drops a member whose account is suspended at once, and lists them again when it is active', async () => {
    const city = 'Enontekiö';
    const m = await person('Sulo', 'Suspendoitu', { member: { city } });
    const listed = async () => [
      ids((await search(member, { city })).items),
      ids((await search(member, { q: 'Suspendoitu' })).items),
      (await member.get(apiPaths.directoryProfile(m.id))).statusCode,
    ];
    expect(await listed()).toEqual([[m.id], [m.id], 200]);
    await t.db.update(users).set({ status: 'suspended' }).where(eq(users.id, m.id));
    expect(await listed()).toEqual([[], [], 404]);
    await t.db.update(users).set({ status: 'active' }).where(eq(users.id, m.id));
    expect(await listed()).toEqual([[m.id], [m.id], 200]);
  });

  it('filters by a skill added after joining, in any case and without accents', async () => {
    const m = await person('Taito', 'Lisääjä', { member: { city: 'Savukoski', skills: ['Excel'] } });
    expect(ids((await search(member, { skill: 'Sårvård', city: 'Savukoski' })).items)).toEqual([]);
    await t.db.update(members).set({ skills: ['Excel', 'Sårvård'] }).where(eq(members.userId, m.id));
    expect(ids((await search(member, { skill: 'sarvard', city: 'Savukoski' })).items)).toEqual([m.id]);
  });
});

describe('names that resemble the query', () => {
  const city = 'Pelkosenniemi';

  it('count only when no name matches the query as typed, best resemblance first', async () => {
    const pesala = await person('Ansa', 'Pesälä', { member: { city } });
    const pesalla = await person('Bror', 'Pesällä', { member: { city } });
    expect(ids((await search(member, { q: 'Pesälä', city })).items)).toEqual([pesala.id]);
    expect(ids((await search(member, { q: 'pesalla', city })).items)).toEqual([pesalla.id]);
    // Nobody is called "Pesälää": both names resemble it, the closer one first.
    expect(ids((await search(member, { q: 'Pesälää', city })).items)).toEqual([pesala.id, pesalla.id]);
  });
});

describe('who sees whom', () => {
  let visible: string;
  let staffOnly: string;
  let hidden: string;
  const invisible: Record<string, string> = {};

  beforeAll(async () => {
    const as = (o: UserOverrides) => person('Näkyvä', 'Piilola', { ...o, member: { city: 'Piilola', ...o.member } });
    visible = (await as({})).id;
    staffOnly = (await as({ member: { directoryVisibility: 'staff' } })).id;
    hidden = (await as({ member: { directoryVisibility: 'hidden' } })).id;
    for (const v of ['unverified', 'pending', 'rejected', 'info_requested'] satisfies VerificationStatus[]) invisible[v] = (await as({ verification: v })).id;
    for (const s of ['suspended', 'erased', 'pending'] satisfies UserStatus[]) invisible[`user ${s}`] = (await as({ status: s })).id;
  });

  it('shows members only those who chose to be seen by members', async () => {
    for (const query of [{ city: 'Piilola' }, { q: 'Piilola' }, { q: 'näkyvä piilola' }, { q: 'Piilolla' }]) {
      expect(ids((await search(member, query)).items), JSON.stringify(query)).toEqual([visible]);
    }
  });

  it('shows staff also the staff-only members, and never the hidden ones', async () => {
    for (const agent of [hr, recruiter, admin]) {
      for (const query of [{ city: 'Piilola' }, { q: 'Piilola' }]) {
        expect(ids((await search(agent, query)).items).sort()).toEqual([visible, staffOnly].sort());
      }
    }
  });

  it('lists a member viewer themselves when they are visible', async () => {
    expect(ids((await search(member, { q: 'Vantaalainen' })).items)).toEqual([memberId]);
  });

  it('answers 404 alike for every profile the viewer may not see', async () => {
    const ok = await member.get(apiPaths.directoryProfile(visible));
    expect(ok.statusCode).toBe(200);
    const unknown = await member.get(apiPaths.directoryProfile('00000000-0000-4000-8000-000000000000'));
    expect(unknown.statusCode).toBe(404);
    for (const id of [staffOnly, hidden, ...Object.values(invisible)]) {
      const res = await member.get(apiPaths.directoryProfile(id));
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual(unknown.json());
    }
    expect((await hr.get(apiPaths.directoryProfile(staffOnly))).statusCode).toBe(200);
    for (const id of [hidden, ...Object.values(invisible)]) expect((await hr.get(apiPaths.directoryProfile(id))).statusCode).toBe(404);
  });

  it('offers facets only from members the viewer can see', async () => {
    await person('Facet', 'Piilotettu', { member: { city: 'Salaisuuskylä', directoryVisibility: 'hidden' } });
    await person('Facet', 'Henkilökunnalle', { member: { city: 'Henkilöstökylä', directoryVisibility: 'staff' } });
    const shown = await person('Facet', 'Näkyvä', { member: { city: 'Ähtäri' } });
    await addPeriod(shown.id, 'Vammaispalvelut');
    const res = await member.get(apiPaths.directoryFacets);
    expect(res.statusCode).toBe(200);
    const facets = bodyOf(res, ZDirectoryFacets);
    expect(facets.cities).toEqual(expect.arrayContaining(['Piilola', 'Ähtäri']));
    expect(facets.cities).not.toContain('Salaisuuskylä');
    expect(facets.cities).not.toContain('Henkilöstökylä');
    expect(facets.departments).toContain('Vammaispalvelut');
    // In the viewer's alphabet: Ä with A in English, after Z in Finnish.
    expect(facets.cities.indexOf('Ähtäri')).toBeLessThan(facets.cities.indexOf('Piilola'));
    const { agent: finn } = await signInAs(t, { role: 'member', language: 'fi' });
    const fiCities = bodyOf(await finn.get(apiPaths.directoryFacets), ZDirectoryFacets).cities;
    expect(fiCities.indexOf('Ähtäri')).toBeGreaterThan(fiCities.indexOf('Piilola'));
    const staffFacets = bodyOf(await hr.get(apiPaths.directoryFacets), ZDirectoryFacets);
    expect(staffFacets.cities).toContain('Henkilöstökylä');
    expect(staffFacets.cities).not.toContain('Salaisuuskylä');
  });

  it('refuses members whose own membership is not verified', async () => {
    for (const verification of ['unverified', 'pending', 'rejected', 'info_requested'] satisfies VerificationStatus[]) {
      const { agent } = await signInAs(t, { role: 'member', verification });
      for (const path of [url({ q: 'Piilola' }), url({}), apiPaths.directoryFacets, apiPaths.directoryProfile(visible)]) {
        const res = await agent.get(path);
        expect(res.statusCode, `${verification} ${path}`).toBe(403);
        expect(errorOf(res)).toMatchObject({ code: 'forbidden', message: 'Your membership is not verified yet' });
      }
    }
  });

  it('asks to sign in first', async () => {
    for (const path of [url({}), apiPaths.directoryFacets, apiPaths.directoryProfile(visible), apiPaths.memberPhoto(visible)]) {
      const res = await new Agent(t.app).get(path);
      expect(res.statusCode).toBe(401);
    }
  });
});

describe('cards and profile pages', () => {
  it('carry only what the member shows in the directory', async () => {
    const m = await person('Kortti', 'Kattila', {
      member: { headline: 'Kotihoidon kehittäjä', city: 'Iisalmi', country: 'FI', bio: 'Salainen elämäkerta', linkedinUrl: 'https://linkedin.com/in/kattila', skills: ['Perhetyö'], openToReturn: true, returnModes: ['project'] },
    });
    await addPeriod(m.id, 'Lasten ja nuorten palvelut', 'perhetyöntekijä');
    const res = await member.get(url({ q: 'Kattila' }));
    const raw = res.json<{ items: Record<string, unknown>[] }>().items[0] ?? {};
    expect(Object.keys(raw).sort()).toEqual(
      ['id', 'firstName', 'lastName', 'headline', 'currentEmployer', 'currentTitle', 'city', 'country', 'memberType', 'skills', 'departments', 'mentor', 'speaker', 'photoUrl'].sort(),
    );
    expect(JSON.stringify(raw)).not.toMatch(/@|Salainen|linkedin|returnModes|verification/);
    expect(raw.departments).toEqual(['Lasten ja nuorten palvelut']);

    const profile = bodyOf(await member.get(apiPaths.directoryProfile(m.id)), ZPublicProfile);
    expect(profile).toMatchObject({ bio: 'Salainen elämäkerta', linkedinUrl: 'https://linkedin.com/in/kattila', openToReturn: true, headline: 'Kotihoidon kehittäjä' });
    expect(profile.employment).toEqual([expect.objectContaining({ department: 'Lasten ja nuorten palvelut', title: 'perhetyöntekijä', startDate: '2010-01-01', verified: true })]);
    const rawProfile = (await member.get(apiPaths.directoryProfile(m.id))).body;
    expect(rawProfile).not.toMatch(/@test\.example|returnModes|email/);
  });
});

describe('photos', () => {
  let png: Buffer;
  const withPhoto = async (o: UserOverrides = {}) => {
    const user = await person('Kuva', 'Kuvaaja', o);
    const at = new Date();
    await t.db.insert(memberPhotos).values({ memberId: user.id, content: png, mimeType: 'image/png', width: 8, height: 8, updatedAt: at });
    await t.db.update(members).set({ photoUpdatedAt: at }).where(eq(members.userId, user.id));
    return user.id;
  };

  beforeAll(async () => {
    png = await sharp({ create: { width: 8, height: 8, channels: 3, background: { r: 10, g: 120, b: 200 } } }).png().toBuffer();
  });

  it('serves the bytes with a private, versioned cache and a validator', async () => {
    const id = await withPhoto();
    const card = (await search(member, { q: 'Kuvaaja' })).items.find((c) => c.id === id);
    expect(card?.photoUrl).toMatch(new RegExp(`^${apiPaths.memberPhoto(id)}\\?v=\\d+$`));
    const res = await member.get(card?.photoUrl ?? '');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.rawPayload.equals(png)).toBe(true);
    expect(res.headers['cache-control']).toBe('private, max-age=86400');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const etag = String(res.headers.etag);
    expect(etag).toMatch(/^"[\w-]+"$/);

    const again = await member.request({ method: 'GET', url: card?.photoUrl ?? '', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);

    const unversioned = await member.get(apiPaths.memberPhoto(id));
    expect(unversioned.statusCode).toBe(200);
    expect(unversioned.headers['cache-control']).toBe('private, no-cache');
  });

  it('shows a photo only to those who may see the member', async () => {
    const hiddenId = await withPhoto({ member: { directoryVisibility: 'hidden' } });
    const staffOnlyId = await withPhoto({ member: { directoryVisibility: 'staff' } });
    const pendingId = await withPhoto({ verification: 'pending' });
    const { agent: self, user: selfUser } = await signInAs(t, { role: 'member', member: { directoryVisibility: 'hidden' } });
    const selfId = selfUser.id;
    await t.db.insert(memberPhotos).values({ memberId: selfId, content: png, mimeType: 'image/png', width: 8, height: 8 });

    const status = async (agent: Agent, id: string) => (await agent.get(apiPaths.memberPhoto(id))).statusCode;
    expect(await status(member, hiddenId)).toBe(404);
    expect(await status(member, staffOnlyId)).toBe(404);
    expect(await status(member, pendingId)).toBe(404);
    expect(await status(recruiter, staffOnlyId)).toBe(200);
    expect(await status(recruiter, hiddenId)).toBe(404);
    for (const agent of [hr, admin]) {
      for (const id of [hiddenId, staffOnlyId, pendingId]) expect(await status(agent, id)).toBe(200);
    }
    // One's own photo, even when hidden from the directory.
    expect(await status(self, selfId)).toBe(200);
    // A member without a photo, and an unknown id, look the same.
    expect(await status(member, memberId)).toBe(404);
    expect(await status(hr, '00000000-0000-4000-8000-000000000000')).toBe(404);
    const refused = await member.get(apiPaths.memberPhoto(hiddenId));
    expect(refused.headers['cache-control']).toBe('no-store');
  });

  it('lets an unverified member see their own photo but nobody else', async () => {
    const { agent, user } = await signInAs(t, { role: 'member', verification: 'pending' });
    await t.db.insert(memberPhotos).values({ memberId: user.id, content: png, mimeType: 'image/png', width: 8, height: 8 });
    const visibleId = await withPhoto();
    expect((await agent.get(apiPaths.memberPhoto(user.id))).statusCode).toBe(200);
    expect((await agent.get(apiPaths.memberPhoto(visibleId))).statusCode).toBe(404);
  });
});

describe('rate limit', () => {
  it('slows down a viewer who searches too fast, and only them', async () => {
    const { agent } = await signInAs(t, 'member');
    for (let i = 0; i < 120; i++) {
      const res = await agent.get(url({ q: `haku ${i}`, limit: 1 }));
      expect(res.statusCode).toBe(200);
    }
    const limited = await agent.get(url({ q: 'yksi liikaa' }));
    expect(limited.statusCode).toBe(429);
    expect(errorOf(limited).code).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await member.get(url({ q: 'muut saavat hakea' }))).statusCode).toBe(200);
  });
});
