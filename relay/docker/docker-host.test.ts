import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { engineConnection, DockerHostError } from './docker-host.js';

const plain = { verify: false, certPath: undefined };

it('reads unix sockets', () => {
  expect(engineConnection('unix:///var/run/docker.sock', plain)).toEqual({ kind: 'unix', socketPath: '/var/run/docker.sock' });
});

it('reads tcp, with the CLI default ports', () => {
  expect(engineConnection('tcp://127.0.0.1', plain)).toEqual({ kind: 'tcp', host: '127.0.0.1', port: 2375 });
  expect(engineConnection('tcp://127.0.0.1:1234', plain)).toEqual({ kind: 'tcp', host: '127.0.0.1', port: 1234 });
});

it('uses TLS certificates from DOCKER_CERT_PATH when DOCKER_TLS_VERIFY is set', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plt-certs-'));
  for (const name of ['ca.pem', 'cert.pem', 'key.pem']) writeFileSync(join(dir, name), name);
  const options = engineConnection('tcp://127.0.0.1', { verify: true, certPath: dir });
  expect(options).toMatchObject({ kind: 'tcp', host: '127.0.0.1', port: 2376 });
  expect(options.kind === 'tcp' && String(options.tls?.ca)).toBe('ca.pem');
  expect(() => engineConnection('tcp://127.0.0.1', { verify: true, certPath: join(dir, 'missing') })).toThrow(/DOCKER_CERT_PATH/);
});

it('reads ssh', () => {
  expect(engineConnection('ssh://deploy@127.0.0.1:2222', plain)).toMatchObject({ kind: 'ssh', host: '127.0.0.1', port: 2222, username: 'deploy' });
});

it('explains what is wrong with an unusable DOCKER_HOST', () => {
  expect(() => engineConnection('npipe:////./pipe/docker_engine', plain)).toThrow(DockerHostError);
  expect(() => engineConnection('not a url', plain)).toThrow(/unix:\/\/\/var\/run\/docker.sock/);
});
