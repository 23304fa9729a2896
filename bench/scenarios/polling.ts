// Baselines: pollers of GET /containers/json?all=1 every 2 s and every 10 s, run against real changes.
// Latency = the first poll answer that shows a change minus the change's engine event time. Their cost
// to the engine = dockerd+containerd CPU while a 2 s poller runs minus the same window idle.
import { sleep, type BenchContext } from '../context.js';
import { cpuWindow } from '../measure/cpu-sampler.js';
import { summarize, type LatencySummary } from '../measure/latency-stats.js';
import { now } from '../setup/bench-client.js';
import { benchContainers, pick } from '../setup/containers.js';
import { flip } from '../setup/flip.js';
import { Poller } from '../setup/poller.js';

export interface PollBaseline {
  period_s: number;
  latency_ms: LatencySummary;
  /** Extra dockerd+containerd CPU this poller costs, percent of one core. */
  engine_cpu_percent: number;
  samples: number[];
}

export interface PollingResult {
  poll_2s: PollBaseline;
  poll_10s: PollBaseline;
  engine_cpu_idle_percent: number;
  /** Engine CPU while polling back to back (one poll after another, no pause). */
  engine_cpu_polling_back_to_back_percent: number;
  engine_cpu_ms_per_poll: number;
  /** Median time for one GET /containers/json?all=1 answer. */
  poll_ms: number;
}

export async function polling(ctx: BenchContext, windowSeconds: number, cpuSeconds: number): Promise<PollingResult> {
  const cost = await pollCost(ctx, cpuSeconds);
  const fast = new Poller(ctx.engine.socketPath, 2000);
  const slow = new Poller(ctx.engine.socketPath, 10_000);
  fast.start();
  slow.start();
  // Changes every ~1.3 s, rotating over 20 containers so each one holds its state for longer than a slow poll.
  const targets = pick((await benchContainers(ctx.docker)).running, 30, 20);
  const changes: Array<{ id: string; state: string; startedAt: number; eventTime: number | undefined }> = [];
  const states = new Map(targets.map((id) => [id, true]));
  const end = Date.now() + windowSeconds * 1000;
  for (let i = 0; Date.now() < end; i += 1) {
    const id = targets[i % targets.length] as string;
    const change = await flip(ctx.docker, id, states.get(id) ?? true);
    states.set(id, change.state === 'running');
    const event = await ctx.events.waitFor(id, change.action, change.startedAt);
    changes.push({ id, state: change.state, startedAt: change.startedAt, eventTime: event?.time });
    await sleep(1000 + Math.random() * 600);
  }
  // Give the slow poller one more period to see the last changes.
  await sleep(10_500);
  fast.stop();
  slow.stop();
  // Leave every container as it was.
  for (const [id, running] of states) if (!running) await ctx.docker.getContainer(id).start();
  const latencies = (poller: Poller): number[] => changes.map((c) => {
    const shown = poller.firstShown(c.id, c.state, c.startedAt);
    return shown !== undefined && c.eventTime !== undefined ? shown - c.eventTime : Number.NaN;
  });
  const make = (poller: Poller): PollBaseline => {
    const samples = latencies(poller);
    return { period_s: poller.periodMs / 1000, latency_ms: summarize(samples), engine_cpu_percent: round2(cost.msPerPoll / poller.periodMs * 100), samples };
  };
  return {
    poll_2s: make(fast), poll_10s: make(slow),
    engine_cpu_idle_percent: cost.idle, engine_cpu_polling_back_to_back_percent: cost.polling,
    engine_cpu_ms_per_poll: round2(cost.msPerPoll), poll_ms: cost.pollMs,
  };
}

/**
 * Engine CPU idle, then while polling back to back: the engine CPU one poll costs (idle rate taken
 * out), so a poller's cost at any period follows without waiting through many slow periods.
 */
async function pollCost(ctx: BenchContext, seconds: number): Promise<{ idle: number; polling: number; msPerPoll: number; pollMs: number }> {
  const idleWindow = cpuWindow(() => ctx.enginePids());
  await sleep(seconds * 1000);
  const idle = idleWindow.stop();
  const poller = new Poller(ctx.engine.socketPath, 0);
  const durations: number[] = [];
  const pollWindow = cpuWindow(() => ctx.enginePids());
  const began = now();
  while (now() - began < seconds * 1000) {
    const t = now();
    await poller.pollOnce();
    durations.push(now() - t);
  }
  const elapsed = now() - began;
  const polling = pollWindow.stop();
  const msPerPoll = Math.max(0, ((polling - idle) / 100) * elapsed) / durations.length;
  return { idle, polling, msPerPoll, pollMs: summarize(durations).p50 };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
