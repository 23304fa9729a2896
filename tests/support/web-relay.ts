// A relay serving the built web app, restartable on the same port (the page must find it again).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startRelay, type RunningRelay } from '../../relay/relay.js';
import { createLogger } from '../../relay/log.js';
import type { PrivateEngine } from './private-engine.js';

const STATIC_ROOT = 'dist/web';

export class WebBuildMissingError extends Error {
  readonly code = 'WEB_BUILD_MISSING';
}

/** Fails with what to run when the web app has not been built. */
export function requireWebBuild(): string {
  if (!existsSync(join(STATIC_ROOT, 'index.html')) || !existsSync(join(STATIC_ROOT, 'sw.js'))) {
    throw new WebBuildMissingError(`${STATIC_ROOT} has no built app: run \`npm run build\` (or \`npx vite build\`) first.`);
  }
  return STATIC_ROOT;
}

/** Starts a relay for `engine` serving dist/web (or `staticRoot`); port 0 picks a free one. */
export async function startWebRelay(engine: Pick<PrivateEngine, 'dockerHost'>, port = 0, staticRoot = requireWebBuild()): Promise<RunningRelay> {
  const config = {
    host: '127.0.0.1', port, dockerHost: engine.dockerHost, dockerTlsVerify: false, dockerCertPath: undefined,
    logLevel: 'error' as const, staticRoot,
  };
  // Right after a close the port may linger for a moment; try again briefly.
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await startRelay(config, createLogger('error'));
    } catch (error) {
      if (attempt >= 20 || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
