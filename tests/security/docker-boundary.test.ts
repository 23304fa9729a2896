// What crosses between the engine and the relay: the relay only reads (no method but GET reaches the
// engine, no registry credentials go out), and secret-bearing fields never leave the relay.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startPrivateEngine, TEST_IMAGE, type PrivateEngine } from '../support/private-engine.js';
import { startRecordingProxy, type RecordingProxy } from './support/recording-proxy.js';
import { startTestRelay, type TestRelay } from './support/test-relay.js';
import { openSocket, waitFor, type Opened } from './support/ws-client.js';

const SECRET = 'hunter2';
let engine: PrivateEngine;
let proxy: RecordingProxy;
let t: TestRelay;
let client: Opened;
const rawFrames: string[] = [];

interface StateBody {
  data: { containers: Record<string, { name: string }>; volumes: Record<string, unknown>; events: Array<{ action: string; actorId: string }> };
}

async function state(): Promise<{ text: string; body: StateBody }> {
  const text = await (await fetch(`${t.url}/api/state`)).text();
  return { text, body: JSON.parse(text) as StateBody };
}

beforeAll(async () => {
  engine = await startPrivateEngine();
  proxy = await startRecordingProxy(engine.socketPath);
  t = await startTestRelay({ dockerHost: proxy.dockerHost });
  await waitFor(() => proxy.requests.some((r) => r.path.startsWith('/events')), 'the relay to follow events', 30_000);
  client = await openSocket(`${t.wsUrl}/ws`);
  client.ws.on('message', (data) => rawFrames.push(data.toString()));
});
afterAll(async () => {
  client?.ws.close();
  await t?.close();
  await proxy?.close();
  await engine?.dispose();
});

it('keeps environment values, exec command lines and image env out of the state, deltas and events', async () => {
  const container = await engine.docker.createContainer({
    Image: TEST_IMAGE, name: 'secret-holder', Cmd: ['sleep', '300'], Env: [`SECRET=${SECRET}`, `PASSWORD=${SECRET}`],
    HostConfig: { NetworkMode: 'none' },
  });
  await container.start();
  const exec = await container.exec({ Cmd: ['sh', '-c', `echo ${SECRET} > /tmp/x`], Env: [`TOKEN=${SECRET}`] });
  await exec.start({ hijack: true, stdin: false }).then((stream) => new Promise((resolve) => {
    stream.on('end', resolve);
    stream.on('close', resolve);
    stream.resume();
  }));
  await waitFor(() => rawFrames.some((frame) => frame.includes('exec_die')), 'the exec to finish in the stream', 30_000);
  await container.stop({ t: 0 });
  await waitFor(() => rawFrames.some((frame) => frame.includes('"die"')), 'the container to stop in the stream', 30_000);
  // An image whose config carries a secret, like one built with `ENV API_KEY=…`.
  await container.commit({ repo: 'secret-image', tag: 'v1', changes: `ENV API_KEY=${SECRET}` });
  await waitFor(() => rawFrames.some((frame) => frame.includes('secret-image:v1')), 'the new image in the stream', 30_000);

  const { text, body } = await state();
  expect(Object.values(body.data.containers).some((c) => c.name === 'secret-holder')).toBe(true);
  expect(body.data.events.some((e) => e.action === 'exec_start')).toBe(true);
  expect(text).not.toContain(SECRET);
  expect(rawFrames.length).toBeGreaterThan(1);
  for (const frame of rawFrames) expect(frame).not.toContain(SECRET);
  // The engine does carry it: the relay is what keeps it in.
  expect(JSON.stringify(await container.inspect())).toContain(SECRET);
  expect(JSON.stringify(await engine.docker.getImage('secret-image:v1').inspect())).toContain(SECRET);
});

it('issues only GET requests to the engine, without registry credentials, while things change', async () => {
  const before = (await state()).body;
  const volumes = await Promise.all([1, 2, 3].map((i) => engine.docker.createVolume({ Name: `rw-${i}`, Labels: { n: String(i) } })));
  const network = await engine.docker.createNetwork({ Name: 'rw-net', Internal: true });
  const container = await engine.docker.createContainer({ Image: TEST_IMAGE, name: 'rw-c', Cmd: ['sleep', '300'], HostConfig: { NetworkMode: 'none' } });
  await container.start();
  await container.rename({ name: 'rw-c2' });
  await container.remove({ force: true });
  await network.remove();
  for (const volume of volumes) await engine.docker.getVolume(volume.name).remove();
  await waitFor(() => rawFrames.some((frame) => frame.includes('rw-c2')), 'the rename in the stream', 30_000);
  await waitFor(() => rawFrames.some((frame) => frame.includes('"destroy"')), 'the removal in the stream', 30_000);
  const settled = async (): Promise<boolean> => JSON.stringify((await state()).body.data.volumes) === JSON.stringify(before.data.volumes);
  for (let i = 0; i < 200 && !(await settled()); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  expect((await state()).body.data.volumes).toEqual(before.data.volumes);

  const methods = new Set(proxy.requests.map((r) => r.method));
  expect([...methods]).toEqual(['GET']);
  expect(proxy.requests.length).toBeGreaterThan(10);
  for (const request of proxy.requests) {
    expect(request.headers.toLowerCase()).not.toContain('x-registry-auth');
    expect(request.path).toMatch(/^\/(v[\d.]+\/)?(_ping|info|version|events|containers|images|volumes|networks)\b/);
    expect(request.path).not.toMatch(/\/(exec|start|stop|kill|restart|pause|unpause|attach|archive|export|update|prune|create|push|tag|commit|build|auth|swarm|secrets|configs)\b/);
  }
});
