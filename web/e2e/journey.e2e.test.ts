import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, journey, linkIn, screenshots } from './kit.js';

const { mail, server, newPage, watch } = journey(3230);

describe('a member joins, confirms, signs in, switches language and signs out', () => {
  const email = `aino.e2e.${Date.now()}@example.fi`;
  const password = 'kesätyö-2019-muistot';
  let page: Page;

  it('is told, on the field and aloud, what is wrong with the form', async () => {
    page = await newPage();
    await page.goto(`${server.url}/register`);
    await expect.poll(() => page.title()).toMatch(/Join/);
    await expectAccessible(page, 'register');
    await page.getByLabel('First name').fill('Aino');
    await page.getByLabel('Last name').fill('Virtanen');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    const passwordField = page.getByLabel('Password', { exact: true });
    await expect.poll(() => passwordField.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await passwordField.getAttribute('aria-describedby')) ?? '';
    const errorText = await page.locator(`[id="${describedBy.split(' ').find((id) => id.endsWith('-error')) ?? ''}"]`).innerText();
    expect(errorText).toMatch(/10 characters/);
    expect(await page.getByRole('alert').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'register with errors');
  });

  it('registers', async () => {
    await page.getByLabel('First name').fill('Aino');
    await page.getByLabel('Last name').fill('Virtanen');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('Check your email').waitFor();
    await expectAccessible(page, 'register (done)');
  });

  it('confirms the address from the caught mail with a click, not by opening the link', async () => {
    const message = await mail.waitFor((m) => m.to.includes(email), 20_000);
    const link = linkIn(message.text, '/confirm-email');
    await page.goto(link);
    const button = page.getByRole('button', { name: 'Confirm my address' });
    await button.waitFor();
    await expectAccessible(page, 'confirm email');
    await button.click();
    await page.getByText('your address is confirmed').waitFor();
  });

  it('signs in and sees the portal home', async () => {
    await page.goto(`${server.url}/sign-in`);
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    await expectAccessible(page, 'sign in');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { name: 'Welcome, Aino' }).waitFor();
    await expectAccessible(page, 'portal home');
    await page.screenshot({ path: path.join(screenshots, 'portal.png') });
  });

  it('switches to Swedish, and the choice is kept on the account', async () => {
    await page.getByLabel('Language', { exact: true }).selectOption('sv');
    await page.getByRole('heading', { name: 'Välkommen, Aino' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    await expectAccessible(page, 'portal home in Swedish');
    await expect.poll(async () => ((await (await page.request.get(`${server.url}/api/v1/auth/session`)).json()) as { user: { language: string } }).user.language).toBe('sv');
    await page.reload();
    await page.getByRole('heading', { name: 'Välkommen, Aino' }).waitFor();
  });

  it('visits account settings', async () => {
    await page.goto(`${server.url}/account`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The devices list names this browser's session (the UI is in Swedish by now).
    await page.getByRole('list', { name: 'Enheter där du är inloggad' }).getByText('Den här enheten').waitFor();
    await expectAccessible(page, 'account settings');
  });

  it('signs out', async () => {
    await page.getByRole('button', { name: 'Logga ut', exact: true }).click();
    await expect.poll(async () => (await page.request.get(`${server.url}/api/v1/auth/session`)).status()).toBe(401);
    await page.getByRole('link', { name: /Logga in/ }).first().waitFor();
    await expectAccessible(page, 'signed out');
  });

  it('forgets the password and sets a new one from the mailed link', async () => {
    const fresh = await newPage();
    await fresh.goto(`${server.url}/sign-in`);
    await fresh.getByRole('link', { name: 'Forgot your password?' }).click();
    await fresh.getByRole('heading', { name: 'Forgot your password', level: 1 }).waitFor();
    await expectAccessible(fresh, 'forgot password');
    mail.clear();
    await fresh.getByLabel('Email').fill(email);
    await fresh.getByRole('button', { name: 'Send reset link' }).click();
    await fresh.getByText('a link to reset the password is on its way').waitFor();
    const message = await mail.waitFor((m) => m.to.includes(email), 20_000);
    // The mail speaks the language of the page the request came from.
    expect(message.subject).toMatch(/Reset your password/);
    await fresh.goto(linkIn(message.text, '/reset-password'));
    await fresh.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible(fresh, 'reset password');
    await fresh.getByLabel('New password').fill('ett nytt lösenord 2026');
    await fresh.getByRole('button', { name: 'Save new password' }).click();
    await fresh.getByText('Your password has been changed').waitFor();
    await fresh.goto(`${server.url}/sign-in`);
    await fresh.getByLabel('Email').fill(email);
    await fresh.getByLabel('Password', { exact: true }).fill('ett nytt lösenord 2026');
    await fresh.getByRole('button', { name: 'Sign in', exact: true }).click();
    await fresh.getByRole('heading', { name: 'Välkommen, Aino' }).waitFor();
  });
});

describe('a member signs in by a magic link', () => {
  it('requests the link, opens it, and signs in only on the click', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/sign-in`);
    await page.getByRole('button', { name: 'Email me a sign-in link instead' }).click();
    await page.getByLabel('Email').fill('member@demo.alumni.example');
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByText('a sign-in link is on its way').waitFor();
    await expectAccessible(page, 'magic link requested');
    const message = await mail.waitFor((m) => m.to.includes('member@demo.alumni.example'), 20_000);
    await page.goto(linkIn(message.text, '/magic-link'));
    await page.getByRole('button', { name: 'Sign me in' }).waitFor();
    expect((await page.request.get(`${server.url}/api/v1/auth/session`)).status()).toBe(401);
    await expectAccessible(page, 'magic link');
    await page.getByRole('button', { name: 'Sign me in' }).click();
    await page.getByRole('heading', { name: /^(Welcome|Tervetuloa|Välkommen), / }).waitFor();
  });
});

describe('an admin runs the console', () => {
  it('signs in and visits the console, staff users and the audit log', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('Email').fill('admin@demo.alumni.example');
    await page.getByLabel('Password', { exact: true }).fill('demo-admin-2026');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    // The demo admin's account language is Finnish, and the account's language wins at sign-in.
    await page.getByRole('heading', { name: 'Ylläpito', level: 1 }).waitFor();
    await expectAccessible(page, 'admin home in Finnish');
    await page.getByLabel('Kieli', { exact: true }).selectOption('en');
    await page.getByRole('heading', { name: 'Admin console', level: 1 }).waitFor();
    await expectAccessible(page, 'admin home');

    await page.getByRole('link', { name: 'Staff users' }).first().click();
    await page.getByRole('heading', { name: 'Staff users', level: 1 }).waitFor();
    await page.getByRole('cell', { name: 'hr@demo.alumni.example', exact: true }).waitFor();
    await expectAccessible(page, 'staff users');
    await page.screenshot({ path: path.join(screenshots, 'console.png'), fullPage: true });

    const invitee = `new.hr.${Date.now()}@example.fi`;
    await page.getByLabel('Email', { exact: true }).fill(invitee);
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText('Invitation sent to').waitFor();
    await expectAccessible(page, 'staff users after invite');

    const invitation = await mail.waitFor((m) => m.to.includes(invitee), 20_000);
    const newcomer = await newPage();
    await newcomer.goto(linkIn(invitation.text, '/accept-invite'));
    await newcomer.getByRole('heading', { name: 'Accept your invitation', level: 1 }).waitFor();
    await expectAccessible(newcomer, 'accept invitation');
    await newcomer.getByLabel('First name').fill('Päivi');
    await newcomer.getByLabel('Last name').fill('Heikkinen');
    await newcomer.getByLabel('Password', { exact: true }).fill('hr-salasana-2026');
    await newcomer.getByRole('button', { name: 'Accept invitation' }).click();
    await newcomer.getByRole('heading', { name: 'Admin console', level: 1 }).waitFor();
    // HR sees the console, but not the admin-only sections.
    expect(await newcomer.getByRole('link', { name: 'Staff users' }).count()).toBe(0);
    watch(page);

    await page.getByRole('link', { name: 'Audit log' }).first().click();
    await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
    await page.getByRole('cell', { name: 'staff.invited' }).first().waitFor();
    await page.getByRole('cell', { name: 'staff.invite_accepted' }).first().waitFor();
    await expectAccessible(page, 'audit log');
    await page.getByLabel('Person').fill('ADMIN@demo');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => page.url()).toContain('actor=ADMIN%40demo');
    await page.getByRole('cell', { name: 'staff.invited' }).first().waitFor();
    expect(await page.getByRole('cell', { name: 'staff.invite_accepted' }).count()).toBe(0);
  });

  it('keeps members out of the console', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('Email').fill('member@demo.alumni.example');
    await page.getByLabel('Password', { exact: true }).fill('demo-member-2026');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { name: /^(Welcome|Tervetuloa|Välkommen), / }).waitFor();
    await page.goto(`${server.url}/admin/staff`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { name: 'Staff users', level: 1 }).count()).toBe(0);
    await expectAccessible(page, 'console refused to a member');
  });

  it('shows a page for an address that does not exist', async () => {
    const page = await newPage();
    const res = await page.goto(`${server.url}/no/such/page`);
    expect(res?.status()).toBe(200);
    await page.getByRole('heading', { name: 'Page not found', level: 1 }).waitFor();
    await expectAccessible(page, 'not found');
  });
});
