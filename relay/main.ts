// `npm start`: read the settings, start the relay, stop cleanly on SIGINT/SIGTERM.
import { fileURLToPath } from 'node:url';
import { ConfigError, HELP, readConfig } from './config.js';
import { DockerHostError } from './docker/docker-host.js';
import { createLogger } from './log.js';
import { startRelay } from './relay.js';

const defaultStaticRoot = fileURLToPath(new URL('../web/', import.meta.url));

async function main(): Promise<void> {
  const config = readConfig(process.argv.slice(2), process.env, defaultStaticRoot);
  if (config === 'help') {
    process.stdout.write(HELP);
    return;
  }
  const log = createLogger(config.logLevel);
  const relay = await startRelay(config, log);
  const shutdown = (signal: string): void => {
    log.info('shutting down', { signal });
    relay.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DockerHostError) {
    process.stderr.write(`portlight: ${error.message}\n`);
    process.exit(2);
  }
  const code = (error as { code?: string }).code;
  if (code === 'EADDRINUSE' || code === 'EACCES') {
    process.stderr.write(`portlight: cannot listen: ${(error as Error).message}. Choose another --port.\n`);
    process.exit(2);
  }
  process.stderr.write(`portlight: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
