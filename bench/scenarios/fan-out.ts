// 3. Fan-out: the same single changes with 1, 10 and 100 WebSocket clients; per-message latency over
// every client, and the relay's CPU while the changes go out.
import type { BenchContext } from '../context.js';
import { cpuWindow } from '../measure/cpu-sampler.js';
import { summarize, type LatencySummary } from '../measure/latency-stats.js';
import { BenchClient } from '../setup/bench-client.js';
import { benchContainers, pick } from '../setup/containers.js';
import { clientLatencies, runFlips } from '../setup/run-flips.js';

export interface FanOutResult {
  clients: number;
  latency_ms: LatencySummary;
  relay_cpu_percent: number;
  samples: number[];
}

export async function fanOut(ctx: BenchContext, counts: readonly number[], ops: number): Promise<FanOutResult[]> {
  const targets = pick((await benchContainers(ctx.docker)).running, 10, 10);
  const results: FanOutResult[] = [];
  for (const count of counts) {
    // The K clients of the run stay connected; these are the measured ones.
    const clients = await Promise.all(Array.from({ length: count }, () => BenchClient.connect(ctx.relay.url)));
    try {
      const cpu = cpuWindow(() => [ctx.relayPid]);
      const records = await runFlips(ctx, { ops, targets, clients, gapMs: 150 });
      const relayCpu = cpu.stop();
      const samples = clientLatencies(records);
      results.push({ clients: count, latency_ms: summarize(samples), relay_cpu_percent: relayCpu, samples });
    } finally {
      for (const client of clients) client.close();
    }
  }
  return results;
}
