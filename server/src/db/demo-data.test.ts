import { describe, expect, it } from 'vitest';
import {
  consentChannels,
  directoryVisibilities,
  languages,
  memberTypes,
  returnModes,
  roles,
  verificationStatuses,
  type ConsentChannel,
} from '@alumni/shared';
import { buildDemoRows, demoAccounts, generateDemoMembers, pick, type DemoMember } from './demo-data.js';

// A fixed day keeps the generated dates, and so these expectations, independent of when the tests run.
const now = new Date('2026-11-23T12:00:00Z');
const today = '2026-11-23';
const members = generateDemoMembers(2000, 42, now);

const share = (predicate: (m: DemoMember) => boolean): number => members.filter(predicate).length / members.length;

function consentInForce(m: DemoMember, channel: ConsentChannel): boolean {
  return m.consents.filter((c) => c.channel === channel).at(-1)?.granted ?? false;
}

// Endings that Finland-Swedish surnames have and Finnish ones in the name lists do not.
const swedishSurname = /(qvist|berg|ström|lund|man|holm|gren|blom|roos|sson|ell)$/;

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

  it('gives everyone at least one past employment period, in order and without overlap', () => {
    for (const m of members) {
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
    for (const m of members.filter((x) => x.memberType === 'summer_worker')) {
      for (const p of m.employment) {
        expect(p.startDate.slice(0, 4)).toBe(p.endDate.slice(0, 4));
        expect(p.startDate.slice(5, 7)).toBe('06');
        expect(['06', '07', '08']).toContain(p.endDate.slice(5, 7));
      }
    }
    for (const m of members.filter((x) => x.memberType === 'retiree')) {
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

  it('lives mostly in Finland', () => {
    expect(share((m) => m.country === 'FI')).toBeGreaterThan(0.85);
    expect(members.some((m) => m.country !== 'FI')).toBe(true);
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
      expect(m.joinedAt.toISOString().slice(0, 10) > (m.employment.at(-1)?.endDate ?? '')).toBe(true);
      expect(m.updatedAt.getTime()).toBeGreaterThanOrEqual(m.joinedAt.getTime());
      if (m.lastLoginAt) expect(m.lastLoginAt.getTime()).toBeGreaterThanOrEqual(m.joinedAt.getTime());
    }
  });

  it('records consent as signup rows followed by later withdrawals', () => {
    for (const m of members) {
      const signup = m.consents.filter((c) => c.source === 'signup');
      expect(signup.map((c) => c.channel)).toEqual([...consentChannels]);
      for (const c of signup) expect(c.createdAt).toEqual(m.joinedAt);
      for (const c of m.consents.filter((x) => x.source === 'preferences')) {
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

  it('verifies most members and their periods and hides few', () => {
    expect(share((m) => m.verificationStatus === 'verified')).toBeGreaterThan(0.75);
    expect(share((m) => m.employment.every((p) => p.verified))).toBeGreaterThan(0.7);
    expect(share((m) => m.directoryVisibility === 'members')).toBeGreaterThan(0.7);
    expect(share((m) => m.directoryVisibility === 'hidden')).toBeLessThan(0.1);
    for (const m of members) {
      if (m.verificationStatus !== 'verified') expect(m.employment.every((p) => !p.verified)).toBe(true);
    }
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
  const rows = buildDemoRows(members.slice(0, 25), hashes, now, () => `id-${next++}`);

  it('gives staff a password and no profile, and the demo member both', () => {
    for (const account of demoAccounts) {
      const user = rows.users.find((u) => u.email === account.email);
      expect(user).toMatchObject({ role: account.role, status: 'active', passwordHash: `hash:${account.password}` });
      expect(user?.emailVerifiedAt).toBeInstanceOf(Date);
      const profile = rows.members.find((m) => m.userId === user?.id);
      if (account.role === 'member') expect(profile).toMatchObject({ verificationStatus: 'verified' });
      else expect(profile).toBeUndefined();
    }
  });

  it('lets generated alumni sign in only by magic link', () => {
    const alumni = rows.users.filter((u) => !u.email.endsWith('.example'));
    expect(alumni).toHaveLength(25);
    for (const u of alumni) expect(u).toMatchObject({ role: 'member', status: 'active', passwordHash: null });
  });

  it('links every period and consent to a member profile', () => {
    const memberIds = new Set(rows.members.map((m) => m.userId));
    expect(rows.members).toHaveLength(26);
    for (const p of rows.employmentPeriods) expect(memberIds.has(p.memberId)).toBe(true);
    for (const c of rows.consents) expect(memberIds.has(c.memberId)).toBe(true);
  });

  it('refuses to build without every demo password hashed', () => {
    expect(() => buildDemoRows([], new Map(), now)).toThrow(/password hash/);
  });
});

describe('pick', () => {
  it('throws on an empty list', () => {
    expect(() => pick([], () => 0.5)).toThrow();
    expect(pick(['a', 'b'], () => 0.99)).toBe('b');
  });
});
