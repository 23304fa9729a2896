// With authentication on, the shell loads (it is public) but the state is not: the app sends the user
// to the relay's sign-in page (which the service worker leaves alone), and is live once signed in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startRelay, type RunningRelay } from '../../relay/relay.js';
import { createLogger } from '../../relay/log.js';
import { launchChromium } from '../support/chromium.js';
import { indicator } from '../support/page-probes.js';
import { startPrivateEngine, type PrivateEngine } from '../support/private-engine.js';
import { eventually } from '../support/relay-harness.js';
import { requireWebBuild } from '../support/web-relay.js';

const TOKEN = 'e2e-token-that-is-long-enough-0123456789';

describe('a relay that wants a sign-in', () => {
  let engine: PrivateEngine;
  let relay: RunningRelay;
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
    engine = await startPrivateEngine();
    relay = await startRelay({
      host: '127.0.0.1', port: 0, dockerHost: engine.dockerHost, dockerTlsVerify: false, dockerCertPath: undefined,
      logLevel: 'error', staticRoot: requireWebBuild(), security: { token: TOKEN },
    }, createLogger('error'));
  });

  afterAll(async () => {
    await browser?.close();
    await relay?.close();
    await engine?.dispose();
  });

  it('sends the user to /login, which the service worker leaves to the relay', async () => {
    const page = await browser.newPage();
    await page.goto(`${relay.url}/containers`);
    await page.waitForURL(/\/login$/, { timeout: 15_000 });
    // Once more with the service worker in place: /login must still be the relay's page.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.goto(`${relay.url}/login`);
    expect(await page.locator('#password').count()).toBe(1);
    expect(await page.locator('pl-app').count()).toBe(0);
    await page.close();
  });

  it('signs in through the form and is live at once', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${relay.url}/login`);
    await page.fill('#password', 'not the token');
    await page.click('button[type=submit]');
    expect(page.url()).not.toBe(`${relay.url}/`);
    expect(await context.cookies()).toEqual([]);
    await page.goto(`${relay.url}/login`);
    await page.fill('#password', TOKEN);
    await page.click('button[type=submit]');
    await page.waitForURL(`${relay.url}/`, { timeout: 15_000 });
    await eventually(async () => (await indicator(page)) === 'live', () => 'never live after signing in', 15_000);
    await context.close();
  });
});
