// Starts a private dockerd that touches nothing else on the machine, imports a tiny busybox image,
// and tears it all down afterwards. Tests, benchmarks and e2e runs share it.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, copyFileSync, symlinkSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Docker from 'dockerode';

export const TEST_IMAGE = 'portlight-busybox:test';
const APPLETS = ['sh', 'sleep', 'echo', 'cat', 'head', 'tail', 'dd', 'tr', 'true', 'false', 'yes', 'wc'];
const MISSING_HELP =
  'Tests need a private Docker engine. Install it with ' +
  '`apt-get update && apt-get install -y docker.io busybox-static` (run as root), ' +
  'or set PORTLIGHT_TEST_DOCKER_HOST=unix:///path/to/a/disposable/docker.sock.';

export interface PrivateEngine {
  /** DOCKER_HOST-style address, e.g. unix:///tmp/plt-x/docker.sock */
  readonly dockerHost: string;
  readonly socketPath: string;
  readonly docker: Docker;
  /** Stops dockerd (keeping its data) so tests can watch the relay lose the engine. */
  stop(): Promise<void>;
  /** Starts dockerd again on the same data. */
  restart(): Promise<void>;
  /** Stops dockerd and removes every file it made. */
  dispose(): Promise<void>;
}

export class EngineUnavailableError extends Error {
  readonly code = 'ENGINE_UNAVAILABLE';
  constructor(detail: string) {
    super(`${detail}\n${MISSING_HELP}`);
  }
}

/** Starts a private engine (or adopts PORTLIGHT_TEST_DOCKER_HOST) with the busybox test image imported. */
export async function startPrivateEngine(): Promise<PrivateEngine> {
  const existing = process.env['PORTLIGHT_TEST_DOCKER_HOST'];
  const engine = existing ? await adoptEngine(existing) : await launchEngine();
  await ensureTestImage(engine.docker);
  return engine;
}

async function adoptEngine(dockerHost: string): Promise<PrivateEngine> {
  if (!dockerHost.startsWith('unix://')) throw new EngineUnavailableError(`PORTLIGHT_TEST_DOCKER_HOST must be unix://, got ${dockerHost}`);
  const socketPath = dockerHost.slice('unix://'.length);
  const docker = new Docker({ socketPath });
  await waitForPing(docker, 10_000).catch((error: unknown) => {
    throw new EngineUnavailableError(`PORTLIGHT_TEST_DOCKER_HOST=${dockerHost} does not answer: ${String(error)}`);
  });
  const nothing = async (): Promise<void> => {};
  return { dockerHost, socketPath, docker, stop: nothing, restart: nothing, dispose: nothing };
}

function findDockerd(): string {
  for (const candidate of ['/usr/sbin/dockerd', '/usr/bin/dockerd', '/usr/local/bin/dockerd']) {
    if (existsSync(candidate)) return candidate;
  }
  throw new EngineUnavailableError('dockerd was not found.');
}

async function launchEngine(): Promise<PrivateEngine> {
  if (process.getuid?.() !== 0) throw new EngineUnavailableError('A private dockerd needs root.');
  const dockerd = findDockerd();
  // Short path: a unix socket path must stay under 108 bytes.
  const dir = mkdtempSync(join(tmpdir(), 'plt-'));
  const socketPath = join(dir, 'docker.sock');
  const dockerHost = `unix://${socketPath}`;
  const docker = new Docker({ socketPath });
  let child: ChildProcess | undefined;

  const start = async (): Promise<void> => {
    const args = [
      '--data-root', join(dir, 'data'), '--exec-root', join(dir, 'exec'), '-H', dockerHost,
      '--pidfile', join(dir, 'docker.pid'), '--bridge=none', '--iptables=false', '--ip-masq=false',
      '--ip-forward=false', '--ip6tables=false', '--shutdown-timeout', '1',
    ];
    const started = spawn(dockerd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    child = started;
    // A test process that dies without dispose() must not leave its engine running.
    const killOnExit = (): void => {
      started.kill('SIGKILL');
    };
    process.once('exit', killOnExit);
    started.once('exit', () => process.off('exit', killOnExit));
    let stderr = '';
    started.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    const exited = new Promise<never>((_, reject) => {
      started.once('exit', (code) => reject(new EngineUnavailableError(`dockerd exited with ${code}: ${stderr}`)));
    });
    await Promise.race([waitForPing(docker, 30_000), exited]);
  };

  const stop = async (): Promise<void> => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    running.kill('SIGTERM');
    const timer = setTimeout(() => running.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };

  const dispose = async (): Promise<void> => {
    if (child) {
      // Remove containers first so their shims and mounts go away with the engine, then networks:
      // a bridge of a network that outlives its dockerd stays on the host and uses up an address pool.
      await removeAllContainers(docker).catch(() => undefined);
      await removeUserNetworks(docker).catch(() => undefined);
    }
    await stop();
    unmountUnder(dir);
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    await start();
  } catch (error) {
    await dispose();
    throw error;
  }
  return { dockerHost, socketPath, docker, stop, restart: start, dispose };
}

async function waitForPing(docker: Docker, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await docker.ping();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function removeAllContainers(docker: Docker): Promise<void> {
  const containers = await docker.listContainers({ all: true });
  await Promise.all(containers.map((c) => docker.getContainer(c.Id).remove({ force: true }).catch(() => undefined)));
}

async function removeUserNetworks(docker: Docker): Promise<void> {
  const predefined = new Set(['bridge', 'host', 'none']);
  const networks = await docker.listNetworks();
  await Promise.all(networks.filter((n) => !predefined.has(n.Name)).map((n) => docker.getNetwork(n.Id).remove().catch(() => undefined)));
}

function unmountUnder(dir: string): void {
  // overlay2 and shm mounts can outlive a killed dockerd; unmount them so the folder can be removed.
  const mounts = readFileSync('/proc/self/mounts', 'utf8').split('\n')
    .map((line) => line.split(' ')[1] ?? '')
    .filter((point) => point.startsWith(dir))
    .sort((a, b) => b.length - a.length);
  for (const point of mounts) {
    try {
      execFileSync('umount', ['-l', point], { stdio: 'ignore' });
    } catch {
      // already gone
    }
  }
}

/** Builds the busybox image offline (from busybox-static) unless the engine has it already. */
export async function ensureTestImage(docker: Docker): Promise<void> {
  const images = await docker.listImages({ filters: { reference: [TEST_IMAGE] } });
  if (images.length > 0) return;
  const busybox = ['/bin/busybox', '/usr/bin/busybox'].find((path) => existsSync(path));
  if (!busybox) throw new EngineUnavailableError('busybox-static is not installed.');
  const rootfs = mkdtempSync(join(tmpdir(), 'plt-rootfs-'));
  try {
    mkdirSync(join(rootfs, 'bin'));
    mkdirSync(join(rootfs, 'tmp'));
    copyFileSync(busybox, join(rootfs, 'bin', 'busybox'));
    for (const applet of APPLETS) symlinkSync('busybox', join(rootfs, 'bin', applet));
    await importDirectory(docker, rootfs, TEST_IMAGE);
  } finally {
    rmSync(rootfs, { recursive: true, force: true });
  }
}

/** Imports a folder as an image (what `tar -C dir -c . | docker import - reference` does). */
export async function importDirectory(docker: Docker, dir: string, reference: string): Promise<void> {
  const tar = spawn('tar', ['-C', dir, '-c', '.'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [repo, tag = 'latest'] = reference.split(':');
  const stream = await docker.importImage(tar.stdout as unknown as string, { repo, tag });
  await new Promise<void>((resolve, reject) => {
    stream.on('data', () => undefined);
    stream.on('end', resolve);
    stream.on('error', reject);
  });
}
