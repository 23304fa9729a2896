// The relay as `npm start` runs it: help, bad settings, and an engine that is not there yet.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { eventually, fetchState } from '../support/relay-harness.js';
import { RELAY_ENTRY, startRelayProcess, type RelayProcess } from '../support/relay-process.js';

const started: RelayProcess[] = [];

afterAll(async () => {
  await Promise.all(started.map((relay) => relay.stop()));
});

function run(args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [RELAY_ENTRY, ...args], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 15_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

it('prints help with every setting', () => {
  const { status, stdout } = run(['--help']);
  expect(status).toBe(0);
  for (const word of ['--host', '--port', '--docker-host', 'PORTLIGHT_HOST', 'PORTLIGHT_PORT', 'DOCKER_HOST', 'DOCKER_TLS_VERIFY']) {
    expect(stdout).toContain(word);
  }
});

it('refuses bad settings with a message that says what is wrong', () => {
  const badPort = run(['--port', 'eighty']);
  expect(badPort.status).toBe(2);
  expect(badPort.stderr).toMatch(/port must be a number/);
  const unknownFlag = run(['--colour', 'blue']);
  expect(unknownFlag.status).toBe(2);
  expect(unknownFlag.stderr).toMatch(/colour/);
  const badDockerHost = run(['--docker-host', 'npipe:////./pipe/docker_engine']);
  expect(badDockerHost.status).toBe(2);
  expect(badDockerHost.stderr).toMatch(/unix:\/\/, tcp:\/\/ or ssh:\/\//);
});

it('serves when the engine is unreachable, says why, and keeps retrying', async () => {
  const socket = join(mkdtempSync(join(tmpdir(), 'plt-none-')), 'docker.sock');
  const relay = await startRelayProcess([], { DOCKER_HOST: `unix://${socket}` });
  started.push(relay);
  await eventually(async () => (await fetchState(relay)).data.engine.error !== 'not connected yet', () => 'no reason given');
  const { data } = await fetchState(relay);
  expect(data.engine.reachable).toBe(false);
  expect(data.engine.error).toContain(socket);
  await eventually(() => relay.logs.filter((entry) => entry['message'] === 'engine unreachable').length >= 2, () => 'no retries logged');
  expect(relay.logs.find((entry) => entry['message'] === 'engine unreachable')).toMatchObject({ level: 'warn', address: `unix://${socket}` });
  expect((await fetch(`${relay.url}/`)).status).toBe(200);
});
