// The app against a real relay, a private engine and Debian's Chromium: live changes, the relay going
// away, a reload while it is away (service worker shell + cached state), and its return.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RunningRelay } from '../../relay/relay.js';
import { launchChromium } from '../support/chromium.js';
import { createContainer } from '../support/docker-ops.js';
import { cachedStateText, firstStateMs, indicator, indicatorText } from '../support/page-probes.js';
import { startPrivateEngine, type PrivateEngine } from '../support/private-engine.js';
import { eventually } from '../support/relay-harness.js';
import { startWebRelay } from '../support/web-relay.js';

describe('the web app stays live, and opens offline on the last-known state', () => {
  let engine: PrivateEngine;
  let relay: RunningRelay | undefined;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let port: number;

  beforeAll(async () => {
    browser = await launchChromium();
    engine = await startPrivateEngine();
    relay = await startWebRelay(engine);
    port = relay.port;
    context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await relay?.close();
    await engine?.dispose();
  });

  const containerRow = (name: string) => page.locator('pl-containers').getByText(name, { exact: true }).first();

  it('shows a container started through the Docker API without a reload', async () => {
    await page.goto(`http://127.0.0.1:${port}/containers`);
    await eventually(async () => (await indicator(page)) === 'live', () => 'indicator never said live');
    const container = await createContainer(engine.docker, 'e2e-first');
    await container.start();
    await containerRow('e2e-first').waitFor({ timeout: 10_000 });
    // The service worker is in place, and the state is in IndexedDB, before anything goes away.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await eventually(async () => (await cachedStateText(page))?.includes('e2e-first') ?? false, () => 'state never cached', 10_000);
  });

  it('leaves "live" within seconds when the relay stops, and keeps the last state on screen', async () => {
    const stoppedAt = Date.now();
    await relay?.close();
    relay = undefined;
    await eventually(async () => (await indicator(page)) !== 'live', () => 'indicator stayed live', 5_000);
    console.log(`e2e: indicator left live ${Date.now() - stoppedAt} ms after the relay stopped`);
    await containerRow('e2e-first').waitFor({ timeout: 1_000 });
  });

  it('reloaded while the relay is down: the shell comes from the service worker, the cached state within a second, stale', async () => {
    const started = Date.now();
    const response = await page.reload({ waitUntil: 'commit' });
    expect(response?.fromServiceWorker()).toBe(true);
    await containerRow('e2e-first').waitFor({ timeout: 3_000 });
    const shownAfter = Date.now() - started;
    const mark = await firstStateMs(page);
    console.log(`e2e: cached state on screen ${shownAfter} ms after reload (first-state mark at ${mark?.toFixed(0)} ms)`);
    // Measured in the page from navigation start (the test's own clock also counts the driver's round trips).
    expect(mark).not.toBeNull();
    expect(mark ?? Infinity).toBeLessThan(1_000);
    expect(['connecting', 'reconnecting', 'offline']).toContain(await indicator(page));
    expect(await indicatorText(page)).toMatch(/data as of \d\d:\d\d/);
    expect(await page.locator('pl-app[stale]').count()).toBe(1);
    mkdirSync('tests/screenshots', { recursive: true });
    await page.screenshot({ path: 'tests/screenshots/offline-desktop.png' });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: 'tests/screenshots/offline-phone.png' });
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('shows what changed in Docker meanwhile once the relay is back on the same port', async () => {
    const second = await createContainer(engine.docker, 'e2e-second');
    await second.start();
    await engine.docker.getContainer((await engine.docker.listContainers({ all: true, filters: { name: ['e2e-first'] } }))[0]?.Id ?? '').stop({ t: 0 });
    relay = await startWebRelay(engine, port);
    await containerRow('e2e-second').waitFor({ timeout: 20_000 });
    await eventually(async () => (await indicator(page)) === 'live', () => `indicator: ${String(indicator(page))}`, 30_000);
    expect(await page.locator('pl-app[stale]').count()).toBe(0);
  });
});
