// Says at startup how the relay is protected, and warns about the weak spots people miss.
import type { Logger } from '../log.js';
import { isLoopbackHost } from './exposure.js';
import type { Security } from './load-security.js';

export function logSecurity(log: Logger, host: string, security: Security): void {
  const auth = security.authenticator ? 'on' : 'off';
  log.info('security', { auth, tls: security.tls !== undefined, allowedOrigins: security.allowedOrigins });
  if (!security.authenticator) {
    log.info('authentication is off: every user of this machine can see the Docker host; set PORTLIGHT_TOKEN to require sign-in');
  } else if (!security.tls && !isLoopbackHost(host)) {
    log.warn('serving plain HTTP to the network: passwords and cookies cross it in clear text; use --tls-cert/--tls-key or a TLS proxy (docs/deploy.md)');
  }
}
