// Baseline: the complete EngineState to every client on every change (the relay's /ws?mode=full).
// The same single changes run twice, once with K extra delta clients and once with K full-state
// clients, so the relay's CPU and the bytes compare like for like.
import type { BenchContext } from '../context.js';
import { cpuWindow } from '../measure/cpu-sampler.js';
import { summarize } from '../measure/latency-stats.js';
import { BenchClient, now } from '../setup/bench-client.js';
import { benchContainers, pick } from '../setup/containers.js';
import { bytesPerChange, runFlips, type FlipRecord } from '../setup/run-flips.js';

export interface StreamCost {
  clients: number;
  bytes_per_change: number;
  relay_cpu_percent: number;
  bytes_per_second_per_client: number;
}

export async function fullSnapshot(ctx: BenchContext, ops: number): Promise<{ delta: StreamCost; full: StreamCost; snapshot_bytes: number }> {
  // The state now holds a full list of recent events, so it is larger than at cold start.
  const snapshotBytes = (await (await fetch(`${ctx.relay.url}/api/state`)).arrayBuffer()).byteLength;
  const targets = pick((await benchContainers(ctx.docker)).running, 20, 10);
  const delta = await measure(ctx, 'delta', targets, ops);
  const full = await measure(ctx, 'full', targets, ops);
  return { delta, full, snapshot_bytes: snapshotBytes };
}

async function measure(ctx: BenchContext, mode: 'delta' | 'full', targets: string[], ops: number): Promise<StreamCost> {
  const count = ctx.options.clients;
  const clients = await Promise.all(Array.from({ length: count }, () => BenchClient.connect(ctx.relay.url, mode)));
  try {
    const began = now();
    const cpu = cpuWindow(() => [ctx.relayPid]);
    const records = await runFlips(ctx, { ops, targets, clients, gapMs: 150 });
    const relayCpu = cpu.stop();
    const ended = now();
    const client = clients[0] as BenchClient;
    const perChange = mode === 'delta' ? bytesPerChange(records, client) : fullBytesPerChange(records, client, ctx.clients[0]);
    return {
      clients: count,
      bytes_per_change: summarize(perChange).mean,
      relay_cpu_percent: relayCpu,
      bytes_per_second_per_client: Math.round(client.bytesBetween(began, ended) / ((ended - began) / 1000)),
    };
  } finally {
    for (const client of clients) client.close();
  }
}

/** A full client's bytes per change: its messages at the revs a delta client saw as state changes (not usage ticks). */
function fullBytesPerChange(records: readonly FlipRecord[], full: BenchClient, reference: BenchClient | undefined): number[] {
  const changeRevs = new Set(reference?.received.filter((r) => r.type === 'engine_state_delta').map((r) => r.rev));
  return records.map((r) => full.received
    .filter((m) => m.t >= r.flip.startedAt && m.t < r.windowEnd && changeRevs.has(m.rev))
    .reduce((sum, m) => sum + m.bytes, 0));
}
