// One single-container change: stop a running container (at once: a shell as pid 1 ignores SIGTERM)
// or start a stopped one. Returns what to wait for: the engine event and the state clients should show.
import type Docker from 'dockerode';
import { now } from './bench-client.js';

export interface Flip {
  id: string;
  /** Epoch ms just before the request. */
  startedAt: number;
  /** The event whose time the latency starts from: `die` when stopping (the moment it stopped), `start`. */
  action: 'die' | 'start';
  state: 'exited' | 'running';
}

export async function flip(docker: Docker, id: string, running: boolean): Promise<Flip> {
  const startedAt = now();
  const container = docker.getContainer(id);
  if (running) {
    await container.stop({ t: 0 });
    return { id, startedAt, action: 'die', state: 'exited' };
  }
  await container.start();
  return { id, startedAt, action: 'start', state: 'running' };
}
