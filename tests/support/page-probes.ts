// What an end-to-end test reads from the running app.
import type { Page } from 'playwright-core';

/** The connection indicator's kind: live, connecting, reconnecting, polling, offline, engine-unreachable. */
export async function indicator(page: Page): Promise<string | null> {
  return page.locator('pl-status [data-status]').getAttribute('data-status', { timeout: 5_000 }).catch(() => null);
}

/** The indicator's whole text. */
export async function indicatorText(page: Page): Promise<string> {
  return (await page.locator('pl-status [data-status]').textContent({ timeout: 5_000 }).catch(() => '')) ?? '';
}

/** The JSON string the page cached in IndexedDB, or null. */
export async function cachedStateText(page: Page): Promise<string | null> {
  return page.evaluate(() => new Promise<string | null>((resolve) => {
    const open = indexedDB.open('portlight');
    open.onerror = () => resolve(null);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('state')) return resolve(null);
      const get = db.transaction('state').objectStore('state').get('state');
      get.onsuccess = () => resolve(typeof get.result === 'string' ? get.result : null);
      get.onerror = () => resolve(null);
    };
  }));
}

/** Milliseconds from navigation start to the first state handed to the views (pl-app's mark). */
export async function firstStateMs(page: Page): Promise<number | null> {
  return page.evaluate(() => performance.getEntriesByName('portlight:first-state')[0]?.startTime ?? null);
}
