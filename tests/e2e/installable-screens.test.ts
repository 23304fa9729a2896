// Installability (Chromium's own check) and screenshots of every view on a phone and a desktop,
// written to tests/screenshots/ (git-ignored) for a person to look at.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningRelay } from '../../relay/relay.js';
import { launchChromium, launchProfileContext } from '../support/chromium.js';
import { createContainer } from '../support/docker-ops.js';
import { indicator } from '../support/page-probes.js';
import { startPrivateEngine, type PrivateEngine } from '../support/private-engine.js';
import { eventually } from '../support/relay-harness.js';
import { startWebRelay } from '../support/web-relay.js';

const SCREENS = { phone: { width: 390, height: 844 }, desktop: { width: 1440, height: 900 } } as const;
const OUT = 'tests/screenshots';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

/** Serious and critical accessibility violations on the page, shadow roots included. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(' | ')}`);
}

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
    it(`renders each view on a ${screen}, light and dark, without serious accessibility violations`, async () => {
      for (const colorScheme of ['light', 'dark'] as const) await screens(screen, viewport, colorScheme);
    }, 180_000);
  }

  async function screens(screen: string, viewport: { width: number; height: number }, colorScheme: 'light' | 'dark'): Promise<void> {
    {
      const page = await browser.newPage({ viewport, colorScheme });
      const paths = ['/', '/containers', `/containers/${firstId}`, '/images', '/volumes', '/networks', '/events'];
      for (const path of paths) {
        await page.goto(relay.url + path);
        await eventually(async () => (await indicator(page)) === 'live', () => `${path}: never live`, 10_000);
        await page.waitForTimeout(300);
        const name = path === '/' ? 'overview' : path.slice(1).replace(firstId, 'detail').replace('/', '-');
        await page.screenshot({ path: `${OUT}/${name}-${screen}${colorScheme === 'dark' ? '-dark' : ''}.png` });
        expect(await seriousViolations(page), `${path} on a ${screen} (${colorScheme})`).toEqual([]);
        // Nothing on the page may be wider than the screen (no sideways scrolling on a phone).
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} scrolls sideways on a ${screen}`).toBeLessThanOrEqual(0);
      }
      await page.close();
    }
  }
});
