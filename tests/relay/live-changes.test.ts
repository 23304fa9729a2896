// Every kind of change reaches a WebSocket client as a delta, and snapshot + deltas, applied with a
// standard JSON Patch library, equals GET /api/state afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningRelay } from '../../relay/relay.js';
import type { ContainerSummary, EngineState } from '../../shared/types.js';
import { createContainer, importTinyImage } from '../support/docker-ops.js';
import { startPrivateEngine, TEST_IMAGE, type PrivateEngine } from '../support/private-engine.js';
import { eventually, fetchState, startTestRelay } from '../support/relay-harness.js';
import { connectClient, type StateClient } from '../support/state-client.js';

let engine: PrivateEngine;
let relay: RunningRelay;
let client: StateClient;

beforeAll(async () => {
  engine = await startPrivateEngine();
  relay = await startTestRelay(engine);
  await relay.mirror.settled();
  client = await connectClient(relay.url);
});

afterAll(async () => {
  await client?.close();
  await relay?.close();
  await engine?.dispose();
});

/** Waits until the client's state satisfies `check`, reached through deltas only. */
async function clientSees(what: string, check: (data: EngineState) => boolean): Promise<void> {
  await eventually(() => client.data !== undefined && check(client.data), () => `client never saw: ${what}`);
  expect(client.messages.filter((m) => m.type === 'engine_state_update')).toHaveLength(1);
  expect(client.errors).toEqual([]);
}

function container(data: EngineState, id: string): ContainerSummary | undefined {
  return data.containers[id];
}

function sawEvent(data: EngineState, type: string, action: string, actorId: string): boolean {
  return data.events.some((e) => e.type === type && e.action === action && e.actorId === actorId);
}

describe('container changes', () => {
  let id = '';

  it('create', async () => {
    id = (await createContainer(engine.docker, 'life', ['sleep', '3600'], { 'com.example.role': 'test' })).id;
    await clientSees('container created', (d) => container(d, id)?.state === 'created' && sawEvent(d, 'container', 'create', id));
    expect(container(client.data as EngineState, id)?.labels).toEqual({ 'com.example.role': 'test' });
  });

  it('start', async () => {
    await engine.docker.getContainer(id).start();
    await clientSees('running', (d) => container(d, id)?.state === 'running' && (container(d, id)?.pid ?? 0) > 0);
  });

  it('pause and unpause', async () => {
    await engine.docker.getContainer(id).pause();
    await clientSees('paused', (d) => container(d, id)?.state === 'paused' && d.engine.counts.paused === 1);
    await engine.docker.getContainer(id).unpause();
    await clientSees('unpaused', (d) => container(d, id)?.state === 'running' && sawEvent(d, 'container', 'unpause', id));
  });

  it('rename', async () => {
    await engine.docker.getContainer(id).rename({ name: 'life-renamed' });
    await clientSees('renamed', (d) => container(d, id)?.name === 'life-renamed');
  });

  it('restart', async () => {
    const before = container(client.data as EngineState, id)?.startedAt ?? 0;
    await engine.docker.getContainer(id).restart({ t: 0 });
    await clientSees('restarted', (d) => container(d, id)?.state === 'running' && (container(d, id)?.startedAt ?? 0) > before && sawEvent(d, 'container', 'restart', id));
  });

  it('stop', async () => {
    await engine.docker.getContainer(id).stop({ t: 0 });
    await clientSees('stopped', (d) => container(d, id)?.state === 'exited' && sawEvent(d, 'container', 'stop', id));
  });

  it('kill and die', async () => {
    await engine.docker.getContainer(id).start();
    await clientSees('running again', (d) => container(d, id)?.state === 'running');
    await engine.docker.getContainer(id).kill();
    await clientSees('killed', (d) => container(d, id)?.state === 'exited' && container(d, id)?.exitCode === 137
      && sawEvent(d, 'container', 'kill', id) && sawEvent(d, 'container', 'die', id));
  });

  it('remove', async () => {
    await engine.docker.getContainer(id).remove();
    await clientSees('removed', (d) => container(d, id) === undefined && sawEvent(d, 'container', 'destroy', id));
  });
});

describe('image changes', () => {
  it('import, tag, untag and remove', async () => {
    await importTinyImage(engine.docker, 'portlight-extra:1');
    const imported = await engine.docker.getImage('portlight-extra:1').inspect();
    await clientSees('imported', (d) => d.images[imported.Id]?.tags.includes('portlight-extra:1') === true);
    await engine.docker.getImage(imported.Id).tag({ repo: 'portlight-extra', tag: '2' });
    await clientSees('tagged', (d) => d.images[imported.Id]?.tags.includes('portlight-extra:2') === true);
    await engine.docker.getImage('portlight-extra:1').remove();
    await clientSees('untagged', (d) => JSON.stringify(d.images[imported.Id]?.tags) === '["portlight-extra:2"]');
    await engine.docker.getImage('portlight-extra:2').remove();
    await clientSees('removed', (d) => d.images[imported.Id] === undefined);
    const test = await engine.docker.getImage(TEST_IMAGE).inspect();
    expect(client.data?.images[test.Id]).toBeDefined();
  });
});

describe('volume and network changes', () => {
  it('volume create and remove', async () => {
    await engine.docker.createVolume({ Name: 'life-volume', Labels: { purpose: 'test' } });
    await clientSees('volume created', (d) => d.volumes['life-volume']?.labels['purpose'] === 'test');
    await engine.docker.getVolume('life-volume').remove();
    await clientSees('volume removed', (d) => d.volumes['life-volume'] === undefined);
  });

  it('network create and remove', async () => {
    const network = await engine.docker.createNetwork({ Name: 'life-net', Internal: true });
    await clientSees('network created', (d) => d.networks[network.id]?.name === 'life-net');
    await network.remove();
    await clientSees('network removed', (d) => d.networks[network.id] === undefined);
  });
});

it('ends exactly where GET /api/state is', async () => {
  let state = await fetchState(relay);
  await eventually(async () => {
    state = await fetchState(relay);
    return client.rev === state.rev;
  }, () => `client at rev ${client.rev}, relay at ${state.rev}`);
  expect(client.errors).toEqual([]);
  expect(client.data).toEqual(state.data);
  expect(client.messages.filter((m) => m.type === 'engine_state_delta').length).toBeGreaterThan(10);
});
