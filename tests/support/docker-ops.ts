// Small helpers for making real changes in the private engine.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Docker from 'dockerode';
import { importDirectory, TEST_IMAGE } from './private-engine.js';

/** Creates a busybox container with no network (tests never send traffic anywhere). */
export async function createContainer(docker: Docker, name: string, cmd: string[] = ['sleep', '3600'], labels: Record<string, string> = {}): Promise<Docker.Container> {
  return docker.createContainer({ name, Image: TEST_IMAGE, Cmd: cmd, Labels: labels, HostConfig: { NetworkMode: 'none' } });
}

/** Imports a one-file image, distinct from the test image. */
export async function importTinyImage(docker: Docker, reference: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'plt-img-'));
  try {
    writeFileSync(join(dir, 'hello.txt'), `${reference}\n`);
    await importDirectory(docker, dir, reference);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs `work` over `items`, at most `limit` at once. */
export async function inPool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++] as T);
  });
  await Promise.all(lanes);
}

/** The engine's own view: ids of everything, for comparing with the relay's state. */
export async function engineTruth(docker: Docker): Promise<{ containers: string[]; images: string[]; volumes: string[]; networks: string[] }> {
  const [containers, images, volumes, networks] = await Promise.all([
    docker.listContainers({ all: true }), docker.listImages(), docker.listVolumes(), docker.listNetworks(),
  ]);
  return {
    containers: containers.map((c) => c.Id).sort(),
    images: images.map((i) => i.Id).sort(),
    volumes: (volumes.Volumes ?? []).map((v) => v.Name).sort(),
    networks: networks.map((n) => n.Id).sort(),
  };
}
