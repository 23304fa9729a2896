// An in-process relay for security tests, quiet, with its own static folder. Without an engine it
// points at a socket that does not exist: the relay serves anyway, which is all most rules need.
import type { SecuritySettings } from '../../../relay/auth/security-settings.js';
import { createLogger } from '../../../relay/log.js';
import { startRelay, type RunningRelay } from '../../../relay/relay.js';
import { makeStaticRoot, type StaticRoot } from './static-root.js';

export const TEST_TOKEN = 'test-token-0123456789abcdef';
export const NO_ENGINE = 'unix:///tmp/portlight-no-engine.sock';

export interface TestRelay {
  readonly relay: RunningRelay;
  readonly url: string;
  readonly wsUrl: string;
  readonly port: number;
  readonly staticRoot: StaticRoot;
  close(): Promise<void>;
}

export async function startTestRelay(options: { security?: SecuritySettings; dockerHost?: string; logs?: string[] } = {}): Promise<TestRelay> {
  const staticRoot = makeStaticRoot();
  const relay = await startRelay(
    {
      host: '127.0.0.1', port: 0, dockerHost: options.dockerHost ?? NO_ENGINE, dockerTlsVerify: false, dockerCertPath: undefined,
      logLevel: 'debug', staticRoot: staticRoot.root, security: options.security,
    },
    // Every line is kept when asked for (tests look for leaked secrets in them), else dropped.
    createLogger('debug', (line) => options.logs?.push(line)),
  );
  return {
    relay, staticRoot, url: relay.url, port: relay.port, wsUrl: relay.url.replace(/^http/, 'ws'),
    close: async () => {
      await relay.close();
      staticRoot.dispose();
    },
  };
}

export const bearer = (token = TEST_TOKEN): Record<string, string> => ({ Authorization: `Bearer ${token}` });
