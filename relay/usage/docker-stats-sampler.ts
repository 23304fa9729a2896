// Usage through the engine's stats API, for relays that cannot see the host's cgroups (remote engine,
// relay in a container without the host's /proc). Costly for the engine: it computes stats per container
// with a serial 1 s collector, and each open stream is an HTTP connection it keeps busy. Measured on
// Engine 20.10 with 200 containers, about 40% of a core across dockerd, containerd and the shims.
// Engines from 25 (API 1.44) answer `one-shot` requests at once, so one request per container per tick
// suffices; older ones make `stream=false` wait for the collector, so a stream per container is kept open.
import type { Readable } from 'node:stream';
import type { EngineClient } from '../docker/engine-client.js';
import { createLineSplitter } from '../docker/line-splitter.js';
import type { Logger } from '../log.js';
import { rawFromDockerStats, type DockerStats } from './docker-stats.js';
import type { RawUsage, SampleTarget, UsageSampler } from './usage-sampler.js';

const ONE_SHOT_CONCURRENCY = 16;

interface OpenStream {
  latest: RawUsage | undefined;
  close(): void;
}

export class DockerStatsSampler implements UsageSampler {
  readonly kind = 'docker-api';
  private mode: Promise<'one-shot' | 'stream'> | undefined;
  private readonly streams = new Map<string, OpenStream>();

  constructor(private readonly engine: EngineClient, private readonly log: Logger) {}

  async sample(targets: readonly SampleTarget[]): Promise<Map<string, RawUsage>> {
    this.mode ??= this.chooseMode();
    return (await this.mode) === 'one-shot' ? this.oneShot(targets) : this.fromStreams(targets);
  }

  close(): void {
    for (const stream of this.streams.values()) stream.close();
    this.streams.clear();
    this.mode = undefined;
  }

  private async chooseMode(): Promise<'one-shot' | 'stream'> {
    const version = await this.engine.getJson<{ ApiVersion?: string }>('/version').catch(() => undefined);
    const mode = apiAtLeast(String(version?.ApiVersion ?? ''), 1, 44) ? 'one-shot' : 'stream';
    this.log.info('docker stats mode', { mode, apiVersion: version?.ApiVersion });
    return mode;
  }

  private async oneShot(targets: readonly SampleTarget[]): Promise<Map<string, RawUsage>> {
    const result = new Map<string, RawUsage>();
    let next = 0;
    const worker = async (): Promise<void> => {
      for (let target = targets[next++]; target; target = targets[next++]) {
        const stats = await this.engine.getJson<DockerStats>(`/containers/${encodeURIComponent(target.id)}/stats?stream=false&one-shot=true`).catch(() => undefined);
        const raw = stats && rawFromDockerStats(stats);
        if (raw) result.set(target.id, raw);
      }
    };
    await Promise.all(Array.from({ length: Math.min(ONE_SHOT_CONCURRENCY, targets.length) }, worker));
    return result;
  }

  private async fromStreams(targets: readonly SampleTarget[]): Promise<Map<string, RawUsage>> {
    const wanted = new Set(targets.map((target) => target.id));
    for (const [id, stream] of this.streams) {
      if (!wanted.has(id)) {
        stream.close();
        this.streams.delete(id);
      }
    }
    const result = new Map<string, RawUsage>();
    for (const { id } of targets) {
      const stream = this.streams.get(id);
      if (!stream) this.open(id);
      else if (stream.latest) result.set(id, stream.latest);
    }
    return result;
  }

  private open(id: string): void {
    let readable: Readable | undefined;
    let closed = false;
    const entry: OpenStream = {
      latest: undefined,
      close: () => {
        closed = true;
        readable?.destroy();
      },
    };
    this.streams.set(id, entry);
    const forget = (): void => {
      // A stream that ends (container stopped, engine gone) is opened again on a later tick if still wanted.
      if (this.streams.get(id) === entry) this.streams.delete(id);
    };
    this.engine.getStream(`/containers/${encodeURIComponent(id)}/stats?stream=true`).then((stream) => {
      readable = stream;
      if (closed) {
        readable.destroy();
        return;
      }
      const split = createLineSplitter((line) => {
        try {
          entry.latest = rawFromDockerStats(JSON.parse(line) as DockerStats) ?? entry.latest;
        } catch {
          // A malformed line: keep the last good reading.
        }
      });
      readable.on('data', split);
      readable.once('end', forget);
      readable.once('close', forget);
      readable.once('error', forget);
    }, forget);
  }
}

function apiAtLeast(version: string, major: number, minor: number): boolean {
  const [haveMajor = 0, haveMinor = 0] = version.split('.').map(Number);
  return haveMajor > major || (haveMajor === major && haveMinor >= minor);
}
