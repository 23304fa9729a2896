// Who can reach the relay: an address other than loopback means the network, and the network
// needs authentication before it may see a Docker host.
import { isIP } from 'node:net';

export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (bare === 'localhost' || bare.endsWith('.localhost')) return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  if (bare === '::1' || bare === '0:0:0:0:0:0:0:1') return true;
  return /^::ffff:127\./.test(bare);
}

/** Why listening on `host` without authentication is refused, or undefined when it is fine. */
export function exposureProblem(host: string, authConfigured: boolean): string | undefined {
  if (authConfigured || isLoopbackHost(host)) return undefined;
  return (
    `refusing to listen on ${host} without authentication: anyone who can reach it would see this Docker host. ` +
    'Set a token, e.g. `export PORTLIGHT_TOKEN=$(openssl rand -hex 32)`, or give --password-file ' +
    '(make one with `node dist/relay/hash-password.js`), or listen on 127.0.0.1 only.'
  );
}
