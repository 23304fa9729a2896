// What every scenario gets: the engine, the relay process, the engine's events, connected clients.
import type Docker from 'dockerode';
import type { Browser } from 'playwright-core';
import type { RelayProcess } from '../tests/support/relay-process.js';
import type { PrivateEngine } from '../tests/support/private-engine.js';
import type { BenchClient } from './setup/bench-client.js';
import type { EventLog } from './setup/event-log.js';
import type { BenchOptions } from './options.js';

export interface BenchContext {
  options: BenchOptions;
  engine: PrivateEngine;
  docker: Docker;
  relay: RelayProcess;
  relayPid: number;
  events: EventLog;
  /** dockerd, containerd and shims, looked up afresh (shims come and go with containers). */
  enginePids(): number[];
  /** The K plain WebSocket clients connected throughout. */
  clients: BenchClient[];
  browser: Browser | undefined;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
