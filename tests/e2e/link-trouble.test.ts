// When the network misbehaves: WebSocket blocked (as by a proxy) → the app polls GET /api/state and the
// view stays current; the browser offline (the socket is held open but silent) → the heartbeat notices;
// Docker down behind a live relay → "engine unreachable".
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningRelay } from '../../relay/relay.js';
import { launchChromium } from '../support/chromium.js';
import { createContainer } from '../support/docker-ops.js';
import { indicator } from '../support/page-probes.js';
import { startPrivateEngine, type PrivateEngine } from '../support/private-engine.js';
import { eventually } from '../support/relay-harness.js';
import { startWebRelay } from '../support/web-relay.js';

describe('a network that misbehaves', () => {
  let engine: PrivateEngine;
  let relay: RunningRelay;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    engine = await startPrivateEngine();
    relay = await startWebRelay(engine);
    page = await browser.newPage();
    // Every stream attempt is refused, as a proxy that drops upgrades would.
    await page.routeWebSocket(/\/ws/, (ws) => ws.close({ code: 1008, reason: 'blocked' }));
  });

  afterAll(async () => {
    await browser?.close();
    await relay?.close();
    await engine?.dispose();
  });

  it('with WebSocket blocked: polls, and the view keeps up with Docker', async () => {
    await page.goto(`${relay.url}/containers`);
    await eventually(async () => (await indicator(page)) === 'polling', () => 'indicator never said polling', 15_000);
    const container = await createContainer(engine.docker, 'e2e-polled');
    const createdAt = Date.now();
    await page.locator('pl-containers').getByText('e2e-polled', { exact: true }).first().waitFor({ timeout: 10_000 });
    console.log(`e2e: polled change on screen ${Date.now() - createdAt} ms after the create`);
    await container.remove({ force: true });
    await page.locator('pl-containers').getByText('e2e-polled', { exact: true }).waitFor({ state: 'detached', timeout: 10_000 });
  });

  it('with the browser offline: leaves "live" within seconds, and is live again once back online', async () => {
    const context = await browser.newContext();
    const offlinePage = await context.newPage();
    try {
      await offlinePage.goto(`${relay.url}/containers`);
      await eventually(async () => (await indicator(offlinePage)) === 'live', () => 'never live', 10_000);
      const cutAt = Date.now();
      await context.setOffline(true);
      await eventually(async () => (await indicator(offlinePage)) !== 'live', () => 'stayed live while offline', 6_000);
      console.log(`e2e: indicator left live ${Date.now() - cutAt} ms after the browser went offline`);
      await context.setOffline(false);
      await eventually(async () => (await indicator(offlinePage)) === 'live', () => 'not live again after coming back online', 15_000);
    } finally {
      await context.close();
    }
  });

  it('with Docker down behind a live relay: says "engine unreachable", and live again once Docker is back', async () => {
    const page2 = await browser.newPage();
    try {
      await page2.goto(`${relay.url}/`);
      await eventually(async () => (await indicator(page2)) === 'live', () => 'never live', 10_000);
      await engine.stop();
      await eventually(async () => (await indicator(page2)) === 'engine-unreachable', () => 'never said engine unreachable', 20_000);
      await engine.restart();
      await eventually(async () => (await indicator(page2)) === 'live', () => 'not live after Docker came back', 30_000);
    } finally {
      await page2.close();
    }
  });
});
