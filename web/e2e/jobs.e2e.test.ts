import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, journey, screenshots } from './kit.js';

const { server, newPage } = journey(3234);

const title = `Sijainen päivystykseen ${Date.now().toString(36)}`;
const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' });

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${server.url}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  const language = page.getByLabel(/^(Kieli|Språk|Language)$/);
  if ((await language.inputValue()) !== 'en') await language.selectOption('en');
}

describe('a recruiter posts a job, a member finds it, raises a hand and shares it, the recruiter flags the member and records the rehire', () => {
  let recruiter: Page;
  let member: Page;
  let jobUrl = '';

  it('the recruiter posts a returner job', async () => {
    recruiter = await newPage();
    await signIn(recruiter, 'recruiter@demo.alumni.example', 'demo-recruiter-2026');
    await recruiter.getByRole('link', { name: 'Jobs' }).first().click();
    await recruiter.getByRole('heading', { name: 'Jobs', level: 1 }).waitFor();
    await expectAccessible(recruiter, 'jobs in the console');
    await recruiter.getByRole('link', { name: 'New job' }).click();
    await recruiter.getByRole('heading', { name: 'New job', level: 1 }).waitFor();
    await recruiter.getByLabel('Title in Finnish').fill(title);
    await recruiter.getByLabel('Description in Finnish').fill('Päivystyksen sijaisuus. Arvostamme osaamista: **akuuttihoito**, lääkehoito ja perehdyttäminen.');
    await recruiter.getByLabel('Title in English').fill(`${title} (substitute)`);
    await recruiter.getByLabel('Department').fill('Sairaalapalvelut');
    await recruiter.getByLabel('Place').fill('Tampere');
    await recruiter.getByLabel('Type of work').selectOption('substitute');
    await recruiter.getByLabel('Opens on').fill(today);
    await recruiter.getByRole('radio', { name: 'Published' }).check();
    await expectAccessible(recruiter, 'new job form');
    await recruiter.getByRole('button', { name: 'Save job' }).click();
    await recruiter.waitForURL(/\/admin\/jobs\/[0-9a-f-]{36}$/);
    jobUrl = recruiter.url();
    await recruiter.getByRole('heading', { name: 'Suggested alumni' }).waitFor();
    await expectAccessible(recruiter, 'job page in the console');
  });

  it('the member finds the job, raises a hand and gets a personal share link', async () => {
    member = await newPage();
    await signIn(member, 'member@demo.alumni.example', 'demo-member-2026');
    await member.getByRole('link', { name: 'Jobs' }).first().click();
    await member.getByRole('heading', { name: 'Job board', level: 1 }).waitFor();
    await member.getByLabel('Search', { exact: true }).fill(title);
    await member.getByRole('button', { name: 'Search', exact: true }).click();
    await expectAccessible(member, 'job board');
    await member.getByRole('link', { name: `${title} (substitute)` }).click();
    await member.getByRole('heading', { name: `${title} (substitute)`, level: 1 }).waitFor();
    await member.getByLabel('Message to the recruiter (optional)').fill('Tunnen päivystyksen, palaisin mielelläni.');
    await member.getByRole('button', { name: 'I’m interested' }).click();
    await member.getByText('Your interest has been sent to the recruiter.').waitFor();
    // A CV goes with the interest: a PDF, checked by the server.
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(500, 0x20), Buffer.from('\n%%EOF\n')]);
    await member.getByLabel('CV (PDF, at most 5 MB)').setInputFiles({ name: 'Mikko Korhonen CV.pdf', mimeType: 'application/pdf', buffer: pdf });
    await member.getByRole('button', { name: 'Upload CV' }).click();
    await member.getByText('Your CV was uploaded.').waitFor();
    await member.getByRole('button', { name: 'Get my share link' }).click();
    const link = await member.getByLabel('Your share link').inputValue();
    expect(link).toMatch(/\/api\/v1\/s\/[A-Za-z0-9_-]{16}$/);
    await expectAccessible(member, 'job page with interest and share link');
    await member.screenshot({ path: path.join(screenshots, 'job-page.png') });
    // The member saves a job alert on their own jobs page.
    await member.goto(`${server.url}/jobs/mine`);
    await member.getByRole('heading', { name: 'My jobs', level: 1 }).waitFor();
    await member.getByRole('checkbox', { name: 'Substitute' }).check();
    await member.getByRole('button', { name: 'Save job alert' }).click();
    await member.getByText('Your job alert was saved.').waitFor();
    await expectAccessible(member, 'my jobs with the job alert');
    // Someone opens the shared link: the visit counts, and it leads to the job.
    const visit = await member.request.get(link, { maxRedirects: 0 });
    expect(visit.status()).toBe(302);
    expect(visit.headers().location).toMatch(/^\/jobs\/[0-9a-f-]{36}\?ref=/);
  });

  it('the recruiter sees the interest, flags the member from the suggestions and moves the flag to rehired', async () => {
    await recruiter.goto(jobUrl);
    await recruiter.getByText('Tunnen päivystyksen, palaisin mielelläni.').waitFor();
    const suggestion = recruiter.locator('li', { has: recruiter.getByRole('heading', { name: 'Mikko Korhonen' }) });
    await suggestion.getByRole('button', { name: 'Flag as boomerang' }).click();
    await suggestion.getByLabel('Why', { exact: true }).fill('Knows the emergency ward, wants to come back');
    await suggestion.getByRole('button', { name: 'Flag', exact: true }).click();
    await recruiter.getByText('Mikko Korhonen flagged.', { exact: false }).waitFor();
    await expectAccessible(recruiter, 'job page after flagging');

    await recruiter.getByRole('link', { name: 'Boomerangs' }).first().click();
    await recruiter.getByRole('heading', { name: 'Boomerang board', level: 1 }).waitFor();
    await expectAccessible(recruiter, 'boomerang board');
    // The card as it stands in a stage's column: moving it remounts it in the next column.
    const cardIn = (stage: string) => recruiter.locator(`section[aria-labelledby="talent-column-${stage}"] li.talent-card`, { hasText: 'Knows the emergency ward' });
    let from = 'flagged';
    for (const stage of ['contacted', 'interviewing', 'offer']) {
      const card = cardIn(from);
      await card.getByLabel('Move to').selectOption(stage);
      await card.getByRole('button', { name: 'Move Mikko Korhonen' }).click();
      await cardIn(stage).waitFor();
      from = stage;
    }
    const card = cardIn('offer');
    await card.getByLabel('Move to').selectOption('rehired');
    await card.getByLabel('Starts on').fill(today);
    await card.getByLabel('Type of work').selectOption('substitute');
    await card.getByRole('button', { name: 'Record rehire Mikko Korhonen' }).click();
    await cardIn('rehired').getByText('Rehired on', { exact: false }).waitFor();
    await expectAccessible(recruiter, 'boomerang board after the rehire');
    await recruiter.screenshot({ path: path.join(screenshots, 'boomerang-board.png') });
  });
});
