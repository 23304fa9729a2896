// Relay memory at 1,000 containers with K clients, in a fresh relay process (so nothing earlier in the
// run, such as 100 fan-out clients, inflates it), against a bare Node process's RSS; then single
// changes at that size, timed to the PWA's DOM.
import type { BenchContext } from '../context.js';
import { sleep } from '../context.js';
import type { LatencySummary } from '../measure/latency-stats.js';
import { MB, nodeBaselineRss, sampleRss } from '../measure/rss.js';
import { BenchClient } from '../setup/bench-client.js';
import { createContainers } from '../setup/containers.js';
import { startBenchRelay, waitForContainers } from '../setup/relay.js';
import { singleChanges } from './single-changes.js';

export interface ScaleResult {
  containers: number;
  clients: number;
  /** The relay with no engine to mirror and no clients: its code and libraries alone. */
  relay_rss_floor_mb: number;
  relay_rss_no_clients_mb: number;
  relay_rss_mb: number;
  relay_rss_peak_mb: number;
  node_baseline_rss_mb: number;
  overhead_mb: number;
  latency_ms: LatencySummary | null;
  dom_latency_ms: LatencySummary | null;
}

export async function scale(ctx: BenchContext, containers: number, ops: number, log: (m: string) => void): Promise<ScaleResult> {
  const have = (await ctx.docker.listContainers({ all: true })).length;
  if (containers > have) {
    log(`adding ${containers - have} stopped containers for ${containers} in all…`);
    await createContainers(ctx.docker, have, containers, 0);
  }
  // The run's relay and clients make way for a fresh relay process.
  for (const client of ctx.clients) client.close();
  await ctx.relay.stop();
  const { relay, pid } = await startBenchRelay(ctx.engine.dockerHost);
  const clients: BenchClient[] = [];
  try {
    await waitForContainers(relay.url, containers);
    await sleep(3000);
    const alone = await sampleRss(pid, 3000);
    for (let i = 0; i < ctx.options.clients; i += 1) clients.push(await BenchClient.connect(relay.url));
    // Settle (usage ticks, garbage collection), then sample.
    await sleep(5000);
    const rss = await sampleRss(pid, 10_000);
    const baseline = await nodeBaselineRss();
    const floor = await relayFloorRss();
    log(`relay RSS ${mb(rss.last)} MB with ${clients.length} clients (${mb(alone.last)} MB alone), Node baseline ${mb(baseline)} MB`);
    const single = ops > 0 ? await singleChanges({ ...ctx, relay, relayPid: pid, clients }, ops) : undefined;
    return {
      containers,
      clients: clients.length,
      relay_rss_floor_mb: mb(floor),
      relay_rss_no_clients_mb: mb(alone.last),
      relay_rss_mb: mb(rss.last),
      relay_rss_peak_mb: mb(rss.peak),
      node_baseline_rss_mb: mb(baseline),
      overhead_mb: mb(rss.last - baseline),
      latency_ms: single?.latency_ms ?? null,
      dom_latency_ms: single?.dom_latency_ms ?? null,
    };
  } finally {
    for (const client of clients) client.close();
    await relay.stop();
  }
}

/** RSS of a relay pointed at an engine that does not exist (it serves anyway and keeps retrying). */
async function relayFloorRss(): Promise<number> {
  const { relay, pid } = await startBenchRelay('unix:///nonexistent/docker.sock');
  try {
    return (await sampleRss(pid, 3000)).last;
  } finally {
    await relay.stop();
  }
}

function mb(bytes: number): number {
  return Math.round((bytes / MB) * 10) / 10;
}
