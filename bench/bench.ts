// Orchestrates one benchmark run: engine, containers, relay process, clients, then each scenario in turn.
// Everything is bounded and torn down at the end, also on failure or Ctrl-C.
import { startPrivateEngine } from '../tests/support/private-engine.js';
import type { BenchContext } from './context.js';
import { loadavg } from 'node:os';
import { describeMachine, round2 } from './measure/machine.js';
import { enginePids } from './measure/engine-pids.js';
import type { BenchOptions } from './options.js';
import { BenchClient } from './setup/bench-client.js';
import { launchBrowser } from './setup/browser.js';
import { createContainers } from './setup/containers.js';
import { EventLog } from './setup/event-log.js';
import { ensureBuilt, startBenchRelay, waitForContainers } from './setup/relay.js';
import { runScenarios } from './scenarios/all.js';
import { printTable } from './report/table.js';
import { summarize } from './report/summary.js';
import { writeResults } from './report/write-results.js';

export async function runBench(options: BenchOptions): Promise<void> {
  const began = Date.now();
  ensureBuilt(options.build);
  const engine = await startPrivateEngine();
  const cleanups: Array<() => Promise<void> | void> = [() => engine.dispose()];
  const cleanup = async (): Promise<void> => {
    for (const step of cleanups.splice(0).reverse()) await Promise.resolve(step()).catch(() => undefined);
  };
  const onSignal = (): void => void cleanup().then(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  // Bounded in time whatever happens: a default run takes about ten minutes, --quick about three.
  const limitMinutes = options.quick ? 10 : 40;
  const watchdog = setTimeout(() => {
    log(`still running after ${limitMinutes} minutes: giving up`);
    void cleanup().then(() => process.exit(2));
  }, limitMinutes * 60_000);
  watchdog.unref();
  try {
    const docker = engine.docker;
    const machine = await describeMachine(docker);
    log(`private engine ${machine.docker} at ${engine.dockerHost}; creating ${options.containers} containers (${options.running} running)…`);
    await createContainers(docker, 0, options.containers, options.running);
    const events = await EventLog.follow(docker);
    cleanups.push(() => events.stop());
    const { relay, pid } = await startBenchRelay(engine.dockerHost);
    cleanups.push(async () => void (await relay.stop()));
    await waitForContainers(relay.url, options.containers);
    const clients = await Promise.all(Array.from({ length: options.clients }, () => BenchClient.connect(relay.url)));
    cleanups.push(() => clients.forEach((c) => c.close()));
    const browser = options.browser ? await launchBrowser() : undefined;
    if (browser) {
      machine.chromium = browser.version();
      cleanups.push(() => browser.close());
    }
    const ctx: BenchContext = {
      options, engine, docker, relay, relayPid: pid, events, clients, browser,
      enginePids: () => enginePids(engine.socketPath),
    };
    log(`relay pid ${pid} at ${relay.url}; ${clients.length} WebSocket clients${browser ? ' + headless Chromium' : ''}`);
    const results = await runScenarios(ctx, log);
    machine.loadAverageAtEnd = round2(loadavg()[0] ?? 0);
    const report = summarize({ machine, parameters: { ...options }, startedAt: new Date(began).toISOString(), durationSeconds: Math.round((Date.now() - began) / 1000) }, results);
    printTable(report);
    const paths = writeResults(report);
    log(`wrote ${paths.join(', ')}`);
  } finally {
    clearTimeout(watchdog);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await cleanup();
  }
}

function log(message: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}
