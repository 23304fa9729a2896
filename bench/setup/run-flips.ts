// Runs single-container changes one at a time, spaced out, and times each from the engine event to
// every client (and to the PWA's DOM when a page is given).
import type { Page } from 'playwright-core';
import type { BenchContext } from '../context.js';
import { sleep } from '../context.js';
import { now, type BenchClient } from './bench-client.js';
import { armWatch, watchResult, type DomTiming } from './browser.js';
import { flip, type Flip } from './flip.js';

export interface FlipRecord {
  flip: Flip;
  /** Engine event time (epoch ms); undefined if the event never came. */
  eventTime: number | undefined;
  /** Per client: when it held the new state. */
  seen: Array<number | undefined>;
  dom: DomTiming | null | undefined;
  /** This change's window, for attributing bytes: from the request to the next change's request. */
  windowEnd: number;
}

export interface FlipPlan {
  ops: number;
  targets: readonly string[];
  clients: readonly BenchClient[];
  page?: Page;
  /** Pause between changes: gapMs plus up to gapMs of jitter, so changes never align with timers. */
  gapMs: number;
}

export async function runFlips(ctx: BenchContext, plan: FlipPlan): Promise<FlipRecord[]> {
  const records: FlipRecord[] = [];
  const reference = ctx.clients[0] ?? plan.clients[0];
  for (let i = 0; i < plan.ops; i += 1) {
    // Each target is changed twice in a row (stop, then start), so an even count leaves it as it was.
    const id = plan.targets[Math.floor(i / 2) % plan.targets.length] as string;
    // The engine's own events say whether it runs (a client's view could be wrong: that is what we measure).
    const last = ctx.events.lastAction(id, ['start', 'die']);
    const running = last ? last === 'start' : reference?.held?.data.containers[id]?.state === 'running';
    const armed = plan.page ? await armWatch(plan.page, id, running ? 'exited' : 'running') : false;
    const change = await flip(ctx.docker, id, running);
    const event = await ctx.events.waitFor(id, change.action, change.startedAt);
    const seen = await Promise.all(plan.clients.map((client) => client.waitSeen(id, change.state, change.startedAt)));
    const dom = plan.page ? (armed ? await watchResult(plan.page, id) : null) : undefined;
    const previous = records.at(-1);
    if (previous) previous.windowEnd = change.startedAt;
    records.push({ flip: change, eventTime: event?.time, seen, dom, windowEnd: Number.POSITIVE_INFINITY });
    // Bounded: if three changes in a row reach nobody, the relay is gone; do not wait out the rest.
    if (records.length >= 3 && records.slice(-3).every((r) => r.seen.every((t) => t === undefined))) {
      throw new Error(`three changes in a row reached no client (after ${records.length} changes)`);
    }
    await sleep(plan.gapMs + Math.random() * plan.gapMs);
  }
  const last = records.at(-1);
  if (last) last.windowEnd = now();
  return records;
}

/** Event → client latencies, every client of every change. */
export function clientLatencies(records: readonly FlipRecord[]): number[] {
  return records.flatMap((r) => r.seen.map((t) => (t !== undefined && r.eventTime !== undefined ? t - r.eventTime : Number.NaN)));
}

export function domLatencies(records: readonly FlipRecord[], which: keyof DomTiming = 'dom'): number[] {
  return records.map((r) => (r.dom && r.eventTime !== undefined ? r.dom[which] - r.eventTime : Number.NaN));
}

/** Bytes of state deltas (not usage ticks) a client received per change. */
export function bytesPerChange(records: readonly FlipRecord[], client: BenchClient): number[] {
  return records.map((r) => client.bytesBetween(r.flip.startedAt, r.windowEnd, 'engine_state_delta'));
}

export function missing(records: readonly FlipRecord[]): number {
  return records.filter((r) => r.eventTime === undefined || r.seen.some((t) => t === undefined) || r.dom === null).length;
}
