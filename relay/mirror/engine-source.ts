// What the mirror needs from a Docker engine. The adapter in relay/docker/ implements it;
// everything it returns is already lean and free of secrets.
import type { ContainerSummary, EngineEvent, EngineInfo, ImageSummary, NetworkSummary, VolumeSummary } from '../../shared/types.js';

export type EngineFacts = Omit<EngineInfo, 'reachable' | 'error' | 'counts' | 'usageSampler'>;

/** An engine event as the mirror routes it: the public record plus the ids it touches. */
export interface RoutedEvent {
  record: EngineEvent;
  /** Exact timeNano from the engine, for resuming the stream without gaps or repeats. */
  timeNano: bigint;
}

export interface EventSubscription {
  /** Resolves when the stream ends (engine gone), with the reason. */
  readonly ended: Promise<Error>;
  close(): void;
}

export interface EngineSource {
  /** Resolves when the engine answers; used to notice an engine that hangs without closing the stream. */
  ping(): Promise<void>;
  facts(): Promise<EngineFacts>;
  containerIds(): Promise<string[]>;
  imageIds(): Promise<string[]>;
  volumeNames(): Promise<string[]>;
  networkIds(): Promise<string[]>;
  /** Each inspect resolves undefined when the entity no longer exists. */
  inspectContainer(id: string): Promise<ContainerSummary | undefined>;
  inspectImage(idOrReference: string): Promise<ImageSummary | undefined>;
  inspectVolume(name: string): Promise<VolumeSummary | undefined>;
  inspectNetwork(id: string): Promise<NetworkSummary | undefined>;
  /** Opens the events stream; resolves once the engine has accepted it. */
  followEvents(since: bigint | undefined, onEvent: (event: RoutedEvent) => void): Promise<EventSubscription>;
}
