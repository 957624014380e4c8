import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { MailCatcher } from '@alumni/server/mail-catcher';
import { axeViolations, launchBrowser } from './browser.js';
import { startServer, type RunningServer } from './server.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const screenshots = path.resolve(here, '../../docs/screenshots');
const artifacts = path.join(here, 'artifacts');

export async function expectAccessible(page: Page, what: string): Promise<void> {
  expect(await axeViolations(page), `axe on ${what}`).toEqual([]);
}

/** The first link in a mail's text to `pathname` that carries a token. */
export function linkIn(text: string, pathname: string): string {
  const match = new RegExp(`https?://[^\\s]+${pathname}\\?token=[A-Za-z0-9_-]+`).exec(text);
  if (!match) throw new Error(`no ${pathname} link in:\n${text}`);
  return match[0];
}

/**
 * New pages, each in its own browser context (its own cookies), for a journey file. A failing step
 * leaves a screenshot and the page's text behind for whoever reads the log.
 */
export function journeyPages(browser: () => Browser): { newPage: () => Promise<Page>; watch: (page: Page) => void } {
  let current: Page | undefined;
  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail' || !current) return;
    const name = ctx.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
    mkdirSync(artifacts, { recursive: true });
    await current.screenshot({ path: path.join(artifacts, `${name}.png`) }).catch(() => undefined);
    const text = await current.locator('body').innerText().catch(() => '');
    console.log(`page at failure (${current.url()}):\n${text}`);
  });
  return {
    newPage: async () => {
      const context = await browser().newContext({ locale: 'en-GB', viewport: { width: 1280, height: 860 } });
      current = await context.newPage();
      return current;
    },
    /** The page a failure should show, when a step goes back to an earlier one. */
    watch: (page) => {
      current = page;
    },
  };
}

/**
 * A journey file's world: the built app on its own port and database, a mail server the app sends
 * to, and Chromium; started before the file's tests and stopped after them.
 */
export function journey(port: number) {
  const mail = new MailCatcher();
  let browser: Browser | undefined;
  let running: RunningServer | undefined;
  beforeAll(async () => {
    await mail.start(0);
    running = await startServer({ port, smtpUrl: mail.url });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await running?.stop();
    await mail.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the journey has not started');
    return value;
  };
  return {
    mail,
    server: {
      get url() {
        return started(running).url;
      },
    },
    ...journeyPages(() => started(browser)),
  };
}
