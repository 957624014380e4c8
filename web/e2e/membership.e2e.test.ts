import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, journey, linkIn, screenshots } from './kit.js';

const { mail, server, newPage, watch } = journey(3231);

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${server.url}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

describe('a former summer worker joins with a claim HR must check, is approved, fills in the profile and finds a colleague', () => {
  const email = `eeva.e2e.${Date.now()}@example.fi`;
  const password = 'kesä-2015-kotihoito';
  let member: Page;
  let hr: Page;

  it('registers and confirms the address', async () => {
    member = await newPage();
    await member.goto(`${server.url}/register`);
    await member.getByLabel('First name').fill('Eeva');
    await member.getByLabel('Last name').fill('Lindqvist');
    await member.getByLabel('Email').fill(email);
    await member.getByLabel('Password', { exact: true }).fill(password);
    await member.getByRole('button', { name: 'Create account' }).click();
    await member.getByText('Check your email').waitFor();
    const message = await mail.waitFor((m) => m.to.includes(email), 20_000);
    await member.goto(linkIn(message.text, '/confirm-email'));
    await member.getByRole('button', { name: 'Confirm my address' }).click();
    await member.getByText('your address is confirmed').waitFor();
  });

  it('signs in, is asked to verify the employment, and claims a summer that matches no record', async () => {
    await signIn(member, email, password);
    await member.getByRole('heading', { name: 'Verify your employment' }).waitFor();
    await expectAccessible(member, 'home before verification');
    await member.getByRole('link', { name: 'Verify my employment' }).click();
    await member.getByRole('heading', { name: 'Your membership', level: 1 }).waitFor();
    await expectAccessible(member, 'claim form');

    // A claim with the end before the start is refused on the field before anything is sent.
    await member.getByLabel('Member type').selectOption('summer_worker');
    await member.getByLabel('Department').fill('Kotihoito');
    await member.getByLabel('Job title').fill('Kesätyöntekijä, lähihoitajaopiskelija');
    await member.getByLabel('Start month').fill('2015-06');
    await member.getByLabel('End month').fill('2014-08');
    await member.getByRole('button', { name: 'Send for verification' }).click();
    const endMonth = member.getByLabel('End month');
    await expect.poll(() => endMonth.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(member, 'claim form with errors');

    await endMonth.fill('2015-08');
    await member.getByRole('button', { name: 'Send for verification' }).click();
    await member.getByRole('status').filter({ hasText: 'We are checking your employment' }).waitFor();
    await expectAccessible(member, 'membership pending');
  });

  it('keeps the directory closed while the claim waits', async () => {
    await member.goto(`${server.url}/directory`);
    await member.getByText('The directory opens once your employment is verified').waitFor();
    await expectAccessible(member, 'directory before verification');
  });

  it('HR finds the claim in the approval queue and approves it', async () => {
    hr = await newPage();
    await signIn(hr, 'hr@demo.alumni.example', 'demo-hr-2026');
    // The demo HR account reads Finnish; this journey reads the console in English.
    await hr.getByRole('heading', { name: 'Ylläpito', level: 1 }).waitFor();
    await hr.getByLabel('Kieli', { exact: true }).selectOption('en');
    await hr.getByRole('heading', { name: 'Admin console', level: 1 }).waitFor();
    await hr.getByRole('link', { name: 'Approvals' }).first().click();
    const approve = hr.getByRole('button', { name: 'Approve the claim of Eeva Lindqvist' });
    await approve.waitFor();
    await expectAccessible(hr, 'approval queue');
    await hr.screenshot({ path: path.join(screenshots, 'approvals.png') });
    await approve.click();
    await hr.getByText('Approved. Eeva Lindqvist was told by mail.').waitFor();
    expect(await hr.getByRole('button', { name: 'Approve the claim of Eeva Lindqvist' }).count()).toBe(0);
    await expectAccessible(hr, 'approval queue after approving');
  });

  it('HR sees the member, verified, in the member console', async () => {
    watch(hr);
    await hr.getByRole('link', { name: 'Members' }).first().click();
    await hr.getByLabel('Search').fill('Lindqvist');
    await hr.getByLabel('Search').press('Enter');
    const row = hr.getByRole('row').filter({ hasText: email });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/Verified/);
    await expectAccessible(hr, 'member list');
    await row.getByRole('link').first().click();
    await hr.getByRole('heading', { name: 'Eeva Lindqvist', level: 1 }).waitFor();
    await expectAccessible(hr, 'member detail');
  });

  it('the member is told by mail, and the directory opens', async () => {
    watch(member);
    const message = await mail.waitFor((m) => m.to.includes(email) && /membership is confirmed/.test(m.subject), 20_000);
    expect(message.text).toMatch(/\/directory/);
    await member.goto(`${server.url}/membership`);
    await member.getByText('Your membership is verified').waitFor();
    await expectAccessible(member, 'membership verified');
  });

  it('fills in the profile', async () => {
    await member.goto(`${server.url}/profile`);
    await member.getByRole('heading', { name: 'Your profile', level: 1 }).waitFor();
    await expectAccessible(member, 'profile');
    await member.getByLabel('Headline').fill('Sairaanhoitaja ja kotihoidon kehittäjä');
    await member.getByLabel('City').fill('Porvoo');
    await member.getByLabel('Add a skill').fill('haavanhoito, kotihoito');
    await member.getByRole('button', { name: 'Add', exact: true }).click();
    await member.getByRole('button', { name: 'Save profile' }).click();
    await member.getByText('Your profile has been saved.').waitFor();
    await expectAccessible(member, 'profile saved');
    const profile = (await (await member.request.get(`${server.url}/api/v1/profile`)).json()) as { city: string; skills: string[] };
    expect(profile.city).toBe('Porvoo');
    expect(profile.skills).toEqual(['haavanhoito', 'kotihoito']);
  });

  it('finds a former colleague in the directory despite a typo, and opens the profile', async () => {
    await member.goto(`${server.url}/directory`);
    await member.getByRole('heading', { name: 'Alumni directory', level: 1 }).waitFor();
    await member.getByLabel('Name or keyword').fill('Mikko Korhonnen');
    await member.getByRole('button', { name: 'Search', exact: true }).click();
    const colleague = member.getByRole('link', { name: /Mikko Korhonen/ }).first();
    await colleague.waitFor();
    await expectAccessible(member, 'directory results');
    await member.screenshot({ path: path.join(screenshots, 'directory.png') });
    await colleague.click();
    await member.getByRole('heading', { name: 'Mikko Korhonen', level: 1 }).waitFor();
    await expectAccessible(member, 'colleague profile');
  });

  it('finds themselves in the directory as others now can', async () => {
    await member.goto(`${server.url}/directory?q=Lindqvist`);
    await member.getByRole('link', { name: /Eeva Lindqvist/ }).first().waitFor();
  });
});

describe('HR invites a former employee from the records, who joins already verified', () => {
  let hr: Page;
  let record: { firstName: string; lastName: string; email: string; employeeNumber: string };

  it('HR finds a person who is not a member yet and invites them, in Swedish', async () => {
    hr = await newPage();
    await signIn(hr, 'hr@demo.alumni.example', 'demo-hr-2026');
    await hr.getByRole('heading', { level: 1 }).first().waitFor();
    await hr.getByLabel(/^(Kieli|Language)$/).selectOption('en');
    await hr.getByRole('heading', { name: 'Admin console', level: 1 }).waitFor();
    const res = await hr.request.get(`${server.url}/api/v1/admin/records?notMember=true&limit=100`);
    const page = (await res.json()) as { items: Array<typeof record & { email: string | null; invitedAt: string | null }> };
    const candidate = page.items.find((r) => r.email !== null && r.invitedAt === null);
    if (!candidate?.email) throw new Error('the demo records have nobody left to invite');
    record = { ...candidate, email: candidate.email };

    await hr.getByRole('link', { name: 'Employment records' }).first().click();
    await hr.getByRole('heading', { name: 'Employment records', level: 1 }).waitFor();
    await expectAccessible(hr, 'employment records');
    await hr.getByLabel('Search', { exact: true }).fill(record.employeeNumber);
    await hr.getByRole('button', { name: 'Apply filters' }).click();
    await hr.getByLabel(`Choose ${record.firstName} ${record.lastName}, employee number ${record.employeeNumber}`).check();
    await hr.getByLabel('Invitation language').selectOption('sv');
    await hr.getByRole('button', { name: 'Invite selected' }).click();
    await hr.getByText('Invitations sent: 1.').waitFor();
    await expectAccessible(hr, 'employment records after inviting');
    // Pressing again sends nothing new.
    await hr.getByLabel(`Choose ${record.firstName} ${record.lastName}, employee number ${record.employeeNumber}`).check();
    await hr.getByRole('button', { name: 'Invite selected' }).click();
    await hr.getByText('Invitations sent: 0.').waitFor();
  });

  it('the invitation arrives in Swedish; the link opens a pre-filled signup that joins verified', async () => {
    const message = await mail.waitFor((m) => m.to.includes(record.email), 20_000);
    expect(message.subject).toMatch(/Inbjudan/);
    const visitor = await newPage();
    await visitor.goto(linkIn(message.text, '/join'));
    await visitor.getByRole('heading', { name: 'Join the alumni community', level: 1 }).waitFor();
    await expectAccessible(visitor, 'join from an invitation');
    expect(await visitor.getByLabel('First name').inputValue()).toBe(record.firstName);
    await visitor.getByLabel('Password', { exact: true }).fill('palaan-taloon-2026');
    await visitor.getByRole('button', { name: 'Join the community' }).click();
    // The invitation's language was pre-chosen for the account, so the portal now speaks Swedish.
    await visitor.getByRole('heading', { name: 'Din profil', level: 1 }).waitFor();
    await expectAccessible(visitor, 'profile after joining');
    const status = (await (await visitor.request.get(`${server.url}/api/v1/membership`)).json()) as { verificationStatus: string };
    expect(status.verificationStatus).toBe('verified');
    const again = mail.list().filter((m) => m.to.includes(record.email));
    expect(again).toHaveLength(1);
  });
});

