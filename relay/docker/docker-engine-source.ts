// The EngineSource the mirror uses, backed by dockerode. Only read requests: lists, inspects, events.
import type Docker from 'dockerode';
import type { Readable } from 'node:stream';
import type { EngineFacts, EngineSource, EventSubscription, RoutedEvent } from '../mirror/engine-source.js';
import { createLineSplitter } from './line-splitter.js';
import { normalizeContainer, type RawContainerInspect } from './normalize/container.js';
import { parseEventLine } from './normalize/event.js';
import { normalizeImage, type RawImageInspect } from './normalize/image.js';
import { normalizeNetwork, type RawNetwork } from './normalize/network.js';
import { normalizeVolume, type RawVolume } from './normalize/volume.js';

export class DockerEngineSource implements EngineSource {
  constructor(private readonly docker: Docker) {}

  async ping(): Promise<void> {
    await this.docker.ping();
  }

  async facts(): Promise<EngineFacts> {
    const [info, version] = await Promise.all([this.docker.info(), this.docker.version()]);
    return {
      id: String(info.ID ?? ''),
      name: String(info.Name ?? ''),
      version: String(version.Version ?? info.ServerVersion ?? ''),
      apiVersion: String(version.ApiVersion ?? ''),
      os: String(info.OperatingSystem ?? ''),
      kernel: String(info.KernelVersion ?? ''),
      arch: String(info.Architecture ?? ''),
      cpus: Number(info.NCPU ?? 0),
      memoryBytes: Number(info.MemTotal ?? 0),
    };
  }

  async containerIds(): Promise<string[]> {
    return (await this.docker.listContainers({ all: true })).map((container) => container.Id);
  }

  async imageIds(): Promise<string[]> {
    return (await this.docker.listImages()).map((image) => image.Id);
  }

  async volumeNames(): Promise<string[]> {
    return ((await this.docker.listVolumes()).Volumes ?? []).map((volume) => volume.Name);
  }

  async networkIds(): Promise<string[]> {
    return (await this.docker.listNetworks()).map((network) => network.Id);
  }

  inspectContainer(id: string) {
    return ifExists(() => this.docker.getContainer(id).inspect() as Promise<unknown> as Promise<RawContainerInspect>, normalizeContainer);
  }

  inspectImage(idOrReference: string) {
    return ifExists(() => this.docker.getImage(idOrReference).inspect() as Promise<unknown> as Promise<RawImageInspect>, normalizeImage);
  }

  inspectVolume(name: string) {
    return ifExists(() => this.docker.getVolume(name).inspect() as Promise<unknown> as Promise<RawVolume>, normalizeVolume);
  }

  inspectNetwork(id: string) {
    return ifExists(() => this.docker.getNetwork(id).inspect() as Promise<unknown> as Promise<RawNetwork>, normalizeNetwork);
  }

  async followEvents(since: bigint | undefined, onEvent: (event: RoutedEvent) => void): Promise<EventSubscription> {
    // The engine takes `since` with nanoseconds as a string; dockerode's types only allow a number.
    const options = (since === undefined ? {} : { since: formatSince(since) }) as { since?: number };
    const stream = (await this.docker.getEvents(options)) as unknown as Readable;
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

async function ifExists<Raw, T>(inspect: () => Promise<Raw>, normalize: (raw: Raw) => T): Promise<T | undefined> {
  try {
    return normalize(await inspect());
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) return undefined;
    throw error;
  }
}

/** Docker takes `since` as seconds with a nanosecond fraction. */
function formatSince(timeNano: bigint): string {
  const seconds = timeNano / 1_000_000_000n;
  const nanos = (timeNano % 1_000_000_000n).toString().padStart(9, '0');
  return `${seconds}.${nanos}`;
}
