// The mirror over an engine we script (a seam we own): ordering and replay rules that a real engine
// only shows now and then.
import { afterEach, expect, it } from 'vitest';
import type { VolumeSummary } from '../../shared/types.js';
import { createLogger } from '../log.js';
import { StateStore } from '../store/state-store.js';
import { EngineMirror } from './engine-mirror.js';
import type { EngineSource, EventSubscription, RoutedEvent } from './engine-source.js';

class ScriptedEngine implements EngineSource {
  volumes = new Map<string, VolumeSummary>();
  subscriptions: Array<{ since: bigint | undefined; emit: (event: RoutedEvent) => void; end: (error: Error) => void }> = [];
  ping = async (): Promise<void> => undefined;
  facts = async () => ({ id: 'e', name: 'engine', version: '1', apiVersion: '1.41', os: '', kernel: '', arch: '', cpus: 1, memoryBytes: 1 });
  containerIds = async (): Promise<string[]> => [];
  imageIds = async (): Promise<string[]> => [];
  networkIds = async (): Promise<string[]> => [];
  volumeNames = async (): Promise<string[]> => [...this.volumes.keys()];
  inspectContainer = async () => undefined;
  inspectImage = async () => undefined;
  inspectNetwork = async () => undefined;
  inspectVolume = async (name: string) => this.volumes.get(name);
  followEvents = async (since: bigint | undefined, onEvent: (event: RoutedEvent) => void): Promise<EventSubscription> => {
    let end: (error: Error) => void = () => undefined;
    const ended = new Promise<Error>((resolve) => (end = resolve));
    this.subscriptions.push({ since, emit: onEvent, end });
    return { ended, close: () => end(new Error('closed')) };
  };

  volumeEvent(action: 'create' | 'destroy', name: string, timeNano: bigint): void {
    if (action === 'create') this.volumes.set(name, { name, driver: 'local', mountpoint: '', scope: 'local', createdAt: null, labels: {} });
    else this.volumes.delete(name);
    this.subscriptions.at(-1)?.emit({ timeNano, record: { time: Number(timeNano / 1_000_000n), type: 'volume', action, actorId: name, name: null, attributes: {} } });
  }
}

const mirrors: EngineMirror[] = [];
afterEach(() => {
  for (const mirror of mirrors.splice(0)) mirror.stop();
});

async function startMirror(engine: ScriptedEngine): Promise<{ store: StateStore; mirror: EngineMirror }> {
  const store = new StateStore({ epoch: 'test' });
  const mirror = new EngineMirror({ source: engine, store, log: createLogger('error', () => undefined), address: 'scripted', probeIntervalMs: 60_000 });
  mirrors.push(mirror);
  void mirror.run();
  while (engine.subscriptions.length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
  await mirror.settled();
  return { store, mirror };
}

async function settle(store: StateStore, mirror: EngineMirror): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 1));
  await mirror.settled();
  store.commit();
}

it('follows events that arrive out of timeNano order (the engine does not sort them)', async () => {
  const engine = new ScriptedEngine();
  const { store, mirror } = await startMirror(engine);
  engine.volumeEvent('create', 'v1', 2000n);
  engine.volumeEvent('create', 'v2', 3000n);
  // Removed concurrently: its event carries an earlier time than one already delivered.
  engine.volumeEvent('destroy', 'v1', 2500n);
  await settle(store, mirror);
  expect(Object.keys(store.state.volumes)).toEqual(['v2']);
  expect(store.state.events.map((event) => event.action)).toEqual(['create', 'create', 'destroy']);
});

it('resumes the events stream after a loss without logging replayed events twice', async () => {
  const engine = new ScriptedEngine();
  const { store, mirror } = await startMirror(engine);
  engine.volumeEvent('create', 'v1', 2000n);
  await settle(store, mirror);
  engine.subscriptions.at(-1)?.end(new Error('engine went away'));
  while (engine.subscriptions.length < 2) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(engine.subscriptions[1]?.since).toBe(2000n);
  // The engine replays from `since` (inclusive), then goes on.
  engine.volumeEvent('create', 'v1', 2000n);
  engine.volumeEvent('create', 'v3', 4000n);
  await settle(store, mirror);
  expect(store.state.events.map((event) => event.actorId)).toEqual(['v1', 'v3']);
  expect(Object.keys(store.state.volumes).sort()).toEqual(['v1', 'v3']);
  expect(store.state.engine.reachable).toBe(true);
});
