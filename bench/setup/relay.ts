// The built relay as its own process (so CPU and RSS are the relay's alone), built first if needed.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { RELAY_ENTRY, startRelayProcess, type RelayProcess } from '../../tests/support/relay-process.js';

export function ensureBuilt(force: boolean): void {
  if (!force && existsSync(RELAY_ENTRY) && existsSync('dist/web/index.html')) return;
  console.log('building the relay and the PWA (npm run build)…');
  try {
    execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  } catch (error) {
    // A build that fails mid-edit should not cost the run when an earlier build is there.
    if (!existsSync(RELAY_ENTRY) || !existsSync('dist/web/index.html')) throw error;
    console.log('the build failed: measuring the relay and PWA already in dist/');
  }
}

export async function startBenchRelay(dockerHost: string): Promise<{ relay: RelayProcess; pid: number }> {
  // Auth stays off: loopback only, as the relay's default.
  const relay = await startRelayProcess(['--host', '127.0.0.1', '--docker-host', dockerHost, '--log-level', 'info']);
  const pid = relay.child.pid;
  if (pid === undefined) throw new Error('the relay process has no pid');
  return { relay, pid };
}

/** Resolves when GET /api/state lists `containers` containers. */
export async function waitForContainers(url: string, containers: number, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(`${url}/api/state`);
    const body = (await response.json()) as { data: { containers: Record<string, unknown> } };
    if (Object.keys(body.data.containers).length >= containers) return;
    if (Date.now() > deadline) throw new Error(`the relay saw ${Object.keys(body.data.containers).length} of ${containers} containers`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
