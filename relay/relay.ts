// Wires the relay together, one direction: engine → mirror → store → hub → clients.
import type { AddressInfo } from 'node:net';
import { loadSecurity } from './auth/load-security.js';
import { logSecurity } from './auth/log-security.js';
import type { RelayConfig } from './config.js';
import { DockerEngineSource } from './docker/docker-engine-source.js';
import { createEngineClient } from './docker/engine-client.js';
import { engineConnection } from './docker/docker-host.js';
import { Hub } from './hub/hub.js';
import { createLogger, type Logger } from './log.js';
import { EngineMirror } from './mirror/engine-mirror.js';
import { createApp } from './server/app.js';
import { Heartbeat } from './server/heartbeat.js';
import { listen } from './server/listen.js';
import { Coalescer } from './store/coalescer.js';
import { StateStore } from './store/state-store.js';
import { createUsageMonitor } from './usage/create-usage-monitor.js';
import type { UsageMonitor } from './usage/usage-monitor.js';

/** One frame: bursts of events become at most ~60 deltas a second. */
const COALESCE_WINDOW_MS = 16;
const HEARTBEAT_INTERVAL_MS = 15_000;

export interface RunningRelay {
  readonly url: string;
  readonly port: number;
  readonly store: StateStore;
  readonly hub: Hub;
  readonly mirror: EngineMirror;
  readonly usage: UsageMonitor;
  close(): Promise<void>;
}

export async function startRelay(config: RelayConfig, log: Logger = createLogger(config.logLevel)): Promise<RunningRelay> {
  // First: a relay that would expose the Docker host without authentication must not start at all.
  const security = loadSecurity(config.host, config.security);
  const connection = engineConnection(config.dockerHost, { verify: config.dockerTlsVerify, certPath: config.dockerCertPath });
  const engine = createEngineClient(connection);
  // The store stages, the coalescer decides when to commit (nothing is staged before both exist).
  const store: StateStore = new StateStore({ onStaged: () => coalescer.schedule() });
  const coalescer = new Coalescer(COALESCE_WINDOW_MS, () => store.commit());
  const hub = new Hub(store);
  const heartbeat = new Heartbeat(HEARTBEAT_INTERVAL_MS);
  const mirror = new EngineMirror({ source: new DockerEngineSource(engine), store, log, address: config.dockerHost });
  const usage = createUsageMonitor({ store, clients: hub, engine, choice: config.usageSampler, log });
  const { app, injectWebSocket, close: closeApp } = createApp({ store, hub, heartbeat, staticRoot: config.staticRoot, security, log, usageHistory: usage.history });

  const server = await listen(app.fetch, { host: config.host, port: config.port, tls: security.tls });
  injectWebSocket(server);
  const port = (server.address() as AddressInfo).port;
  const url = `${security.tls ? 'https' : 'http'}://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  log.info('relay listening', { url, dockerHost: config.dockerHost, epoch: store.epoch });
  logSecurity(log, config.host, security);
  const mirrorDone = mirror.run();

  return {
    url, port, store, hub, mirror, usage,
    async close() {
      mirror.stop();
      usage.close();
      heartbeat.stop();
      closeApp();
      hub.close();
      coalescer.cancel();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await mirrorDone;
      engine.close();
    },
  };
}

