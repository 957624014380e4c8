import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, journey, screenshots } from './kit.js';

const { mail, server, newPage, watch } = journey(3232);

const memberEmail = 'member@demo.alumni.example';
const title = `Hospital alumni evening ${Date.now().toString(36)}`;
const nextYear = new Date().getFullYear() + 1;

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${server.url}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** The figure beside a label in the event page's answers panel. */
async function figure(page: Page, label: string): Promise<string> {
  const section = page.locator('section', { has: page.getByRole('heading', { name: 'Answers' }) });
  return section.getByText(new RegExp(`^${label}`)).first().locator('xpath=..').innerText();
}

describe('HR plans an event for a segment, a member answers from the mail, HR checks them in', () => {
  let hr: Page;
  let eventUrl = '';

  it('HR saves a segment with a live count', async () => {
    hr = await newPage();
    await signIn(hr, 'hr@demo.alumni.example', 'demo-hr-2026');
    await hr.getByRole('heading', { name: 'Ylläpito', level: 1 }).waitFor();
    await hr.getByLabel('Kieli', { exact: true }).selectOption('en');
    await hr.getByRole('heading', { name: 'Admin console', level: 1 }).waitFor();
    await hr.getByRole('link', { name: 'Audience segments' }).first().click();
    await hr.getByRole('heading', { name: 'Audience segments', level: 1 }).waitFor();
    await expectAccessible(hr, 'segments');
    const newSegment = hr.getByRole('button', { name: 'New segment' }).or(hr.getByRole('link', { name: 'New segment' }));
    if (await newSegment.count()) await newSegment.first().click();
    await hr.getByLabel('Name', { exact: true }).fill('Hospital services alumni');
    await hr.getByLabel('Departments').fill('Sairaalapalvelut');
    await hr.getByText(/\d+ members? match/).waitFor();
    await expectAccessible(hr, 'segment form with count');
    await hr.getByRole('button', { name: 'Save segment' }).click();
    await hr.getByText('Segment Hospital services alumni saved.').waitFor();
  });

  it('HR creates the event, publishes it and sends the invitations', async () => {
    await hr.getByRole('link', { name: 'Events' }).first().click();
    await hr.getByRole('heading', { name: 'Events', level: 1 }).waitFor();
    await expectAccessible(hr, 'events list');
    await hr.getByRole('link', { name: 'New event' }).click();
    await hr.getByRole('heading', { name: 'New event', level: 1 }).waitFor();
    await hr.getByLabel('Type of event').selectOption('alumni_evening');
    await hr.getByLabel('Title in English').fill(title);
    await hr.getByLabel('Title in Finnish').fill(title);
    await hr.getByLabel('Description in English').fill('An evening for **everyone** who worked at our hospitals.');
    await hr.getByLabel('Starts').fill(`${nextYear}-03-27T18:00`);
    await hr.getByLabel('Ends').fill(`${nextYear}-03-27T21:00`);
    await hr.getByLabel('Place name').fill('Meilahti, auditorio');
    await hr.getByLabel('Address').fill('Haartmaninkatu 4, Helsinki');
    await hr.getByLabel('Capacity').fill('30');
    await hr.getByLabel('Audience').selectOption({ label: 'Hospital services alumni' });
    await expectAccessible(hr, 'event form');
    await hr.getByRole('button', { name: 'Save as draft' }).click();
    await hr.getByText('The event is saved as a draft. Publish it when it is ready.').waitFor();
    eventUrl = hr.url();
    await hr.getByRole('button', { name: 'Publish' }).click();
    await hr.getByText(/The event is published and members can answer/).waitFor();
    await hr.getByText(/members? in the audience/).waitFor();
    await expectAccessible(hr, 'published event');
    await hr.getByRole('button', { name: 'Send invitations' }).click();
    const yes = hr.getByRole('button', { name: 'Yes, send' });
    if (await yes.count()) await yes.click();
    await hr.getByText(/^Invited \d+ members?; 0 had been invited already\.$/).waitFor();
    await expectAccessible(hr, 'invitations sent');
    expect(await figure(hr, 'Going')).toMatch(/0/);
  });

  it('the member answers from the caught mail without signing in', async () => {
    const invitation = await mail.waitFor((m) => m.to.includes(memberEmail) && m.subject.startsWith(`Kutsu: ${title}`), 30_000);
    expect(invitation.text).toContain('Tulen:');
    const link = /https?:\/\/\S+\/rsvp\?token=[A-Za-z0-9_-]+&answer=going/.exec(invitation.text)?.[0];
    if (!link) throw new Error(`no answer link in:\n${invitation.text}`);
    const member = await newPage();
    await member.goto(link);
    // The page opens in the mail's language and asks for the click: opening it answered nothing.
    await member.getByRole('heading', { name: 'Vastaa kutsuun', level: 1 }).waitFor();
    await expectAccessible(member, 'answer page');
    await member.getByRole('button', { name: 'Vahvista: Tulen' }).click();
    await member.getByText('Vastauksesi on tallennettu').waitFor();
    await expectAccessible(member, 'answer saved');
    await member.screenshot({ path: path.join(screenshots, 'event-answer.png') });
  });

  it('HR sees the seat taken and checks the member in', async () => {
    watch(hr);
    await hr.goto(eventUrl);
    await hr.getByText('Seats taken: 1 of 30 (29 left)').waitFor();
    expect(await figure(hr, 'Going')).toMatch(/1/);
    await hr.screenshot({ path: path.join(screenshots, 'event-console.png') });
    await hr.getByRole('link', { name: 'Attendees and check-in' }).click();
    await hr.getByText('Checked in 0 of 1 going').waitFor();
    await hr.getByLabel('Search by name or email').fill('Korhonen');
    await hr.getByRole('button', { name: 'Check in Mikko Korhonen' }).click();
    await hr.getByText('Mikko Korhonen checked in.').waitFor();
    await hr.getByText('Checked in 1 of 1 going').waitFor();
    await hr.getByRole('button', { name: 'Undo check-in of Mikko Korhonen' }).waitFor();
    await expectAccessible(hr, 'check-in');
  });
});
