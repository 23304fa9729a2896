// Runs every scenario in order and gathers the numbers the report is built from. A scenario that
// fails is reported as such; the others still run.
import type { BenchContext } from '../context.js';
import { burst, type BurstResult } from './burst.js';
import { coldStart, type ColdStartResult } from './cold-start.js';
import { fanOut, type FanOutResult } from './fan-out.js';
import { fullSnapshot, type StreamCost } from './full-snapshot.js';
import { polling, type PollingResult } from './polling.js';
import { scale, type ScaleResult } from './scale.js';
import { singleChanges, type SingleChangesResult } from './single-changes.js';
import { steadyState, type SteadyStateResult } from './steady-state.js';

export interface ScenarioResults {
  cold_start?: ColdStartResult;
  single_changes?: SingleChangesResult;
  burst?: BurstResult;
  fan_out?: FanOutResult[];
  steady_state?: SteadyStateResult;
  full_snapshot?: { delta: StreamCost; full: StreamCost; snapshot_bytes: number };
  polling?: PollingResult;
  scale?: ScaleResult;
  errors: Record<string, string>;
}

export async function runScenarios(ctx: BenchContext, log: (message: string) => void): Promise<ScenarioResults> {
  const o = ctx.options;
  const results: ScenarioResults = { errors: {} };
  const step = async <K extends Exclude<keyof ScenarioResults, 'errors'>>(key: K, title: string, work: () => Promise<ScenarioResults[K]>): Promise<void> => {
    log(`${title}…`);
    const started = Date.now();
    try {
      results[key] = await work();
      log(`${title}: done in ${Math.round((Date.now() - started) / 1000)} s`);
    } catch (error) {
      results.errors[key] = error instanceof Error ? error.message : String(error);
      log(`${title}: FAILED: ${results.errors[key]}`);
    }
  };
  await step('cold_start', `cold start (${o.coldStarts}× fresh profile)`, () => coldStart(ctx, o.coldStarts));
  await step('single_changes', `single changes (${o.singleOps} stop/start)`, () => singleChanges(ctx, o.singleOps));
  await step('burst', `burst (${o.burstEvents} events in ~${o.burstSeconds} s)`, () => burst(ctx, o.burstEvents, o.burstSeconds));
  await step('steady_state', `steady state (${o.steadySeconds} s, usage at 1 Hz)`, () => steadyState(ctx, o.steadySeconds));
  await step('fan_out', `fan-out (${o.fanOut.join(', ')} clients)`, () => fanOut(ctx, o.fanOut, o.fanOutOps));
  await step('full_snapshot', 'full-snapshot baseline (/ws?mode=full)', () => fullSnapshot(ctx, o.fullSnapshotOps));
  await step('polling', `polling baselines (2 s and 10 s, ${o.pollWindowSeconds} s of changes)`, () => polling(ctx, o.pollWindowSeconds, o.pollCpuSeconds));
  if (o.scaleContainers > 0) {
    await step('scale', `relay RSS at ${o.scaleContainers} containers`, () => scale(ctx, o.scaleContainers, o.browser ? o.scaleOps : 0, log));
  }
  return results;
}
