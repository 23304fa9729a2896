// 2. Burst: ~500 pause/unpause events in ~5 s across running containers, then check that every client
// holds exactly the engine's containers and exactly what GET /api/state returns.
import { isDeepStrictEqual } from 'node:util';
import { engineTruth, inPool } from '../../tests/support/docker-ops.js';
import type { EngineState } from '../../shared/types.js';
import { sleep, type BenchContext } from '../context.js';
import { cpuWindow } from '../measure/cpu-sampler.js';
import { summarize, type LatencySummary } from '../measure/latency-stats.js';
import { now } from '../setup/bench-client.js';
import { benchContainers } from '../setup/containers.js';

export interface BurstResult {
  events: number;
  /** Operations the engine refused (they produce no event). */
  failed: number;
  seconds: number;
  latency_ms: LatencySummary;
  /** State deltas one client received for the whole burst (coalescing makes this far below `events`). */
  deltas: number;
  /** (change, client) pairs where the client never held the in-between state: it was undone first. */
  unseen: number;
  relay_cpu_percent: number;
  final_state_matches_engine: boolean;
  /** Containers whose state a client holds differently from the engine, after the burst settled. */
  mismatches: Array<{ id: string; client: string | undefined; engine: string | undefined }>;
  /** Events that arrived after an event with a later timeNano (the stream is not ordered by time). */
  event_time_inversions: number;
  final_state_matches_api: boolean;
  samples: number[];
}

interface Op { id: string; action: 'pause' | 'unpause'; at: number; startedAt?: number; failed?: boolean }

export async function burst(ctx: BenchContext, totalEvents: number, seconds: number): Promise<BurstResult> {
  const running = (await benchContainers(ctx.docker)).running.slice(0, 250);
  if (running.length === 0) throw new Error('the burst needs running containers');
  const rounds = Math.ceil(totalEvents / 2 / running.length);
  const chosen = running.slice(0, Math.ceil(totalEvents / 2 / rounds));
  const ops: Op[] = [];
  for (let r = 0; r < rounds; r += 1) {
    for (const action of ['pause', 'unpause'] as const) for (const id of chosen) ops.push({ id, action, at: 0 });
  }
  const spacing = (seconds * 1000) / ops.length;
  const t0 = performance.now() + 100;
  ops.forEach((op, i) => (op.at = t0 + i * spacing));
  const reference = ctx.clients[0];
  const began = now();
  const cpu = cpuWindow(() => [ctx.relayPid]);
  await inPool(ops, 8, async (op) => {
    const wait = op.at - performance.now();
    if (wait > 0) await sleep(wait);
    op.startedAt = now();
    const container = ctx.docker.getContainer(op.id);
    // The cgroup v1 freezer can fail on a shell that is forking ("unable to freeze"): count it, go on.
    await (op.action === 'pause' ? container.pause() : container.unpause()).catch(() => (op.failed = true));
  });
  const took = (now() - began) / 1000;
  await quiet(ctx, 1000, 15_000);
  const samples: number[] = [];
  let unseen = 0;
  for (const [i, op] of ops.entries()) {
    if (op.failed) continue;
    const startedAt = op.startedAt ?? 0;
    const event = ctx.events.events.find((e) => e.id === op.id && e.action === op.action && e.time >= startedAt - 5);
    // Only until this container's next change: a state undone before the relay looked is "not seen".
    const next = ops.slice(i + 1).find((o) => o.id === op.id)?.startedAt ?? Number.POSITIVE_INFINITY;
    const state = op.action === 'pause' ? 'paused' : 'running';
    for (const client of ctx.clients) {
      const seen = client.firstSeen(op.id, state, startedAt);
      if (seen === undefined || seen >= next || !event) unseen += 1;
      else samples.push(seen - event.time);
    }
  }
  const relayCpu = cpu.stop();
  const mismatches = await stateMismatches(ctx);
  // Leave nothing paused for the scenarios that follow.
  for (const c of await ctx.docker.listContainers({ filters: { status: ['paused'] } })) await ctx.docker.getContainer(c.Id).unpause().catch(() => undefined);
  const deltas = reference?.received.filter((r) => r.t >= began && r.type === 'engine_state_delta').length ?? 0;
  return {
    events: ops.filter((op) => !op.failed).length,
    failed: ops.filter((op) => op.failed).length,
    seconds: Math.round(took * 10) / 10,
    latency_ms: summarize(samples),
    deltas,
    unseen,
    relay_cpu_percent: relayCpu,
    final_state_matches_engine: mismatches.length === 0 && await sameIds(ctx),
    mismatches,
    event_time_inversions: inversions(ctx.events.events.filter((e) => e.time >= began - 1000)),
    final_state_matches_api: await matchesApi(ctx),
    samples,
  };
}

/** Waits until no client has received anything for `quietMs` (at most `maxMs`). */
async function quiet(ctx: BenchContext, quietMs: number, maxMs: number): Promise<void> {
  const deadline = Date.now() + maxMs;
  while (Date.now() < deadline) {
    const last = Math.max(...ctx.clients.map((c) => c.received.filter((r) => r.type === 'engine_state_delta').at(-1)?.t ?? 0));
    if (now() - last >= quietMs) return;
    await sleep(100);
  }
}

async function sameIds(ctx: BenchContext): Promise<boolean> {
  const truth = await engineTruth(ctx.docker);
  return ctx.clients.every((client) => isDeepStrictEqual(Object.keys(client.held?.data.containers ?? {}).sort(), truth.containers));
}

async function stateMismatches(ctx: BenchContext): Promise<BurstResult['mismatches']> {
  const engine = new Map((await ctx.docker.listContainers({ all: true })).map((c) => [c.Id, c.State]));
  const held = ctx.clients[0]?.held?.data.containers ?? {};
  return [...engine].filter(([id, state]) => held[id]?.state !== state).map(([id, state]) => ({ id, client: held[id]?.state, engine: state }));
}

function inversions(events: ReadonlyArray<{ time: number }>): number {
  let latest = -Infinity;
  let count = 0;
  for (const event of events) {
    if (event.time < latest) count += 1;
    latest = Math.max(latest, event.time);
  }
  return count;
}

/** Every client equals GET /api/state at the same rev (usage ticks move rev each second: retry). */
async function matchesApi(ctx: BenchContext): Promise<boolean> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const body = (await (await fetch(`${ctx.relay.url}/api/state`)).json()) as { rev: number; data: EngineState };
    if (ctx.clients.every((c) => c.held?.rev === body.rev)) return ctx.clients.every((c) => isDeepStrictEqual(c.held?.data, body.data));
    await sleep(50 + Math.random() * 100);
  }
  return false;
}
