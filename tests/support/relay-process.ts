// Runs the built relay (`node dist/relay/main.js`) as its own process, the way `npm start` does.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export const RELAY_ENTRY = 'dist/relay/main.js';

export interface RelayProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything the relay logged, one JSON object per entry. */
  readonly logs: Array<Record<string, unknown>>;
  rssBytes(): number;
  stop(): Promise<number | null>;
}

export async function startRelayProcess(args: string[], env: NodeJS.ProcessEnv = {}): Promise<RelayProcess> {
  const level = args[args.indexOf('--log-level') + 1];
  if (args.includes('--log-level') && level !== 'info' && level !== 'debug') {
    throw new Error('startRelayProcess reads the "relay listening" info line: use --log-level info or debug');
  }
  if (!existsSync(RELAY_ENTRY)) throw new Error(`${RELAY_ENTRY} is missing: run \`npm run build\` first (npm test does).`);
  const child = spawn(process.execPath, [RELAY_ENTRY, '--port', '0', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Array<Record<string, unknown>> = [];
  let pending = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`relay did not start: ${JSON.stringify(logs)}`)), 15_000);
    child.once('exit', (code) => reject(new Error(`relay exited with ${code}: ${pending}${JSON.stringify(logs)}`)));
    child.stderr?.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        try {
          const entry = JSON.parse(line) as Record<string, unknown>;
          logs.push(entry);
          if (entry['message'] === 'relay listening') {
            clearTimeout(timer);
            resolve(String(entry['url']));
          }
        } catch {
          logs.push({ raw: line });
        }
      }
    });
  });
  return {
    url, child, logs,
    rssBytes: () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) * 1024,
    stop: async () => {
      if (child.exitCode !== null) return child.exitCode;
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      return exited;
    },
  };
}
