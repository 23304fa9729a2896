// Headless Debian Chromium running the PWA, with the page probe installed before the app's scripts.
import { chromium, type Browser, type Page } from 'playwright-core';
import { PAGE_PROBE } from './page-probe.js';

const CHROMIUM = '/usr/bin/chromium';
// Without the last three, Chromium keeps dialing out (and is refused).
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface DomTiming {
  dom: number;
  frame: number;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}

/** A fresh context (no cache, no IndexedDB, no service worker) on the containers view. */
export async function openApp(browser: Browser, url: string): Promise<{ page: Page; close(): Promise<void> }> {
  // Tall viewport: the virtualised list renders more rows to watch.
  const context = await browser.newContext({ viewport: { width: 1280, height: 2000 } });
  await context.addInitScript({ content: PAGE_PROBE });
  const page = await context.newPage();
  await page.goto(`${url}/containers`);
  return { page, close: () => context.close() };
}

export async function renderedRows(page: Page): Promise<Array<{ id: string; state: string; shown: { state?: string; text?: string } }>> {
  return page.evaluate('window.__plBench.rows()');
}

/** Ms since navigation when `minRows` rows first showed a state. */
export async function firstRender(page: Page, minRows: number): Promise<number> {
  return page.evaluate(`window.__plBench.firstRender(${JSON.stringify(minRows)})`);
}

export async function armWatch(page: Page, id: string, state: string): Promise<boolean> {
  return page.evaluate(`window.__plBench.arm(${JSON.stringify(id)}, ${JSON.stringify(state)})`);
}

export async function watchResult(page: Page, id: string): Promise<DomTiming | null> {
  return page.evaluate(`window.__plBench.result(${JSON.stringify(id)})`);
}
