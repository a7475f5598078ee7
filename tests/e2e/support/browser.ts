// Helpers for end-to-end tests: a system Chromium driven by playwright-core.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from '../../../scripts/find-chromium.mjs';

export type { Browser, BrowserContext, Page };

export async function launchBrowser(): Promise<Browser> {
  return launchChromium(chromium);
}

export interface OpenPageOptions {
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark' | 'no-preference';
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions thrown in the page. */
  pageErrors: Error[];
  /** Text of `console.error` messages. */
  consoleErrors: string[];
}

/** Opens `path` (e.g. "/" or "/visits?year=2020") of the served build in a fresh context. */
export async function openPage(
  browser: Browser,
  path: string,
  opts: OpenPageOptions = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1440, height: 900 },
    reducedMotion: 'reduce',
    ...(opts.colorScheme ? { colorScheme: opts.colorScheme } : {}),
  });
  const page = await context.newPage();
  const pageErrors: Error[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.goto(inject('baseUrl') + path, { waitUntil: 'load' });
  return { context, page, pageErrors, consoleErrors };
}

/** A view's named region ("Visit frequency", "Events"…). */
export const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
