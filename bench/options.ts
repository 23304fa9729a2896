// The benchmark's parameters, from the command line. `--quick` shrinks everything to about three minutes.
import { parseArgs } from 'node:util';

export interface BenchOptions {
  quick: boolean;
  /** Containers in total; `running` of them run, the rest are created and stopped. */
  containers: number;
  running: number;
  /** Plain WebSocket clients connected throughout. */
  clients: number;
  singleOps: number;
  burstEvents: number;
  burstSeconds: number;
  fanOut: number[];
  fanOutOps: number;
  steadySeconds: number;
  fullSnapshotOps: number;
  pollWindowSeconds: number;
  pollCpuSeconds: number;
  coldStarts: number;
  /** Containers for the relay RSS measurement (0 skips it). */
  scaleContainers: number;
  scaleOps: number;
  build: boolean;
  browser: boolean;
}

export const USAGE = `npm run bench -- [--quick] [--containers N] [--running R] [--clients K] [--ops N] [--scale N] [--build] [--no-browser]
  --containers N   containers in total (default 400: 200 running + 200 stopped; --quick: 40)
  --running R      how many of them run (default min(N/2, 200))
  --clients K      plain WebSocket clients connected throughout (default 10)
  --ops N          single stop/start operations (default 100; --quick: 20)
  --scale N        containers for the relay-memory measurement (default 1000; --quick: 0 skips it)
  --build          run \`npm run build\` first (otherwise only when dist/ is missing)
  --no-browser     skip the headless Chromium parts (DOM latency, cold start)
`;

export function readOptions(argv: string[]): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean' }, containers: { type: 'string' }, running: { type: 'string' }, clients: { type: 'string' },
      ops: { type: 'string' }, scale: { type: 'string' }, build: { type: 'boolean' }, 'no-browser': { type: 'boolean' }, help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) return 'help';
  const quick = values.quick ?? false;
  const containers = whole(values.containers, quick ? 40 : 400, 'containers');
  const running = Math.min(containers, whole(values.running, Math.min(Math.floor(containers / 2), 200), 'running'));
  return {
    quick, containers, running,
    clients: whole(values.clients, 10, 'clients'),
    singleOps: whole(values.ops, quick ? 20 : 100, 'ops'),
    burstEvents: quick ? 200 : 500,
    burstSeconds: quick ? 4 : 5,
    fanOut: [1, 10, 100],
    fanOutOps: quick ? 5 : 20,
    steadySeconds: quick ? 10 : 30,
    fullSnapshotOps: quick ? 8 : 20,
    pollWindowSeconds: quick ? 20 : 60,
    pollCpuSeconds: quick ? 8 : 20,
    coldStarts: quick ? 1 : 3,
    scaleContainers: whole(values.scale, quick ? 0 : Math.max(1000, containers), 'scale'),
    // At 1,000 already, the single changes above were measured at that size.
    scaleOps: containers >= 1000 ? 0 : 20,
    build: values.build ?? false,
    browser: !(values['no-browser'] ?? false),
  };
}

function whole(text: string | undefined, fallback: number, name: string): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text)) throw new Error(`--${name} must be a whole number, got "${text}"`);
  return Number(text);
}
