// Which pages may talk to the relay. A browser always sends Origin on a WebSocket upgrade, and any
// web page can open a WebSocket to any address: without this check, a page on another site could
// read the Docker host through a visitor's browser (cross-site WebSocket hijacking).
import { isLoopbackHost } from '../auth/exposure.js';

export class OriginPolicy {
  private readonly allowed: Set<string>;
  private readonly allowedHosts: Set<string>;

  /** `allowedOrigins` are already normalized to URL.origin form. */
  constructor(allowedOrigins: readonly string[]) {
    this.allowed = new Set(allowedOrigins);
    this.allowedHosts = new Set(allowedOrigins.map((origin) => new URL(origin).host));
  }

  /** The relay's own origin (same host and port as the request's Host), or one listed. */
  allowsOrigin(origin: string, host: string | undefined): boolean {
    const url = parseOrigin(origin);
    if (!url) return false;
    return this.allowed.has(url.origin) || (host !== undefined && sameAuthority(url, host));
  }

  /**
   * With authentication off, only loopback names reach the state: a page on evil.example whose DNS
   * name is switched to 127.0.0.1 (DNS rebinding) sends Host: evil.example and is refused.
   */
  allowsHostWithoutAuth(host: string | undefined): boolean {
    if (host === undefined) return false;
    const authority = parseAuthority(host);
    return authority !== undefined && (isLoopbackHost(authority.hostname) || this.allowedHosts.has(authority.host));
  }
}

/** Browsers send an origin in its canonical form; anything else (`null`, a path, odd case) is refused. */
function parseOrigin(origin: string): URL | undefined {
  try {
    const url = new URL(origin);
    return url.origin !== 'null' && url.origin === origin ? url : undefined;
  } catch {
    return undefined;
  }
}

function sameAuthority(origin: URL, host: string): boolean {
  const authority = parseAuthority(host);
  if (!authority) return false;
  // Ports are compared without their scheme defaults: a TLS proxy in front sends https://name, Host: name.
  return origin.hostname === authority.hostname && portOf(origin) === (authority.port || portOf(origin));
}

function portOf(url: URL): string {
  return url.port || (url.protocol === 'https:' ? '443' : '80');
}

function parseAuthority(host: string): URL | undefined {
  if (!/^[A-Za-z0-9.\-[\]:]+$/.test(host)) return undefined;
  try {
    return new URL(`http://${host}`);
  } catch {
    return undefined;
  }
}
