// What live usage costs, per sampler: N running busybox `sleep` containers in a private engine, the relay
// in its own process (bundled, plain node), one WebSocket client. For each sampler it measures a window
// with no client (usage off) and a window with one client (usage at 1 Hz): relay CPU and RSS, and the
// CPU of dockerd + containerd + shims, from /proc/<pid>/stat utime+stime. Measures, asserts nothing.
//
//   node --import tsx bench/usage-cost.ts [--containers 200] [--seconds 20] [--samplers cgroup,docker-api] [--workload sleep|tick]
//
// `sleep` containers are idle: their numbers rarely change, so few ticks are sent. `tick` containers run
// `sleep 1` in a loop, so every row changes every second: the worst case for serializing and sending.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import type { StateUpdateMessage } from '../shared/protocol.js';
import { startPrivateEngine, TEST_IMAGE, type PrivateEngine } from '../tests/support/private-engine.js';

const OUT_DIR = 'bench/results/usage-cost';
const CLOCK_TICKS = 100;

interface Window {
  relayCpuPercent: number;
  engineCpuPercent: number;
  relayRssMiB: number;
  wsBytesPerSec: number;
  wsMessagesPerSec: number;
}

interface SamplerResult {
  sampler: string;
  idle: Window;
  sampling: Window;
  secondsToAllRows: number;
  rowsSeen: number;
  /** Size of one usage tick with every container in it. */
  usageMessageBytes: number;
}

const { values } = parseArgs({
  options: { containers: { type: 'string', default: '200' }, seconds: { type: 'string', default: '20' }, samplers: { type: 'string', default: 'cgroup,docker-api' }, workload: { type: 'string', default: 'sleep' } },
});
const COUNT = Number(values.containers);
const SECONDS = Number(values.seconds);
const SAMPLERS = String(values.samplers).split(',');
const COMMAND = values.workload === 'tick' ? ['sh', '-c', 'while :; do sleep 1; done'] : ['sleep', '86400'];

function cpuTicks(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'latin1').split(') ')[1]?.split(' ') ?? [];
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

function rssMiB(pid: number): number {
  const kib = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'latin1'))?.[1] ?? 0);
  return Math.round(kib / 102.4) / 10;
}

/** dockerd, containerd and the shims: every process whose command line names this engine's folder. */
function enginePids(engine: PrivateEngine): number[] {
  const dir = dirname(engine.socketPath);
  return readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'latin1').includes(dir);
    } catch {
      return false;
    }
  });
}

async function measure(relayPid: number, engine: PrivateEngine, socket: WebSocket | undefined): Promise<Window> {
  const engineSet = enginePids(engine);
  const sum = (pids: number[]): number => pids.reduce((total, pid) => total + cpuTicks(pid), 0);
  let bytes = 0;
  let messages = 0;
  const count = (data: Buffer): void => {
    bytes += data.length;
    messages += 1;
  };
  socket?.on('message', count);
  const started = performance.now();
  const relayStart = cpuTicks(relayPid);
  const engineStart = sum(engineSet);
  await sleep(SECONDS * 1000);
  const seconds = (performance.now() - started) / 1000;
  const percent = (ticks: number): number => Math.round((ticks / CLOCK_TICKS / seconds) * 1000) / 10;
  socket?.off('message', count);
  return {
    relayCpuPercent: percent(cpuTicks(relayPid) - relayStart),
    engineCpuPercent: percent(sum(engineSet) - engineStart),
    relayRssMiB: rssMiB(relayPid),
    wsBytesPerSec: Math.round(bytes / seconds),
    wsMessagesPerSec: Math.round((messages / seconds) * 10) / 10,
  };
}

async function startRelay(bundle: string, engine: PrivateEngine, sampler: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [bundle, '--port', '0', '--docker-host', engine.dockerHost, '--usage-sampler', sampler, '--log-level', 'info', '--static-root', OUT_DIR], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.once('exit', (code) => reject(new Error(`relay exited with ${code}: ${text}`)));
    child.stderr?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = /"message":"relay listening","url":"([^"]+)"/.exec(text);
      if (match?.[1]) resolve(match[1]);
    });
  });
  return { child, url };
}

async function runSampler(bundle: string, engine: PrivateEngine, sampler: string): Promise<SamplerResult> {
  const { child, url } = await startRelay(bundle, engine, sampler);
  const pid = child.pid as number;
  try {
    await waitFor(async () => ((await (await fetch(`${url}/api/state`)).json()) as StateUpdateMessage).data.engine.counts.running >= COUNT, 60_000);
    await sleep(2000);
    const idle = await measure(pid, engine, undefined);
    const socket = new WebSocket(`${url.replace('http', 'ws')}/ws`);
    let rows = 0;
    let usageMessageBytes = 0;
    socket.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString()) as { type: string; rows?: Record<string, unknown> };
      if (message.type !== 'engine_usage_delta') return;
      rows = Object.keys(message.rows ?? {}).length;
      usageMessageBytes = data.length;
    });
    const connected = performance.now();
    await waitFor(() => rows >= COUNT, 90_000).catch(() => undefined);
    const secondsToAllRows = Math.round((performance.now() - connected) / 100) / 10;
    // Let stats streams and caches settle before the window.
    await sleep(3000);
    const sampling = await measure(pid, engine, socket);
    socket.close();
    return { sampler, idle, sampling, secondsToAllRows, rowsSeen: rows, usageMessageBytes };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

async function createSleepers(engine: PrivateEngine, count: number): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let n = next++; n < count; n = next++) {
      const container = await engine.docker.createContainer({ Image: TEST_IMAGE, name: `usage-cost-${n}`, Cmd: COMMAND, HostConfig: { NetworkMode: 'none' } });
      await container.start();
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}

function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return (async () => {
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error('timed out');
      await sleep(200);
    }
  })();
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  // A plain-node bundle of the relay: no TypeScript loader in the measured process.
  const bundle = `${OUT_DIR}/relay.mjs`;
  execFileSync('npx', ['esbuild', 'relay/main.ts', '--bundle', '--platform=node', '--format=esm', '--packages=external', `--outfile=${bundle}`, '--log-level=warning'], { stdio: 'inherit' });
  const engine = await startPrivateEngine();
  try {
    const created = performance.now();
    await createSleepers(engine, COUNT);
    console.log(`${COUNT} running containers in ${Math.round((performance.now() - created) / 1000)} s`);
    const results: SamplerResult[] = [];
    for (const sampler of SAMPLERS) {
      const result = await runSampler(bundle, engine, sampler);
      results.push(result);
      console.log(JSON.stringify(result));
    }
    const machine = { cpus: readFileSync('/proc/cpuinfo', 'latin1').match(/^processor/gm)?.length, load: readFileSync('/proc/loadavg', 'latin1').trim() };
    writeFileSync(`${OUT_DIR}/results-${values.workload}.json`, JSON.stringify({ containers: COUNT, workload: values.workload, seconds: SECONDS, machine, results }, null, 2));
    console.log(`load average after: ${machine.load}`);
    console.log('\n| sampler | window | relay CPU % | relay RSS MiB | engine CPU % | ws bytes/s | ws msgs/s |\n| --- | --- | --- | --- | --- | --- | --- |');
    for (const result of results) {
      for (const [name, window] of [['no client', result.idle], ['1 client, 1 Hz', result.sampling]] as const) {
        console.log(`| ${result.sampler} | ${name} | ${window.relayCpuPercent} | ${window.relayRssMiB} | ${window.engineCpuPercent} | ${window.wsBytesPerSec} | ${window.wsMessagesPerSec} |`);
      }
    }
  } finally {
    await engine.dispose();
  }
}

main().then(() => process.exit(0), (error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exit(1);
});
