/// <reference types="mocha" />
import { assert } from 'chai';
import { formatBytes, formatPercent, formatRate } from './bytes.js';
import { humanDuration, timeAgo } from './duration.js';
import { formatPorts } from './ports.js';
import { shortId } from './ids.js';

describe('format', () => {
  it('formats bytes in binary units', () => {
    assert.equal(formatBytes(0), '0 B');
    assert.equal(formatBytes(1536), '1.50 KiB');
    assert.equal(formatBytes(50 * 2 ** 20), '50.0 MiB');
    assert.equal(formatBytes(300 * 2 ** 20), '300 MiB');
    assert.equal(formatBytes(-1), '—');
    assert.equal(formatRate(2048), '2.00 KiB/s');
  });

  it('formats percentages', () => {
    assert.equal(formatPercent(0.5), '0.50%');
    assert.equal(formatPercent(99.94), '99.9%');
  });

  it('words durations like the docker CLI', () => {
    assert.equal(humanDuration(500), 'Less than a second');
    assert.equal(humanDuration(1000), '1 second');
    assert.equal(humanDuration(45_000), '45 seconds');
    assert.equal(humanDuration(61_000), 'About a minute');
    assert.equal(humanDuration(5 * 60_000), '5 minutes');
    assert.equal(humanDuration(60 * 60_000), 'About an hour');
    assert.equal(humanDuration(5 * 3_600_000), '5 hours');
    assert.equal(humanDuration(3 * 86_400_000), '3 days');
    assert.equal(humanDuration(21 * 86_400_000), '3 weeks');
    assert.equal(humanDuration(90 * 86_400_000), '3 months');
    assert.equal(humanDuration(3 * 365 * 86_400_000), '3 years');
    assert.equal(timeAgo(1000, 1500), 'just now');
    assert.equal(timeAgo(0, 180_000), '3 minutes ago');
  });

  it('formats ports and ids like docker ps', () => {
    assert.equal(formatPorts([
      { privatePort: 80, protocol: 'tcp', hostIp: '0.0.0.0', publicPort: 8080 },
      { privatePort: 80, protocol: 'tcp', hostIp: '0.0.0.0', publicPort: 8080 },
      { privatePort: 53, protocol: 'udp', hostIp: null, publicPort: null },
      { privatePort: 443, protocol: 'tcp', hostIp: '::', publicPort: 8443 },
    ]), '0.0.0.0:8080->80/tcp, 53/udp, [::]:8443->443/tcp');
    assert.equal(shortId(`sha256:${'ab'.repeat(32)}`), 'abababababab');
  });
});
