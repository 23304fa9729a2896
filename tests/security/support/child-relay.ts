// Starts relay-child.ts in a forked process and asks it for its memory after GC.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { RelayConfig } from '../../../relay/config.js';
import type { ChildReply, ChildRequest } from './relay-child.js';

export interface ChildRelay {
  readonly url: string;
  readonly wsUrl: string;
  readonly port: number;
  /** heapUsed + arrayBuffers (socket buffers live there) after a full GC, in bytes. */
  memory(): Promise<number>;
  close(): Promise<void>;
}

const ENTRY = fileURLToPath(new URL('./relay-child.ts', import.meta.url));

export async function startChildRelay(config: Partial<RelayConfig> & { dockerHost: string; staticRoot: string }): Promise<ChildRelay> {
  const full: RelayConfig = { host: '127.0.0.1', port: 0, dockerTlsVerify: false, dockerCertPath: undefined, logLevel: 'error', ...config };
  const child: ChildProcess = fork(ENTRY, [], {
    execArgv: ['--expose-gc', '--import', 'tsx'],
    env: { ...process.env, PORTLIGHT_CHILD_CONFIG: JSON.stringify(full) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = <T extends ChildReply['type']>(type: T): Promise<Extract<ChildReply, { type: T }>> =>
    new Promise((resolve, reject) => {
      const onMessage = (reply: ChildReply): void => {
        if (reply.type !== type) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(reply as Extract<ChildReply, { type: T }>);
      };
      const onExit = (code: number | null): void => reject(new Error(`the relay child exited with ${code}`));
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  const ask = (request: ChildRequest): void => {
    child.send(request);
  };
  const ready = await next('ready');
  return {
    url: ready.url, port: ready.port, wsUrl: ready.url.replace(/^http/, 'ws'),
    memory: async () => {
      const reply = next('memory');
      ask({ type: 'memory' });
      const { heapUsed, arrayBuffers } = await reply;
      return heapUsed + arrayBuffers;
    },
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      ask({ type: 'close' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
