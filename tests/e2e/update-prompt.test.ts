// A new version of the app waits for the user: "Update available — Reload" appears, and Reload switches
// the page to it. No engine needed: the relay serves the app even while Docker is unreachable.
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { RunningRelay } from '../../relay/relay.js';
import { launchChromium } from '../support/chromium.js';
import { requireWebBuild, startWebRelay } from '../support/web-relay.js';

describe('a new version of the app', () => {
  let browser: Browser;
  let relay: RunningRelay;
  let root: string;

  beforeAll(async () => {
    browser = await launchChromium();
    root = mkdtempSync(join(tmpdir(), 'plt-web-'));
    cpSync(requireWebBuild(), root, { recursive: true });
    relay = await startWebRelay({ dockerHost: `unix://${join(root, 'no-docker.sock')}` }, 0, root);
  });

  afterAll(async () => {
    await browser?.close();
    await relay?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('is offered, not forced, and Reload switches to it', async () => {
    const page = await browser.newPage();
    await page.goto(relay.url);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    // A returning visit, controlled by the worker: only then does a new version wait instead of taking over.
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 10_000 });
    const update = page.locator('pl-update').getByRole('button', { name: 'Reload' });
    expect(await update.count()).toBe(0);

    // Any byte changed in sw.js is a new version to the browser.
    appendFileSync(join(root, 'sw.js'), '\n// next version\n');
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
    await update.waitFor({ timeout: 15_000 });
    await page.locator('pl-update').getByText('Update available').waitFor({ timeout: 1_000 });

    const reloaded = page.waitForEvent('load', { timeout: 15_000 });
    await update.click();
    await reloaded;
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 10_000 });
    const waiting = await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.waiting ?? null));
    expect(waiting).toBeNull();
    expect(await update.count()).toBe(0);
  });
});
