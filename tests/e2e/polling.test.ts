// WebSocket blocked (as by a proxy): the app polls GET /api/state and the view stays current.
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningRelay } from '../../relay/relay.js';
import { launchChromium } from '../support/chromium.js';
import { createContainer } from '../support/docker-ops.js';
import { indicator } from '../support/page-probes.js';
import { startPrivateEngine, type PrivateEngine } from '../support/private-engine.js';
import { eventually } from '../support/relay-harness.js';
import { startWebRelay } from '../support/web-relay.js';

describe('with WebSocket blocked', () => {
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

  it('polls, and the view keeps up with Docker', async () => {
    await page.goto(`${relay.url}/containers`);
    await eventually(async () => (await indicator(page)) === 'polling', () => 'indicator never said polling', 15_000);
    const container = await createContainer(engine.docker, 'e2e-polled');
    const createdAt = Date.now();
    await page.locator('pl-containers').getByText('e2e-polled', { exact: true }).first().waitFor({ timeout: 10_000 });
    console.log(`e2e: polled change on screen ${Date.now() - createdAt} ms after the create`);
    await container.remove({ force: true });
    await page.locator('pl-containers').getByText('e2e-polled', { exact: true }).waitFor({ state: 'detached', timeout: 10_000 });
  });
});
