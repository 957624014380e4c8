import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, journey, screenshots } from './kit.js';

const { mail, server, newPage, watch } = journey(3233);

const memberEmail = 'member@demo.alumni.example';
const hrEmail = 'hr@demo.alumni.example';
const subject = `Talven kuulumiset ${Date.now().toString(36)}`;
const nextYear = new Date().getFullYear() + 1;

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${server.url}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

describe('HR writes, previews, test-sends, schedules and sends a newsletter; a member reads it and unsubscribes in one click', () => {
  let hr: Page;

  it('HR sees the plan against the cadence policy', async () => {
    hr = await newPage();
    await signIn(hr, hrEmail, 'demo-hr-2026');
    await hr.getByRole('heading', { name: 'Ylläpito', level: 1 }).waitFor();
    await hr.getByLabel('Kieli', { exact: true }).selectOption('en');
    await hr.getByRole('heading', { name: 'Admin console', level: 1 }).waitFor();
    await hr.getByRole('link', { name: 'Newsletters' }).first().click();
    await hr.getByRole('heading', { name: 'Newsletters', level: 1 }).waitFor();
    await hr.getByRole('heading', { name: `Plan for ${new Date().getFullYear()}` }).waitFor();
    await expectAccessible(hr, 'newsletter plan');
  });

  it('HR writes the issue with a live preview; an unknown placeholder is an error in the editor', async () => {
    await hr.getByRole('link', { name: 'New newsletter' }).click();
    await hr.getByRole('heading', { name: 'New newsletter', level: 1 }).waitFor();
    await hr.getByLabel('Subject in Finnish').fill(subject);
    await hr.getByLabel('Preheader in Finnish').fill('Tapahtumia ja uutisia');
    await hr.getByLabel('Text in Finnish').fill('Hei {{etunimi}}!');
    await hr.getByText('Unknown placeholder {{etunimi}}', { exact: false }).first().waitFor();
    await hr.getByLabel('Text in Finnish').fill('Hei {{first_name}}!\n\nTervetuloa **kevään alumni-iltaan**. <script>alert(1)</script>');
    await hr.getByLabel('Upcoming events').selectOption('3');
    // The preview is the mail itself, made by the server's renderer, with the author as the reader.
    const preview = hr.frameLocator('iframe[title="Newsletter preview"]');
    await preview.getByText('Hei Kaisa!').waitFor();
    await preview.getByText('kevään alumni-iltaan').waitFor();
    await preview.getByText('Tulevat tapahtumat').waitFor();
    expect(await preview.locator('script').count()).toBe(0);
    await expectAccessible(hr, 'newsletter editor with preview');
    await hr.screenshot({ path: path.join(screenshots, 'newsletter-editor.png') });
    await hr.getByRole('button', { name: 'Save as draft' }).click();
    await hr.waitForURL(/\/admin\/newsletters\/[0-9a-f-]{36}$/);
    await hr.getByText('The newsletter is saved as a draft.', { exact: false }).first().waitFor();
  });

  it('HR sends a test to themself and gets it', async () => {
    await hr.getByRole('button', { name: 'Send a test' }).click();
    await hr.getByText(`Test sent to ${hrEmail}.`).waitFor();
    const test = await mail.waitFor((m) => m.to.includes(hrEmail) && m.subject.includes(subject), 30_000);
    expect(test.subject.startsWith('[')).toBe(true);
    expect(test.text).toContain('Hei Kaisa!');
    expect(test.html).not.toContain('<script');
  });

  it('HR schedules it, cancels the schedule, then sends it now and watches it finish', async () => {
    await hr.getByRole('radio', { name: 'At a set time' }).check();
    await hr.getByLabel('Send at').fill(`${nextYear}-01-20T09:00`);
    await hr.getByRole('button', { name: 'Schedule sending' }).click();
    await hr.getByText(/The newsletter is scheduled for/).waitFor();
    await expectAccessible(hr, 'scheduled newsletter');
    await hr.getByRole('button', { name: 'Cancel the schedule' }).click();
    const yes = hr.getByRole('button', { name: /^Yes/ });
    if (await yes.count()) await yes.first().click();
    await hr.getByText('The schedule is cancelled and the newsletter is a draft again.').waitFor();
    await hr.getByRole('radio', { name: 'Right away' }).check();
    await hr.getByText(/Goes to \d+ members/).first().waitFor();
    await hr.getByRole('button', { name: 'Send now' }).click();
    await hr.getByRole('button', { name: 'Yes, send now' }).click();
    watch(hr);
    await hr.getByRole('progressbar', { name: 'Sending progress' }).waitFor();
    await hr.getByText(/^Sent (\d+) of \1; 0 still to go\.$/).waitFor({ timeout: 60_000 });
    await hr.getByRole('heading', { name: 'Results' }).waitFor();
    await expectAccessible(hr, 'sent newsletter with results');
    await hr.screenshot({ path: path.join(screenshots, 'newsletter-sent.png') });
  });

  it('the member reads it in the caught mail and unsubscribes in one click, without signing in', async () => {
    const issue = await mail.waitFor((m) => m.to.includes(memberEmail) && m.subject === subject, 30_000);
    expect(issue.text).toContain('Hei Mikko!');
    expect(issue.headers.get('list-unsubscribe-post') ?? JSON.stringify(issue.headers.get('list'))).toBeTruthy();
    expect(issue.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    const link = /https?:\/\/\S+\/unsubscribe\?token=[A-Za-z0-9_-]+/.exec(issue.text)?.[0];
    if (!link) throw new Error(`no unsubscribe link in:\n${issue.text}`);
    const member = await newPage();
    await member.goto(link);
    // Opening the page changed nothing: it asks for the click.
    await member.getByRole('button', { name: 'Unsubscribe from the newsletter' }).waitFor();
    await expectAccessible(member, 'unsubscribe page');
    await member.getByRole('button', { name: 'Unsubscribe from the newsletter' }).click();
    await member.getByText('You have unsubscribed from the newsletter.', { exact: false }).waitFor();
    expect(await member.getByRole('checkbox', { name: 'Newsletter' }).isChecked()).toBe(false);
    await expectAccessible(member, 'unsubscribed');
    await member.screenshot({ path: path.join(screenshots, 'newsletter-unsubscribed.png') });
  });

  it('the member finds the issue in the portal archive', async () => {
    const member = await newPage();
    await signIn(member, memberEmail, 'demo-member-2026');
    await member.getByRole('link', { name: 'Uutiskirjeet' }).first().click();
    await member.getByRole('heading', { name: 'Uutiskirjearkisto', level: 1 }).waitFor();
    await expectAccessible(member, 'newsletter archive');
    await member.getByRole('link', { name: subject }).click();
    await member.getByRole('heading', { name: subject, level: 1 }).waitFor();
    await member.getByText('Hei Mikko!').waitFor();
    await expectAccessible(member, 'archived issue');
  });
});
