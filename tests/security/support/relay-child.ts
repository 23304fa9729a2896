// Runs a relay in its own process (forked with --expose-gc) so a test can read the relay's own memory
// after a full GC, apart from the test's clients. Configured by PORTLIGHT_CHILD_CONFIG (JSON).
import type { RelayConfig } from '../../../relay/config.js';
import { createLogger } from '../../../relay/log.js';
import { startRelay } from '../../../relay/relay.js';

export type ChildRequest = { type: 'memory' } | { type: 'close' };
export type ChildReply = { type: 'ready'; url: string; port: number } | { type: 'memory'; heapUsed: number; arrayBuffers: number; rss: number };

const send = (reply: ChildReply): void => {
  process.send?.(reply);
};
const gc = (globalThis as { gc?: () => void }).gc;

const config = JSON.parse(process.env['PORTLIGHT_CHILD_CONFIG'] ?? '{}') as RelayConfig;
const relay = await startRelay(config, createLogger('error', () => undefined));
send({ type: 'ready', url: relay.url, port: relay.port });

process.on('message', (request: ChildRequest) => {
  if (request.type === 'memory') {
    // Twice, a turn apart: the first pass can leave finalizers for the second.
    gc?.();
    setImmediate(() => {
      gc?.();
      const usage = process.memoryUsage();
      send({ type: 'memory', heapUsed: usage.heapUsed, arrayBuffers: usage.arrayBuffers, rss: usage.rss });
    });
  } else {
    relay.close().finally(() => process.exit(0));
  }
});
