// The engine's own events, followed directly: the reference time (timeNano) every latency starts from.
import type Docker from 'dockerode';

export interface EngineEventRecord {
  /** Epoch milliseconds with the sub-millisecond part, from timeNano. */
  time: number;
  type: string;
  action: string;
  id: string;
}

/** An inspect issued the moment an event arrived: the earliest an informer could read the new state. */
export interface InspectProbe {
  id: string;
  action: string;
  eventTime: number;
  /** Epoch ms when the inspect answered. */
  answeredAt: number;
  state: string;
}

export class EventLog {
  readonly events: EngineEventRecord[] = [];
  readonly probes: InspectProbe[] = [];
  /** Container actions to probe with an immediate inspect (empty: none). */
  probeActions: readonly string[] = [];
  private docker: Docker | undefined;
  private close: (() => void) | undefined;
  private waiters: Array<() => void> = [];

  static async follow(docker: Docker): Promise<EventLog> {
    const log = new EventLog();
    log.docker = docker;
    const stream = (await docker.getEvents({})) as NodeJS.ReadableStream & { destroy(): void };
    let pending = '';
    // A chunk may hold several events or half of one.
    stream.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) log.add(JSON.parse(line) as RawEvent);
    });
    stream.on('error', () => undefined);
    log.close = () => stream.destroy();
    return log;
  }

  /** The first event for `id` with `action` at or after `afterMs`, waiting up to `timeoutMs`. */
  async waitFor(id: string, action: string, afterMs: number, timeoutMs = 15_000): Promise<EngineEventRecord | undefined> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events.find((e) => e.id === id && e.action === action && e.time >= afterMs - 5);
      if (found || Date.now() > deadline) return found;
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  /** The latest of `actions` the engine reported for container `id`, if any. */
  lastAction(id: string, actions: readonly string[]): string | undefined {
    for (let i = this.events.length - 1; i >= 0; i -= 1) {
      const event = this.events[i] as EngineEventRecord;
      if (event.id === id && actions.includes(event.action)) return event.action;
    }
    return undefined;
  }

  /** Events of containers since `afterMs` matching `actions`. */
  since(afterMs: number, actions: readonly string[]): EngineEventRecord[] {
    return this.events.filter((e) => e.type === 'container' && e.time >= afterMs && actions.includes(e.action));
  }

  stop(): void {
    this.close?.();
  }

  private add(raw: RawEvent): void {
    const action = (raw.Action ?? '').split(':')[0] ?? '';
    const record = { time: Number(raw.timeNano ?? 0) / 1e6, type: raw.Type ?? '', action, id: raw.Actor?.ID ?? '' };
    this.events.push(record);
    if (record.type === 'container' && this.probeActions.includes(action)) this.probe(record);
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  private probe(record: EngineEventRecord): void {
    void this.docker?.getContainer(record.id).inspect().then((info) => {
      this.probes.push({ id: record.id, action: record.action, eventTime: record.time, answeredAt: performance.timeOrigin + performance.now(), state: info.State.Status });
    }, () => undefined);
  }
}

interface RawEvent {
  Type?: string;
  Action?: string;
  Actor?: { ID?: string };
  timeNano?: number | string;
}
