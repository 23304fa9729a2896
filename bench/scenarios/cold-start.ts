// 5. Cold start: a fresh browser profile (no cache, no IndexedDB, no service worker) opens the PWA;
// time from navigation to the first rows with their states on screen. And the snapshot's size.
import { gzipSync } from 'node:zlib';
import type { BenchContext } from '../context.js';
import { summarize } from '../measure/latency-stats.js';
import { firstRender, openApp } from '../setup/browser.js';

export interface ColdStartResult {
  first_render_ms: number | null;
  first_render_samples: number[];
  snapshot_bytes: number;
  snapshot_gzip_bytes: number;
}

export async function coldStart(ctx: BenchContext, runs: number): Promise<ColdStartResult> {
  const body = Buffer.from(await (await fetch(`${ctx.relay.url}/api/state`)).arrayBuffer());
  const samples: number[] = [];
  if (ctx.browser) {
    for (let i = 0; i < runs; i += 1) {
      const app = await openApp(ctx.browser, ctx.relay.url);
      try {
        samples.push(Math.round(await firstRender(app.page, 1)));
      } finally {
        await app.close();
      }
    }
  }
  return {
    first_render_ms: samples.length ? summarize(samples).p50 : null,
    first_render_samples: samples,
    snapshot_bytes: body.length,
    snapshot_gzip_bytes: gzipSync(body).length,
  };
}
