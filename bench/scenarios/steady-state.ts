// 4. Steady state: nothing changes but usage, sampled at 1 Hz. Relay CPU and RSS, the engine's CPU,
// and the bytes each client receives per second.
import { sleep, type BenchContext } from '../context.js';
import { cpuWindow } from '../measure/cpu-sampler.js';
import { MB, sampleRss } from '../measure/rss.js';
import { now } from '../setup/bench-client.js';

export interface SteadyStateResult {
  seconds: number;
  /** Whether the relay samples usage (it has chosen a sampler and sends rows). */
  usage_available: boolean;
  usage_rows: number;
  usage_ticks_per_second: number;
  usage_sampler: string | null;
  relay_cpu_percent: number;
  relay_rss_mb: number;
  relay_rss_peak_mb: number;
  engine_cpu_percent: number;
  bytes_per_second_per_client: number;
}

export async function steadyState(ctx: BenchContext, seconds: number): Promise<SteadyStateResult> {
  // Let the last changes and the first usage readings settle.
  await sleep(3000);
  const reference = ctx.clients[0];
  const began = now();
  const relayCpu = cpuWindow(() => [ctx.relayPid]);
  const engineCpu = cpuWindow(() => ctx.enginePids());
  const rss = await sampleRss(ctx.relayPid, seconds * 1000);
  const ended = now();
  const relayPercent = relayCpu.stop();
  const enginePercent = engineCpu.stop();
  const window = (ended - began) / 1000;
  const ticks = reference?.received.filter((r) => r.t >= began && r.t < ended && r.type === 'engine_usage_delta').length ?? 0;
  return {
    seconds: Math.round(window * 10) / 10,
    usage_available: ticks > 0 || Object.keys(reference?.held?.data.usage ?? {}).length > 0,
    usage_rows: Object.keys(reference?.held?.data.usage ?? {}).length,
    usage_ticks_per_second: Math.round((ticks / window) * 100) / 100,
    usage_sampler: reference?.held?.data.engine.usageSampler ?? null,
    relay_cpu_percent: relayPercent,
    relay_rss_mb: Math.round((rss.last / MB) * 10) / 10,
    relay_rss_peak_mb: Math.round((rss.peak / MB) * 10) / 10,
    engine_cpu_percent: enginePercent,
    bytes_per_second_per_client: Math.round((reference?.bytesBetween(began, ended) ?? 0) / window),
  };
}
