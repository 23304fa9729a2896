// Starts an in-process relay against a private engine, quiet unless a test fails.
import { startRelay, type RunningRelay } from '../../relay/relay.js';
import { createLogger, type LogLevel } from '../../relay/log.js';
import type { PrivateEngine } from './private-engine.js';
import type { EngineState } from '../../shared/types.js';

export async function startTestRelay(engine: PrivateEngine, logLevel: LogLevel = 'error'): Promise<RunningRelay> {
  return startRelay(
    { host: '127.0.0.1', port: 0, dockerHost: engine.dockerHost, dockerTlsVerify: false, dockerCertPath: undefined, logLevel, staticRoot: 'dist/web' },
    createLogger(logLevel),
  );
}

/** Polls until `check` returns true; fails with `describe()` when time runs out. */
export async function eventually(check: () => boolean | Promise<boolean>, describe: () => string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms: ${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export async function fetchState(relay: { url: string }): Promise<{ epoch: string; rev: number; data: EngineState }> {
  const response = await fetch(`${relay.url}/api/state`);
  if (!response.ok) throw new Error(`/api/state answered ${response.status}`);
  return (await response.json()) as { epoch: string; rev: number; data: EngineState };
}
