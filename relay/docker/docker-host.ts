// Reads DOCKER_HOST the way the docker CLI does: unix://, tcp:// (TLS with DOCKER_TLS_VERIFY and
// DOCKER_CERT_PATH), ssh://. Returns how to connect, or an error a person can act on.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const DEFAULT_DOCKER_HOST = 'unix:///var/run/docker.sock';

export class DockerHostError extends Error {
  readonly code = 'BAD_DOCKER_HOST';
}

export type EngineConnection =
  | { kind: 'unix'; socketPath: string }
  | { kind: 'tcp'; host: string; port: number; tls?: { ca: Buffer; cert: Buffer; key: Buffer } }
  | { kind: 'ssh'; host: string; port: number; username: string | undefined; sshAuthSocket: string | undefined };

export interface TlsSettings {
  verify: boolean;
  certPath: string | undefined;
}

export function engineConnection(dockerHost: string, tls: TlsSettings): EngineConnection {
  const url = parseUrl(dockerHost);
  switch (url.protocol) {
    case 'unix:':
      return { kind: 'unix', socketPath: url.pathname };
    case 'tcp:':
    case 'http:':
    case 'https:': {
      const secure = tls.verify || url.protocol === 'https:' || tls.certPath !== undefined;
      const port = Number(url.port || (secure ? 2376 : 2375));
      if (!secure) return { kind: 'tcp', host: url.hostname, port };
      const dir = tls.certPath ?? join(homedir(), '.docker');
      return { kind: 'tcp', host: url.hostname, port, tls: readCerts(dir) };
    }
    case 'ssh:':
      return {
        kind: 'ssh',
        host: url.hostname,
        port: Number(url.port || 22),
        username: decodeURIComponent(url.username) || undefined,
        sshAuthSocket: process.env['SSH_AUTH_SOCK'],
      };
    default:
      throw new DockerHostError(`DOCKER_HOST ${dockerHost} is not supported: use unix://, tcp:// or ssh://`);
  }
}

function parseUrl(dockerHost: string): URL {
  try {
    return new URL(dockerHost);
  } catch {
    throw new DockerHostError(`DOCKER_HOST ${dockerHost} is not a URL: try unix:///var/run/docker.sock or tcp://host:2376`);
  }
}

function readCerts(dir: string): { ca: Buffer; cert: Buffer; key: Buffer } {
  try {
    return {
      ca: readFileSync(join(dir, 'ca.pem')),
      cert: readFileSync(join(dir, 'cert.pem')),
      key: readFileSync(join(dir, 'key.pem')),
    };
  } catch (error) {
    throw new DockerHostError(`TLS certificates for Docker not readable in ${dir} (need ca.pem, cert.pem, key.pem; set DOCKER_CERT_PATH): ${String(error)}`);
  }
}
