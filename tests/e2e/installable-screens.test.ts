// Installability (Chromium's own check) and screenshots of every view on a phone and a desktop,
// written to tests/screenshots/ (git-ignored) for a person to look at.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { RunningRelay } from '../../relay/relay.js';
import { launchChromium, launchProfileContext } from '../support/chromium.js';
import { createContainer } from '../support/docker-ops.js';
import { indicator } from '../support/page-probes.js';
import { startPrivateEngine, type PrivateEngine } from '../support/private-engine.js';
import { eventually } from '../support/relay-harness.js';
import { startWebRelay } from '../support/web-relay.js';

const SCREENS = { phone: { width: 390, height: 844 }, desktop: { width: 1440, height: 900 } } as const;
const OUT = 'tests/screenshots';

describe('installable, and every view on a phone and a desktop', () => {
  let engine: PrivateEngine;
  let relay: RunningRelay;
  let browser: Browser;
  let firstId = '';

  beforeAll(async () => {
    browser = await launchChromium();
    engine = await startPrivateEngine();
    const running = await createContainer(engine.docker, 'web-frontend', ['sleep', '3600'], { 'com.docker.compose.project': 'shop' });
    await running.start();
    firstId = running.id;
    await createContainer(engine.docker, 'db-migrate', ['true'], { 'com.docker.compose.project': 'shop' });
    const paused = await createContainer(engine.docker, 'batch-worker');
    await paused.start();
    await paused.pause();
    await engine.docker.createVolume({ Name: 'shop-data' });
    await engine.docker.createNetwork({ Name: 'shop-internal', Internal: true });
    relay = await startWebRelay(engine);
    mkdirSync(OUT, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await relay?.close();
    await engine?.dispose();
  });

  it('has no installability errors', async () => {
    const profile = await launchProfileContext();
    try {
      const page = await profile.context.newPage();
      await page.goto(relay.url);
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      const cdp = await profile.context.newCDPSession(page);
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] };
      expect(installabilityErrors).toEqual([]);
    } finally {
      await profile.close();
    }
  });

  for (const [screen, viewport] of Object.entries(SCREENS)) {
    it(`renders each view on a ${screen}`, async () => {
      const page = await browser.newPage({ viewport });
      const paths = ['/', '/containers', `/containers/${firstId}`, '/images', '/volumes', '/networks', '/events'];
      for (const path of paths) {
        await page.goto(relay.url + path);
        await eventually(async () => (await indicator(page)) === 'live', () => `${path}: never live`, 10_000);
        await page.waitForTimeout(300);
        const name = path === '/' ? 'overview' : path.slice(1).replace(firstId, 'detail').replace('/', '-');
        await page.screenshot({ path: `${OUT}/${name}-${screen}.png` });
        // Nothing on the page may be wider than the screen (no sideways scrolling on a phone).
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} scrolls sideways on a ${screen}`).toBeLessThanOrEqual(0);
      }
      await page.close();
    });
  }
});
