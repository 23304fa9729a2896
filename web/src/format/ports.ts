// Port mappings in docker ps form: `0.0.0.0:8080->80/tcp`, `443/tcp`.
import type { PortMapping } from '../../../shared/types.js';

/** One mapping as docker ps prints it. */
export function formatPort(p: PortMapping): string {
  const inner = `${p.privatePort}/${p.protocol}`;
  if (p.publicPort === null) return inner;
  const host = p.hostIp && p.hostIp !== '' ? (p.hostIp.includes(':') ? `[${p.hostIp}]` : p.hostIp) : '0.0.0.0';
  return `${host}:${p.publicPort}->${inner}`;
}

/** All mappings, de-duplicated (IPv4 and IPv6 bindings of one port often repeat). */
export function formatPorts(ports: readonly PortMapping[]): string {
  return [...new Set(ports.map(formatPort))].join(', ');
}

