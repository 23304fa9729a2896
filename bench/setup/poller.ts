// A dashboard that polls `GET /containers/json?all=1` every `periodMs` (Dockge every 2 s, Portainer's
// auto-refresh every 10 s), started at a random phase. It records when each answer arrived and what it said.
import { request } from 'node:http';
import { now } from './bench-client.js';

export interface Poll {
  /** Epoch ms when the answer was complete: the moment the poller could show it. */
  t: number;
  states: Map<string, string>;
}

export class Poller {
  readonly polls: Poll[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;

  constructor(private readonly socketPath: string, readonly periodMs: number) {}

  start(): void {
    const first = performance.now() + Math.random() * this.periodMs;
    let n = 0;
    const next = (): void => {
      if (this.stopped) return;
      // A fixed schedule, like setInterval: a slow answer does not shift the later polls.
      const at = first + n * this.periodMs;
      n += 1;
      this.timer = setTimeout(() => {
        void this.pollOnce().catch(() => undefined);
        next();
      }, Math.max(0, at - performance.now()));
    };
    next();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** When this poller could first show `id` in `state`, polling after `afterMs`. */
  firstShown(id: string, state: string, afterMs: number): number | undefined {
    return this.polls.find((p) => p.t >= afterMs && p.states.get(id) === state)?.t;
  }

  async pollOnce(): Promise<void> {
    const body = await get(this.socketPath, '/containers/json?all=1');
    const list = JSON.parse(body) as Array<{ Id: string; State: string }>;
    this.polls.push({ t: now(), states: new Map(list.map((c) => [c.Id, c.State])) });
  }
}

function get(socketPath: string, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve(body));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
