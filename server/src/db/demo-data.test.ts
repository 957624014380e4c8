import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  ZClaimBody,
  ZEmail,
  ZEmployeeNumber,
  ZUpdateProfileBody,
  consentChannels,
  directoryVisibilities,
  languages,
  memberTypes,
  returnModes,
  roles,
  verificationStatuses,
  type ConsentChannel,
} from '@alumni/shared';
import {
  buildDemoRows,
  demoAccounts,
  generateDemoData,
  generateDemoMembers,
  pick,
  type DemoClaim,
  type DemoData,
  type DemoMember,
  type DemoRecord,
} from './demo-data.js';

// A fixed day keeps the generated dates, and so these expectations, independent of when the tests run.
const now = new Date('2026-11-23T12:00:00Z');
const today = '2026-11-23';
const aYearAgo = '2025-11-23';
const members = generateDemoMembers(2000, 42, now);
// The default demo, as `pnpm start` loads it, and a large one for shares and for the matching rule.
const demo = generateDemoData({ now });
const large = generateDemoData({ members: 2000, formerEmployees: 1000, now });

const share = (predicate: (m: DemoMember) => boolean, of: readonly DemoMember[] = members): number => of.filter(predicate).length / of.length;

function consentInForce(m: DemoMember, channel: ConsentChannel): boolean {
  return m.consents.filter((c) => c.channel === channel).at(-1)?.granted ?? false;
}

const everyone = (d: DemoData) => [d.demoMember, ...d.members, ...d.formerEmployees];
const allRecords = (d: DemoData): DemoRecord[] => everyone(d).flatMap((p) => p.records);
const claimants = (d: DemoData): DemoMember[] => [d.demoMember, ...d.members];

/** The last day the member worked here, by whatever is known of it. */
const leftOn = (m: DemoMember): string =>
  [...m.employment.map((p) => p.endDate), ...m.records.map((r) => r.endDate), m.claim?.endMonth ?? ''].sort().at(-1) ?? '';

// Endings that Finland-Swedish surnames have and Finnish ones in the name lists do not.
const swedishSurname = /(qvist|berg|ström|lund|man|holm|gren|blom|roos|sson|ell)$/;

/*
 * The membership rule, written out here on its own so the test does not lean on the generator's
 * copy: a record matches a claim by the member's address, or by the name folded as alumni_fold does
 * with the claimed months overlapping the record (and the employee number equal when given). Where
 * any record matches by address, only those count.
 */
const fold = (first: string, last: string) =>
  `${first} ${last}`
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
const endOfMonth = (firstDay: string) => new Date(Date.UTC(Number(firstDay.slice(0, 4)), Number(firstDay.slice(5, 7)), 0)).toISOString().slice(0, 10);

/** The rule over a fixed set of records, with the records grouped by address and by folded name. */
function ruleOver(records: readonly DemoRecord[]): (m: DemoMember, claim: DemoClaim) => DemoRecord[] {
  const group = (key: (r: DemoRecord) => string | null) => {
    const map = new Map<string, DemoRecord[]>();
    for (const r of records) {
      const k = key(r);
      if (k !== null) map.set(k, [...(map.get(k) ?? []), r]);
    }
    return map;
  };
  const byEmail = group((r) => r.email);
  const byName = group((r) => fold(r.firstName, r.lastName));
  return (m, claim) => {
    const sameAddress = byEmail.get(m.email.toLowerCase()) ?? [];
    if (sameAddress.length > 0) return sameAddress;
    return (byName.get(fold(m.firstName, m.lastName)) ?? []).filter(
      (r) =>
        r.startDate <= endOfMonth(claim.endMonth) &&
        r.endDate >= claim.startMonth &&
        (claim.employeeNumber === null || claim.employeeNumber === r.employeeNumber),
    );
  };
}

describe('generateDemoMembers', () => {
  it('gives the same members for the same seed and day', () => {
    expect(generateDemoMembers(50, 7, now)).toEqual(generateDemoMembers(50, 7, now));
    expect(generateDemoMembers(50, 7, now)).not.toEqual(generateDemoMembers(50, 8, now));
  });

  it('extends a smaller run with the same first members', () => {
    expect(generateDemoMembers(100, 42, now).slice(0, 20)).toEqual(members.slice(0, 20));
  });

  it('rejects a negative or fractional count', () => {
    expect(() => generateDemoMembers(-1, 42, now)).toThrow(RangeError);
    expect(() => generateDemoMembers(1.5, 42, now)).toThrow(RangeError);
    expect(generateDemoMembers(0, 42, now)).toEqual([]);
    expect(() => generateDemoData({ formerEmployees: -3, now })).toThrow(RangeError);
  });

  it('gives every member a unique address at an example domain', () => {
    const emails = members.map((m) => m.email.toLowerCase());
    expect(new Set(emails).size).toBe(members.length);
    for (const email of emails) expect(email).toMatch(/^[a-z0-9._-]+@example\.(fi|com|se)$/);
  });

  it('keeps every value within the shared enums', () => {
    for (const m of members) {
      expect(languages).toContain(m.language);
      expect(memberTypes).toContain(m.memberType);
      expect(directoryVisibilities).toContain(m.directoryVisibility);
      expect(verificationStatuses).toContain(m.verificationStatus);
      for (const mode of m.returnModes) expect(returnModes).toContain(mode);
      for (const c of m.consents) expect(consentChannels).toContain(c.channel);
    }
  });

  it('gives every profile values the profile form itself would accept', () => {
    for (const m of members) {
      const { success, error } = ZUpdateProfileBody.safeParse({
        firstName: m.firstName,
        lastName: m.lastName,
        language: m.language,
        memberType: m.memberType,
        headline: m.headline,
        currentEmployer: m.currentEmployer,
        currentTitle: m.currentTitle,
        city: m.city,
        country: m.country,
        linkedinUrl: m.linkedinUrl,
        bio: m.bio,
        skills: m.skills,
        openToReturn: m.openToReturn,
        returnModes: m.returnModes,
        mentor: m.mentor,
        speaker: m.speaker,
        directoryVisibility: m.directoryVisibility,
      });
      expect(error?.issues ?? []).toEqual([]);
      expect(success).toBe(true);
    }
    expect(share((m) => m.linkedinUrl !== null)).toBeGreaterThan(0.2);
  });

  it('gives verified members past employment periods, in order and without overlap', () => {
    for (const m of members.filter((x) => x.verificationStatus === 'verified')) {
      expect(m.employment.length).toBeGreaterThanOrEqual(1);
      expect(m.employment.length).toBeLessThanOrEqual(3);
      let previousEnd = '';
      for (const p of m.employment) {
        expect(p.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(p.endDate >= p.startDate).toBe(true);
        expect(p.endDate < today).toBe(true);
        expect(p.startDate > previousEnd).toBe(true);
        expect(Number(p.startDate.slice(0, 4))).toBeGreaterThanOrEqual(1990);
        expect(Number(p.startDate.slice(0, 4))).toBeLessThanOrEqual(2024);
        expect(p.department.length).toBeGreaterThan(0);
        expect(p.title.length).toBeGreaterThan(0);
        previousEnd = p.endDate;
      }
    }
  });

  it('keeps summer jobs in June to August and retirements in 2015 to 2025', () => {
    const verified = members.filter((x) => x.verificationStatus === 'verified');
    for (const m of verified.filter((x) => x.memberType === 'summer_worker')) {
      for (const p of m.employment) {
        expect(p.startDate.slice(0, 4)).toBe(p.endDate.slice(0, 4));
        expect(p.startDate.slice(5, 7)).toBe('06');
        expect(['06', '07', '08']).toContain(p.endDate.slice(5, 7));
      }
    }
    for (const m of verified.filter((x) => x.memberType === 'retiree')) {
      const lastYear = Number(m.employment.at(-1)?.endDate.slice(0, 4));
      expect(lastYear).toBeGreaterThanOrEqual(2015);
      expect(lastYear).toBeLessThanOrEqual(2025);
    }
  });

  it('mixes member types with former employees as the largest group', () => {
    const counts = new Map(memberTypes.map((type) => [type, members.filter((m) => m.memberType === type).length]));
    for (const type of memberTypes) expect(counts.get(type)).toBeGreaterThan(members.length * 0.05);
    expect(Math.max(...counts.values())).toBe(counts.get('former_employee'));
  });

  it('has about 15 % Finland-Swedes with Swedish names, and about 8 % preferring English', () => {
    expect(share((m) => m.language === 'sv')).toBeGreaterThan(0.11);
    expect(share((m) => m.language === 'sv')).toBeLessThan(0.19);
    expect(share((m) => m.language === 'en')).toBeGreaterThan(0.05);
    expect(share((m) => m.language === 'en')).toBeLessThan(0.11);
    for (const m of members) {
      if (m.language === 'sv') expect(m.lastName).toMatch(swedishSurname);
      if (m.language === 'fi') expect(m.lastName).not.toMatch(swedishSurname);
    }
  });

  it('lives mostly in Finland, Swedish speakers around Vaasa, Porvoo and Helsinki among others', () => {
    expect(share((m) => m.country === 'FI')).toBeGreaterThan(0.85);
    expect(members.some((m) => m.country !== 'FI')).toBe(true);
    const swedishCities = new Set(members.filter((m) => m.language === 'sv').map((m) => m.city));
    for (const city of ['Vaasa', 'Porvoo', 'Helsinki']) expect(swedishCities).toContain(city);
    const cities = new Set(demo.members.map((m) => m.city));
    for (const city of ['Helsinki', 'Espoo', 'Tampere', 'Turku', 'Oulu', 'Jyväskylä', 'Vaasa', 'Porvoo', 'Kuopio', 'Lahti']) expect(cities).toContain(city);
  });

  it('offers return modes that suit each kind of alumnus', () => {
    for (const m of members) {
      if (!m.openToReturn) expect(m.returnModes).toEqual([]);
      else expect(m.returnModes.length).toBeGreaterThan(0);
      if (m.memberType === 'retiree') {
        for (const mode of m.returnModes) expect(['part_time', 'project', 'substitute', 'gig']).toContain(mode);
      }
      if (m.memberType === 'summer_worker' && m.openToReturn) expect(m.returnModes).toContain('summer');
    }
  });

  it('gives 3 to 6 distinct skills', () => {
    for (const m of members) {
      expect(m.skills.length).toBeGreaterThanOrEqual(3);
      expect(m.skills.length).toBeLessThanOrEqual(6);
      expect(new Set(m.skills).size).toBe(m.skills.length);
    }
  });

  it('lets people join within the last three years and after they left', () => {
    const threeYearsAgo = now.getTime() - 3 * 366 * 86_400_000;
    for (const m of members) {
      expect(m.joinedAt.getTime()).toBeGreaterThan(threeYearsAgo);
      expect(m.joinedAt.getTime()).toBeLessThan(now.getTime());
      expect(m.joinedAt.toISOString().slice(0, 10) > leftOn(m)).toBe(true);
      expect(m.updatedAt.getTime()).toBeGreaterThanOrEqual(m.joinedAt.getTime());
      expect(m.updatedAt.getTime()).toBeLessThan(now.getTime());
      if (m.lastLoginAt) expect(m.lastLoginAt.getTime()).toBeGreaterThanOrEqual(m.joinedAt.getTime());
    }
  });

  it('records consent as first choices at joining followed by later withdrawals', () => {
    for (const m of members) {
      const first = m.consents.filter((c) => c.source === (m.invitation ? 'invitation' : 'signup'));
      expect(first.map((c) => c.channel)).toEqual([...consentChannels]);
      for (const c of first) expect(c.createdAt).toEqual(m.joinedAt);
      const later = m.consents.filter((x) => x.source === 'preferences');
      expect(first.length + later.length).toBe(m.consents.length);
      for (const c of later) {
        expect(c.granted).toBe(false);
        expect(c.createdAt.getTime()).toBeGreaterThan(m.joinedAt.getTime());
        expect(c.createdAt.getTime()).toBeLessThan(now.getTime());
      }
    }
  });

  it('ends with realistic consent rates', () => {
    const rate = (channel: ConsentChannel): number => share((m) => consentInForce(m, channel));
    expect(rate('newsletter')).toBeGreaterThan(0.78);
    expect(rate('newsletter')).toBeLessThan(0.92);
    expect(rate('tracking')).toBeGreaterThan(0.42);
    expect(rate('tracking')).toBeLessThan(0.58);
    expect(rate('recruiter_contact')).toBeGreaterThan(0.52);
    expect(rate('recruiter_contact')).toBeLessThan(0.68);
    expect(share((m) => m.consents.some((c) => c.source === 'preferences'))).toBeGreaterThan(0.1);
  });

  it('shows most members to all members, some to staff only and hides few', () => {
    expect(share((m) => m.directoryVisibility === 'members')).toBeGreaterThan(0.7);
    expect(share((m) => m.directoryVisibility === 'staff')).toBeGreaterThan(0.08);
    expect(share((m) => m.directoryVisibility === 'hidden')).toBeGreaterThan(0.02);
    expect(share((m) => m.directoryVisibility === 'hidden')).toBeLessThan(0.1);
    expect(share((m) => m.mentor)).toBeGreaterThan(0.05);
    expect(share((m) => m.speaker)).toBeGreaterThan(0.02);
    expect(share((m) => m.openToReturn)).toBeGreaterThan(0.3);
  });
});

describe('generateDemoData: verification', () => {
  const count = (status: string) => demo.members.filter((m) => m.verificationStatus === status).length;

  it('gives the same data for the same seed and day', () => {
    expect(generateDemoData({ members: 60, formerEmployees: 30, now })).toEqual(generateDemoData({ members: 60, formerEmployees: 30, now }));
    expect(generateDemoData({ members: 60, formerEmployees: 30, now, seed: 7 })).not.toEqual(generateDemoData({ members: 60, formerEmployees: 30, now }));
  });

  it('verifies most of the 300, with 6 waiting, 2 asked for more and 1 rejected', () => {
    expect(demo.members).toHaveLength(300);
    expect(count('pending')).toBe(6);
    expect(count('info_requested')).toBe(2);
    expect(count('rejected')).toBe(1);
    expect(count('unverified')).toBe(0);
    expect(count('verified')).toBe(291);
    expect(demo.members.filter((m) => m.invitation?.acceptedAt)).toHaveLength(4);
    expect(share((m) => m.verificationStatus === 'verified', large.members)).toBeGreaterThan(0.95);
  });

  it('verifies every verified member by HR records, copied into linked, verified periods', () => {
    for (const m of claimants(large).filter((x) => x.verificationStatus === 'verified')) {
      expect(m.verifiedAt).toBeInstanceOf(Date);
      expect(m.verifiedAt?.getTime()).toBeGreaterThanOrEqual(m.joinedAt.getTime());
      expect(m.verifiedAt?.getTime()).toBeLessThan(now.getTime());
      expect(m.employment.some((p) => p.verified)).toBe(true);
      for (const p of m.employment) {
        const record = m.records.find((r) => r.startDate === p.startDate);
        if (p.verified) expect(record).toMatchObject({ department: p.department, title: p.title, endDate: p.endDate, employeeNumber: m.employeeNumber });
        // Only a period that ended before the HR system existed is left as the member's own word.
        else expect({ record, endDate: p.endDate < '1996-01-01' }).toEqual({ record: undefined, endDate: true });
      }
      expect(m.records.every((r) => m.employment.some((p) => p.startDate === r.startDate && p.verified))).toBe(true);
    }
  });

  it('keeps everyone else without periods, with one claim in the state of their membership', () => {
    for (const m of claimants(large).filter((x) => x.verificationStatus !== 'verified')) {
      expect(m.verifiedAt).toBeNull();
      expect(m.employment).toEqual([]);
      expect(m.claim?.status).toBe(m.verificationStatus);
      expect(m.claim?.autoVerified).toBe(false);
      expect(m.claim?.matchedRecordStart).toBeNull();
      if (m.verificationStatus === 'pending') expect(m.claim).toMatchObject({ decidedAt: null, decisionNote: null, decidedByHr: false });
      else {
        expect(m.claim?.decisionNote?.length).toBeGreaterThan(40);
        expect(m.claim?.decidedByHr).toBe(true);
        expect(m.claim?.decidedAt?.getTime()).toBeGreaterThan(m.claim?.createdAt.getTime() ?? Infinity);
      }
    }
  });

  it('writes claims as the claim form would take them', () => {
    for (const m of claimants(large)) {
      const c = m.claim;
      if (!c) {
        expect(m.invitation?.acceptedAt).toEqual(m.joinedAt);
        continue;
      }
      const parsed = ZClaimBody.safeParse({
        memberType: c.memberType,
        department: c.department,
        title: c.title,
        startMonth: c.startMonth.slice(0, 7),
        endMonth: c.endMonth.slice(0, 7),
        ...(c.employeeNumber ? { employeeNumber: c.employeeNumber } : {}),
        ...(c.memberNote ? { note: c.memberNote } : {}),
      });
      expect(parsed.error?.issues ?? []).toEqual([]);
      expect(c.startMonth).toMatch(/^\d{4}-\d{2}-01$/);
      expect(c.memberType).toBe(m.memberType);
      expect(c.createdAt.getTime()).toBeGreaterThan(m.joinedAt.getTime());
      expect((c.decidedAt ?? c.createdAt).getTime()).toBeLessThan(now.getTime());
    }
  });

  it('has automatic matches that the rule finds and nobody else’s record, and no other claim matching anything', () => {
    const ruleMatches = ruleOver(allRecords(large));
    let automatic = 0;
    for (const m of claimants(large)) {
      const c = m.claim;
      if (!c) continue;
      const found = ruleMatches(m, c);
      if (c.autoVerified) {
        automatic++;
        expect(found.length).toBeGreaterThan(0);
        expect(new Set(found.map((r) => r.employeeNumber))).toEqual(new Set([m.employeeNumber]));
        expect(found.map((r) => r.startDate)).toContain(c.matchedRecordStart);
      } else {
        expect(found).toEqual([]);
      }
    }
    expect(automatic).toBeGreaterThan(large.members.length * 0.6);
  });

  it('lets HR approve claims that did not match on their own, linking the record it found', () => {
    const approved = demo.members.filter((m) => m.claim?.status === 'verified' && !m.claim.autoVerified);
    expect(approved.length).toBeGreaterThan(20);
    for (const m of approved) {
      expect(m.claim?.decidedByHr).toBe(true);
      expect(m.records.map((r) => r.startDate)).toContain(m.claim?.matchedRecordStart);
      expect(m.verifiedAt).toEqual(m.claim?.decidedAt);
    }
  });

  it('puts waiting claims in HR’s queue next to records that are close but not the same', () => {
    const pending = demo.members.filter((m) => m.verificationStatus === 'pending');
    const differences = new Set<string>();
    for (const m of pending) {
      const c = m.claim;
      expect(m.records.length).toBeGreaterThan(0);
      expect(m.joinedAt.getTime()).toBeGreaterThan(now.getTime() - 22 * 86_400_000);
      for (const r of m.records) {
        expect(r.email).not.toBe(m.email);
        if (r.firstName !== m.firstName) differences.add('first name');
        if (r.lastName !== m.lastName) differences.add('surname');
      }
      if (c?.employeeNumber && c.employeeNumber !== m.employeeNumber) differences.add('employee number');
      if (c && m.records.every((r) => r.startDate > endOfMonth(c.endMonth))) differences.add('dates');
    }
    expect([...differences].sort()).toEqual(['dates', 'employee number', 'first name', 'surname']);
  });

  it('has HR asking a question of two and rejecting one, in their own language', () => {
    const asked = demo.members.filter((m) => m.verificationStatus === 'info_requested');
    const rejected = demo.members.filter((m) => m.verificationStatus === 'rejected');
    expect(asked).toHaveLength(2);
    expect(rejected).toHaveLength(1);
    for (const m of [...asked, ...rejected]) {
      const note = m.claim?.decisionNote ?? '';
      if (m.language === 'fi') expect(note).toMatch(/henkilöstöjärjestelm|nimellä/i);
      if (m.language === 'sv') expect(note).toMatch(/personalsystem|namn/i);
      if (m.language === 'en') expect(note).toMatch(/HR system|name/i);
    }
    expect(asked.map((m) => m.claim?.decisionNote).every((q) => q?.endsWith('.') && q.includes('?'))).toBe(true);
  });
});

describe('generateDemoData: HR records', () => {
  const records = allRecords(demo);

  it('keys every record by a person’s own employee number and a start date, as the table does', () => {
    const keys = records.map((r) => `${r.employeeNumber}|${r.startDate}`);
    expect(new Set(keys).size).toBe(records.length);
    const owners = new Map<string, number>();
    everyone(demo).forEach((p, i) => {
      for (const r of p.records) {
        expect(r.employeeNumber).toMatch(/^EH-\d{5}$/);
        expect(ZEmployeeNumber.safeParse(r.employeeNumber).success).toBe(true);
        expect(owners.get(r.employeeNumber) ?? i).toBe(i);
        owners.set(r.employeeNumber, i);
      }
    });
  });

  it('has records that fit the import: dates in order and before it, addresses lower-cased, text within limits', () => {
    const importDay = demo.recordImport.createdAt.toISOString().slice(0, 10);
    for (const r of records) {
      expect(r.startDate <= r.endDate).toBe(true);
      expect(r.endDate < importDay).toBe(true);
      expect(r.startDate >= '1990-01-01').toBe(true);
      if (r.email !== null) {
        expect(ZEmail.parse(r.email)).toBe(r.email);
        expect(r.email).toMatch(/@(example\.(fi|com|se)|esimerkkihoiva\.example|demo\.alumni\.example)$/);
      }
      for (const text of [r.firstName, r.lastName, r.department, r.title]) expect(text.length).toBeGreaterThan(0);
      if (r.memberType !== null) expect(memberTypes).toContain(r.memberType);
    }
    const withWork = records.filter((r) => r.email?.endsWith('@esimerkkihoiva.example')).length;
    const without = records.filter((r) => r.email === null);
    expect(withWork).toBeGreaterThan(records.length * 0.05);
    expect(without.length).toBeGreaterThan(0);
    expect(without.length).toBeLessThan(records.length * 0.1);
    // Only old records lack an address.
    for (const r of without) expect(r.endDate < '2014-01-01').toBe(true);
  });

  it('has records for all but the unknown few, and several for summer workers and returners', () => {
    const noRecords = demo.members.filter((m) => m.records.length === 0);
    expect(noRecords.map((m) => m.verificationStatus).sort()).toEqual(['info_requested', 'rejected']);
    const summers = demo.members.filter((m) => m.memberType === 'summer_worker' && m.records.length >= 2);
    expect(summers.length).toBeGreaterThan(5);
    // Back after a break of months or years, under the same employee number.
    const gapDays = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;
    const returners = demo.members.filter((m) =>
      m.records.some((r, i) => i > 0 && gapDays(m.records[i - 1]?.endDate ?? r.startDate, r.startDate) > 90 && m.memberType === 'former_employee'),
    );
    expect(returners.length).toBeGreaterThan(5);
    expect(demo.demoMember.records).toHaveLength(2);
  });

  it('lists about 150 former employees who have not joined, some of them leavers of the last year', () => {
    expect(demo.formerEmployees).toHaveLength(150);
    const memberEmails = new Set(claimants(demo).map((m) => m.email));
    for (const p of demo.formerEmployees) {
      expect(p.records.length).toBeGreaterThan(0);
      for (const r of p.records) expect(memberEmails.has(r.email ?? '')).toBe(false);
    }
    const recent = demo.formerEmployees.filter((p) => (p.records.at(-1)?.endDate ?? '') >= aYearAgo);
    expect(recent.length).toBeGreaterThan(20);
  });

  it('came from an import HR ran after everyone in it had left', () => {
    const i = demo.recordImport;
    expect(i.fileName).toMatch(/^henkilostorekisteri_\d{4}-\d{2}-\d{2}\.csv$/);
    expect(i.createdAt.getTime()).toBeLessThan(i.startedAt.getTime());
    expect(i.startedAt.getTime()).toBeLessThan(i.finishedAt.getTime());
    expect(i.finishedAt.getTime()).toBeLessThan(now.getTime());
  });
});

describe('generateDemoData: invitations and suppressions', () => {
  const importedAt = demo.recordImport.finishedAt.getTime();

  it('has members who joined from an invitation to their address in HR’s records', () => {
    const invited = demo.members.filter((m) => m.invitation);
    expect(invited).toHaveLength(4);
    for (const m of invited) {
      expect(m.claim).toBeNull();
      expect(m.verificationStatus).toBe('verified');
      expect(m.invitation?.email).toBe(m.email);
      expect(m.records.every((r) => r.email === m.email)).toBe(true);
      expect(m.invitation?.sentAt.getTime()).toBeGreaterThan(importedAt);
      expect(m.invitation?.acceptedAt).toEqual(m.joinedAt);
      expect(m.joinedAt.getTime()).toBeGreaterThan(m.invitation?.sentAt.getTime() ?? Infinity);
    }
  });

  it('has invitations out to recent leavers who have not answered, sent after the import', () => {
    const invited = demo.formerEmployees.filter((p) => p.invitation);
    expect(invited.length).toBeGreaterThanOrEqual(5);
    for (const p of invited) {
      expect(p.invitation?.acceptedAt).toBeNull();
      expect(p.invitation?.email).toBe(p.records[0]?.email);
      expect(p.invitation?.email).not.toMatch(/@esimerkkihoiva\.example$/);
      expect(p.invitation?.language).toBe(p.language);
      expect(p.invitation?.sentAt.getTime()).toBeGreaterThan(importedAt);
      expect(p.invitation?.sentAt.getTime()).toBeLessThan(now.getTime());
      expect(p.invitation?.expiresAt.getTime()).toBeGreaterThan(now.getTime());
    }
  });

  it('has one member and one invited person on the suppression list after unsubscribing', () => {
    const members = demo.members.filter((m) => m.unsubscribedAt);
    const others = demo.formerEmployees.filter((p) => p.unsubscribedAt);
    expect(members).toHaveLength(1);
    expect(others).toHaveLength(1);
    const [member] = members;
    if (member) {
      expect(consentInForce(member, 'newsletter')).toBe(false);
      expect(member.consents).toContainEqual(expect.objectContaining({ channel: 'newsletter', source: 'preferences', createdAt: member.unsubscribedAt }));
    }
    const [other] = others;
    expect(other?.unsubscribedAt?.getTime()).toBeGreaterThan(other?.invitation?.sentAt.getTime() ?? Infinity);
    expect(other?.unsubscribedAt?.getTime()).toBeLessThan(now.getTime());
  });
});

describe('the demo member', () => {
  const m = demo.demoMember;

  it('is verified, visible to members and has a full profile', () => {
    expect(m).toMatchObject({ email: 'member@demo.alumni.example', verificationStatus: 'verified', directoryVisibility: 'members', mentor: true });
    for (const field of [m.headline, m.city, m.bio, m.linkedinUrl, m.currentEmployer]) expect(field?.length).toBeGreaterThan(0);
    expect(m.skills.length).toBeGreaterThanOrEqual(3);
    expect(ZUpdateProfileBody.safeParse({ linkedinUrl: m.linkedinUrl, bio: m.bio, headline: m.headline, skills: m.skills }).success).toBe(true);
    expect(m.employment.every((p) => p.verified)).toBe(true);
    expect(m.claim).toMatchObject({ status: 'verified', autoVerified: true });
    expect(m.verifiedAt).toEqual(m.claim?.createdAt);
  });
});

describe('demoAccounts', () => {
  it('has one account per role with a usable password', () => {
    expect(demoAccounts.map((a) => a.role).sort()).toEqual([...roles].sort());
    expect(new Set(demoAccounts.map((a) => a.email)).size).toBe(demoAccounts.length);
    for (const a of demoAccounts) {
      expect(a.email).toMatch(/@demo\.alumni\.example$/);
      expect(a.password.length).toBeGreaterThanOrEqual(10);
    }
  });
});

describe('buildDemoRows', () => {
  const hashes = new Map(demoAccounts.map((a) => [a.email, `hash:${a.password}`]));
  let next = 0;
  const rows = buildDemoRows(demo, hashes, now, () => `id-${next++}`);
  const hr = rows.users.find((u) => u.role === 'hr');
  const memberByEmail = new Map(rows.users.map((u) => [u.email, u.id]));

  it('gives staff a password and no profile, and the demo member both', () => {
    for (const account of demoAccounts) {
      const user = rows.users.find((u) => u.email === account.email);
      expect(user).toMatchObject({ role: account.role, status: 'active', passwordHash: `hash:${account.password}` });
      expect(user?.emailVerifiedAt).toBeInstanceOf(Date);
      const profile = rows.members.find((m) => m.userId === user?.id);
      if (account.role === 'member') expect(profile).toMatchObject({ verificationStatus: 'verified', directoryVisibility: 'members' });
      else expect(profile).toBeUndefined();
    }
  });

  it('lets generated alumni sign in only by magic link', () => {
    const alumni = rows.users.filter((u) => !u.email.endsWith('.example'));
    expect(alumni).toHaveLength(300);
    for (const u of alumni) expect(u).toMatchObject({ role: 'member', status: 'active', passwordHash: null });
  });

  it('links every period, claim and consent to a member profile, and verified periods to their records', () => {
    const memberIds = new Set(rows.members.map((m) => m.userId));
    const records = new Map(rows.employmentRecords.map((r) => [r.id, r]));
    expect(rows.members).toHaveLength(301);
    for (const p of rows.employmentPeriods) {
      expect(memberIds.has(p.memberId)).toBe(true);
      const record = p.recordId ? records.get(p.recordId) : undefined;
      if (p.verified) expect(record).toMatchObject({ memberId: p.memberId, startDate: p.startDate, endDate: p.endDate, title: p.title });
      else expect(p.recordId).toBeNull();
    }
    for (const c of rows.consents) expect(memberIds.has(c.memberId)).toBe(true);
    for (const c of rows.membershipClaims) {
      expect(memberIds.has(c.memberId)).toBe(true);
      if (c.matchedRecordId) expect(records.get(c.matchedRecordId)?.memberId).toBe(c.memberId);
      expect(c.decidedBy === null || c.decidedBy === hr?.id).toBe(true);
    }
    const verified = new Set(rows.members.filter((m) => m.verificationStatus === 'verified').map((m) => m.userId));
    for (const r of rows.employmentRecords) {
      expect(r.importId).toBe(rows.recordImports[0]?.id);
      if (r.memberId) expect(verified.has(r.memberId)).toBe(true);
    }
    for (const id of verified) expect(rows.employmentPeriods.some((p) => p.memberId === id && p.verified && p.recordId)).toBe(true);
  });

  it('gives every pending member exactly one pending claim', () => {
    const pending = rows.members.filter((m) => m.verificationStatus === 'pending');
    expect(pending).toHaveLength(6);
    for (const m of pending) {
      expect(rows.membershipClaims.filter((c) => c.memberId === m.userId).map((c) => c.status)).toEqual(['pending']);
    }
    expect(rows.membershipClaims.filter((c) => c.status === 'pending')).toHaveLength(6);
  });

  it('keeps records of people who are not members, unlinked', () => {
    const unlinked = rows.employmentRecords.filter((r) => r.memberId === null);
    const numbersOfMembers = new Set(claimants(demo).map((m) => m.employeeNumber));
    const outsiders = new Set(unlinked.map((r) => r.employeeNumber).filter((n) => !numbersOfMembers.has(n)));
    expect(outsiders.size).toBe(150);
  });

  it('counts the import by the rows it wrote and lists its problem lines within the file', () => {
    expect(rows.recordImports).toHaveLength(1);
    const i = rows.recordImports[0];
    expect(i).toMatchObject({ status: 'done', createdBy: hr?.id, validRows: rows.employmentRecords.length, newRows: rows.employmentRecords.length, processedRows: rows.employmentRecords.length });
    expect(i?.totalRows).toBe(rows.employmentRecords.length + (i?.problems?.length ?? 0));
    expect(i?.problems?.length).toBeGreaterThan(0);
    for (const p of i?.problems ?? []) {
      expect(p.line).toBeGreaterThanOrEqual(2);
      expect(p.line).toBeLessThanOrEqual((i?.totalRows ?? 0) + 1);
    }
  });

  it('writes invitations with a token hash, accepted ones by the member with that address', () => {
    expect(rows.recordInvitations.length).toBeGreaterThanOrEqual(9);
    expect(new Set(rows.recordInvitations.map((i) => i.employeeNumber)).size).toBe(rows.recordInvitations.length);
    expect(new Set(rows.recordInvitations.map((i) => i.tokenHash)).size).toBe(rows.recordInvitations.length);
    for (const i of rows.recordInvitations) {
      expect(i.tokenHash).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(i.invitedBy).toBe(hr?.id);
      if (i.acceptedAt) expect(i.acceptedBy).toBe(memberByEmail.get(i.email));
      else expect(memberByEmail.has(i.email)).toBe(false);
    }
    expect(rows.recordInvitations.filter((i) => i.acceptedAt)).toHaveLength(4);
  });

  it('keeps suppressed addresses with the hash the mailer looks them up by', () => {
    expect(rows.suppressions).toHaveLength(2);
    for (const s of rows.suppressions) {
      expect(s.reason).toBe('unsubscribed');
      expect(s.emailHash).toBe(createHash('sha256').update(s.email ?? '').digest('hex'));
    }
  });

  it('refuses to build without every demo password hashed', () => {
    expect(() => buildDemoRows(demo, new Map(), now)).toThrow(/password hash/);
  });
});

describe('pick', () => {
  it('throws on an empty list', () => {
    expect(() => pick([], () => 0.5)).toThrow();
    expect(pick(['a', 'b'], () => 0.99)).toBe('b');
  });
});
