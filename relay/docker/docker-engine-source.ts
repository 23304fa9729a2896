// The EngineSource the mirror uses, over the read-only engine client: lists, inspects, events.
import type { EngineFacts, EngineSource, EventSubscription, RoutedEvent } from '../mirror/engine-source.js';
import type { EngineClient } from './engine-client.js';
import { createLineSplitter } from './line-splitter.js';
import { normalizeContainer, type RawContainerInspect } from './normalize/container.js';
import { parseEventLine } from './normalize/event.js';
import { normalizeImage, type RawImageInspect } from './normalize/image.js';
import { normalizeNetwork, type RawNetwork } from './normalize/network.js';
import { normalizeVolume, type RawVolume } from './normalize/volume.js';

interface RawInfo {
  ID?: string;
  Name?: string;
  ServerVersion?: string;
  OperatingSystem?: string;
  KernelVersion?: string;
  Architecture?: string;
  NCPU?: number;
  MemTotal?: number;
}

export class DockerEngineSource implements EngineSource {
  constructor(private readonly client: EngineClient) {}

  async ping(): Promise<void> {
    (await this.client.getStream('/_ping')).resume();
  }

  async facts(): Promise<EngineFacts> {
    const [info, version] = await Promise.all([
      this.client.getJson<RawInfo>('/info'),
      this.client.getJson<{ Version?: string; ApiVersion?: string }>('/version'),
    ]);
    return {
      id: info.ID ?? '',
      name: info.Name ?? '',
      version: version.Version ?? info.ServerVersion ?? '',
      apiVersion: version.ApiVersion ?? '',
      os: info.OperatingSystem ?? '',
      kernel: info.KernelVersion ?? '',
      arch: info.Architecture ?? '',
      cpus: info.NCPU ?? 0,
      memoryBytes: info.MemTotal ?? 0,
    };
  }

  async containerIds(): Promise<string[]> {
    return (await this.client.getJson<Array<{ Id: string }>>('/containers/json?all=1')).map((container) => container.Id);
  }

  async imageIds(): Promise<string[]> {
    return (await this.client.getJson<Array<{ Id: string }>>('/images/json')).map((image) => image.Id);
  }

  async volumeNames(): Promise<string[]> {
    return ((await this.client.getJson<{ Volumes: Array<{ Name: string }> | null }>('/volumes')).Volumes ?? []).map((volume) => volume.Name);
  }

  async networkIds(): Promise<string[]> {
    return (await this.client.getJson<Array<{ Id: string }>>('/networks')).map((network) => network.Id);
  }

  async inspectContainer(id: string) {
    const raw = await this.client.getJsonIfExists<RawContainerInspect>(`/containers/${encodeURIComponent(id)}/json`);
    return raw && normalizeContainer(raw);
  }

  async inspectImage(idOrReference: string) {
    const raw = await this.client.getJsonIfExists<RawImageInspect>(`/images/${encodeURIComponent(idOrReference)}/json`);
    return raw && normalizeImage(raw);
  }

  async inspectVolume(name: string) {
    const raw = await this.client.getJsonIfExists<RawVolume>(`/volumes/${encodeURIComponent(name)}`);
    return raw && normalizeVolume(raw);
  }

  async inspectNetwork(id: string) {
    const raw = await this.client.getJsonIfExists<RawNetwork>(`/networks/${encodeURIComponent(id)}`);
    return raw && normalizeNetwork(raw);
  }

  async followEvents(since: bigint | undefined, onEvent: (event: RoutedEvent) => void): Promise<EventSubscription> {
    const stream = await this.client.getStream(since === undefined ? '/events' : `/events?since=${formatSince(since)}`);
    const split = createLineSplitter((line) => {
      const event = parseEventLine(line);
      if (event) onEvent(event);
    });
    // Read promptly: the engine drops a subscriber that stalls.
    stream.on('data', split);
    const ended = new Promise<Error>((resolve) => {
      stream.once('end', () => resolve(new Error('the events stream ended')));
      stream.once('close', () => resolve(new Error('the events stream closed')));
      stream.once('error', (error: Error) => resolve(error));
    });
    return { ended, close: () => stream.destroy() };
  }
}

/** Docker takes `since` as seconds with a nanosecond fraction. */
function formatSince(timeNano: bigint): string {
  const seconds = timeNano / 1_000_000_000n;
  const nanos = (timeNano % 1_000_000_000n).toString().padStart(9, '0');
  return `${seconds}.${nanos}`;
}
