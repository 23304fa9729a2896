import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { dockerConnectionOptions, DockerHostError } from './docker-host.js';

const plain = { verify: false, certPath: undefined };

it('reads unix sockets', () => {
  expect(dockerConnectionOptions('unix:///var/run/docker.sock', plain)).toEqual({ socketPath: '/var/run/docker.sock' });
});

it('reads tcp, with the CLI default ports', () => {
  expect(dockerConnectionOptions('tcp://127.0.0.1', plain)).toEqual({ host: '127.0.0.1', port: 2375, protocol: 'http' });
  expect(dockerConnectionOptions('tcp://127.0.0.1:1234', plain)).toMatchObject({ port: 1234, protocol: 'http' });
});

it('uses TLS certificates from DOCKER_CERT_PATH when DOCKER_TLS_VERIFY is set', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plt-certs-'));
  for (const name of ['ca.pem', 'cert.pem', 'key.pem']) writeFileSync(join(dir, name), name);
  const options = dockerConnectionOptions('tcp://127.0.0.1', { verify: true, certPath: dir });
  expect(options).toMatchObject({ host: '127.0.0.1', port: 2376, protocol: 'https' });
  expect(String(options.ca)).toBe('ca.pem');
  expect(() => dockerConnectionOptions('tcp://127.0.0.1', { verify: true, certPath: join(dir, 'missing') })).toThrow(/DOCKER_CERT_PATH/);
});

it('reads ssh', () => {
  expect(dockerConnectionOptions('ssh://deploy@127.0.0.1:2222', plain)).toMatchObject({ host: '127.0.0.1', port: 2222, protocol: 'ssh', username: 'deploy' });
});

it('explains what is wrong with an unusable DOCKER_HOST', () => {
  expect(() => dockerConnectionOptions('npipe:////./pipe/docker_engine', plain)).toThrow(DockerHostError);
  expect(() => dockerConnectionOptions('not a url', plain)).toThrow(/unix:\/\/\/var\/run\/docker.sock/);
});
