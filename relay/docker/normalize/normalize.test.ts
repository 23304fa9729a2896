// Normalizers against recorded real Engine API output (Engine 20.10, API 1.41).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeContainer, type RawContainerInspect } from './container.js';
import { parseEventLine } from './event.js';
import { normalizeImage, type RawImageInspect } from './image.js';
import { normalizeNetwork, type RawNetwork } from './network.js';
import { normalizeVolume, type RawVolume } from './volume.js';

const fixture = <T>(name: string): T => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as T;

describe('normalizeContainer', () => {
  const container = normalizeContainer(fixture<RawContainerInspect>('container-inspect.json'));

  it('keeps what a dashboard shows', () => {
    expect(container).toMatchObject({
      name: 'web',
      image: 'portlight-busybox:test',
      command: 'sh -c sleep 3600',
      state: 'running',
      health: 'healthy',
      restartPolicy: 'unless-stopped',
      labels: { 'com.docker.compose.project': 'demo' },
      // Network mode none: the engine reports no ports, as `docker ps` shows none.
      ports: [],
    });
    expect(container.id).toMatch(/^[0-9a-f]{64}$/);
    expect(container.imageId).toMatch(/^sha256:/);
    expect(container.startedAt).toBeGreaterThan(container.createdAt);
    expect(container.finishedAt).toBeNull();
    expect(container.mounts).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: 'volume', name: 'data', destination: '/data', readOnly: true }),
      expect.objectContaining({ type: 'bind', name: null, source: '/tmp', destination: '/host-tmp', readOnly: false }),
    ]));
  });

  it('lists published and unpublished ports, sorted', () => {
    const raw = fixture<RawContainerInspect>('container-inspect.json');
    const withPorts = { ...raw, NetworkSettings: { ...raw.NetworkSettings, Ports: {
      '443/tcp': [{ HostIp: '127.0.0.1', HostPort: '8443' }, { HostIp: '::1', HostPort: '8443' }],
      '53/udp': null,
    } } };
    expect(normalizeContainer(withPorts).ports).toEqual([
      { privatePort: 53, protocol: 'udp', hostIp: null, publicPort: null },
      { privatePort: 443, protocol: 'tcp', hostIp: '127.0.0.1', publicPort: 8443 },
      { privatePort: 443, protocol: 'tcp', hostIp: '::1', publicPort: 8443 },
    ]);
  });

  it('never carries environment values', () => {
    expect(JSON.stringify(container)).not.toContain('hunter2');
    expect(JSON.stringify(container)).not.toContain('SECRET');
  });
});

it('normalizes an image', () => {
  const image = normalizeImage(fixture<RawImageInspect>('image-inspect.json'));
  expect(image).toMatchObject({ tags: ['portlight-busybox:test'], digests: [], labels: {} });
  expect(image.sizeBytes).toBeGreaterThan(500_000);
  expect(image.createdAt).toBeGreaterThan(Date.UTC(2020, 0));
});

it('normalizes a volume', () => {
  expect(normalizeVolume(fixture<RawVolume>('volume-inspect.json'))).toMatchObject({
    name: 'data', driver: 'local', scope: 'local', labels: { app: 'demo' }, mountpoint: expect.stringContaining('/volumes/data/'),
  });
});

it('normalizes a network without its container list', () => {
  const network = normalizeNetwork(fixture<RawNetwork>('network-inspect.json'));
  expect(network).toMatchObject({
    name: 'backend', driver: 'bridge', internal: true, subnets: ['10.123.0.0/24'], gateways: ['10.123.0.1'], labels: { app: 'demo' },
  });
  expect(Object.keys(network)).not.toContain('containers');
});

describe('parseEventLine', () => {
  const lines = readFileSync(new URL('./fixtures/events.jsonl', import.meta.url), 'utf8').trim().split('\n');
  const events = lines.map((line) => parseEventLine(line));

  it('parses every recorded event, keeping nanosecond time exactly', () => {
    expect(events.every(Boolean)).toBe(true);
    const first = events[0];
    const raw = /"timeNano":(\d+)/.exec(lines[0] as string)?.[1];
    expect(first?.timeNano.toString()).toBe(raw);
    expect(first?.record.time).toBeCloseTo(Number(BigInt(raw as string) / 1000n) / 1000, 3);
  });

  it('cuts command lines out of exec actions but keeps health status', () => {
    const actions = events.map((event) => event?.record.action);
    expect(actions).toContain('exec_start');
    expect(actions).toContain('health_status: healthy');
    expect(JSON.stringify(events.map((event) => event?.record))).not.toContain('topsecret');
  });

  it('keeps only a few safe attributes', () => {
    const create = events.find((event) => event?.record.type === 'container' && event.record.action === 'create');
    expect(create?.record).toMatchObject({ name: 'web', attributes: { image: 'portlight-busybox:test' } });
    expect(create?.record.attributes).not.toHaveProperty('com.docker.compose.project');
  });

  it('ignores a line that is not JSON', () => {
    expect(parseEventLine('{"Type":')).toBeUndefined();
  });
});
