// 1. Single changes: stop/start one container at a time; engine event → WebSocket message → PWA DOM.
import type { BenchContext } from '../context.js';
import { summarize, type LatencySummary } from '../measure/latency-stats.js';
import { benchContainers } from '../setup/containers.js';
import type { BenchClient } from '../setup/bench-client.js';
import { deflatedSizes } from '../measure/deflate-size.js';
import { openApp, renderedRows } from '../setup/browser.js';
import { bytesPerChange, clientLatencies, domLatencies, missing, runFlips, type FlipRecord } from '../setup/run-flips.js';
import { sleep } from '../context.js';

export interface SingleChangesResult {
  ops: number;
  latency_ms: LatencySummary;
  dom_latency_ms: LatencySummary | null;
  /** To the first animation frame after the DOM changed (about when it is painted). */
  dom_frame_latency_ms: LatencySummary | null;
  bytes_per_change: LatencySummary;
  /** The same deltas as they would go with permessage-deflate (the relay does not negotiate it today). */
  bytes_per_change_deflate: LatencySummary;
  /** An inspect issued the instant the event arrived: when the engine itself could first tell. */
  engine_inspect_ms: LatencySummary;
  /** Event → the message that carries the event record itself (`add /events/-`), before any inspect. */
  event_delivery_ms: LatencySummary;
  by_action: Record<string, { latency_ms: LatencySummary; event_delivery_ms: LatencySummary; dom_latency_ms: LatencySummary | null; engine_inspect_ms: LatencySummary; bytes_per_change: LatencySummary }>;
  missing: number;
  samples: { latency: number[]; dom: number[] };
}

export async function singleChanges(ctx: BenchContext, ops: number): Promise<SingleChangesResult> {
  const app = ctx.browser ? await openApp(ctx.browser, ctx.relay.url) : undefined;
  try {
    // Change containers whose rows are on screen (the list is virtualised), else the first running ones.
    let targets: string[] = [];
    if (app) {
      for (let tries = 0; tries < 100 && targets.length === 0; tries += 1) {
        targets = (await renderedRows(app.page)).filter((r) => r.state === 'running').map((r) => r.id).slice(0, 10);
        if (targets.length === 0) await sleep(100);
      }
      if (targets.length === 0) throw new Error('the PWA rendered no container rows within 10 s');
    } else {
      targets = (await benchContainers(ctx.docker)).running.slice(0, 10);
    }
    ctx.events.probeActions = ['die', 'start'];
    const reference = ctx.clients[0];
    if (reference) reference.keepText = true;
    const records = await runFlips(ctx, { ops, targets, clients: ctx.clients, gapMs: 150, ...(app ? { page: app.page } : {}) });
    ctx.events.probeActions = [];
    if (reference) reference.keepText = false;
    const latency = clientLatencies(records);
    const dom = domLatencies(records);
    const inspect = (list: readonly FlipRecord[]): number[] => list.map((r) => {
      const probe = ctx.events.probes.find((p) => p.id === r.flip.id && p.eventTime === r.eventTime && p.state === r.flip.state);
      return probe ? probe.answeredAt - probe.eventTime : Number.NaN;
    });
    const deliveries = (list: readonly FlipRecord[]): number[] => list.flatMap((r) => ctx.clients.map((client) => {
      const t = r.eventTime === undefined ? undefined : client.eventArrival(r.flip.id, r.flip.action, r.eventTime);
      return t === undefined || r.eventTime === undefined ? Number.NaN : t - r.eventTime;
    }));
    const by_action: SingleChangesResult['by_action'] = {};
    for (const action of ['die', 'start']) {
      const list = records.filter((r) => r.flip.action === action);
      by_action[action] = {
        latency_ms: summarize(clientLatencies(list)),
        event_delivery_ms: summarize(deliveries(list)),
        dom_latency_ms: app ? summarize(domLatencies(list)) : null,
        engine_inspect_ms: summarize(inspect(list)),
        bytes_per_change: summarize(reference ? bytesPerChange(list, reference) : []),
      };
    }
    return {
      bytes_per_change_deflate: summarize(reference ? await deflatedBytesPerChange(records, reference) : []),
      engine_inspect_ms: summarize(inspect(records)),
      event_delivery_ms: summarize(deliveries(records)),
      by_action,
      ops,
      latency_ms: summarize(latency),
      dom_latency_ms: app ? summarize(dom) : null,
      dom_frame_latency_ms: app ? summarize(domLatencies(records, 'frame')) : null,
      bytes_per_change: summarize(reference ? bytesPerChange(records, reference) : []),
      missing: missing(records),
      samples: { latency, dom },
    };
  } finally {
    await app?.close();
  }
}

/** Per change, the deflated size of its state deltas, compressed as one stream in arrival order. */
async function deflatedBytesPerChange(records: readonly FlipRecord[], client: BenchClient): Promise<number[]> {
  const first = records[0]?.flip.startedAt ?? 0;
  const deltas = client.received.filter((r) => r.t >= first && r.type === 'engine_state_delta' && r.text !== undefined);
  const sizes = await deflatedSizes(deltas.map((r) => r.text as string));
  return records.map((r) => deltas.reduce((sum, d, i) => (d.t >= r.flip.startedAt && d.t < r.windowEnd ? sum + (sizes[i] ?? 0) : sum), 0));
}
