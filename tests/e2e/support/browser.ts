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
  await waitForApp(page);
  return { context, page, pageErrors, consoleErrors };
}

/**
 * Waits until the app runs and every view on or near the screen has hydrated. The scripts
 * start after the baked page's first paint (public/boot.js), which can be after `load`;
 * views further down hydrate as they near the screen or on the first input.
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForSelector('html[data-app="live"]', { state: 'attached' });
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-view]')].every((view) => {
      const box = view.getBoundingClientRect();
      const near = box.top < window.innerHeight * 1.5 && box.bottom > -window.innerHeight * 0.5;
      return view.hasAttribute('data-live') || !near || box.height === 0;
    }),
  );
}

/**
 * As a reader's first move does (see src/app/hydration-gate.ts), lets every view hydrate,
 * and waits until all have.
 */
export async function wakeAllViews(page: Page): Promise<void> {
  await waitForApp(page);
  await page.mouse.move(5, 5);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-view]')].every((view) => view.hasAttribute('data-live')),
  );
}

/** A view's named region ("Visit frequency", "Events"…). */
export const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
