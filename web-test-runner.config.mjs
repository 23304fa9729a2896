// Browser tests (web/**/*.test.ts) in Debian's Chromium. Never downloads a browser; fails loudly without
// one. (JavaScript, not TypeScript: @web/test-runner 0.20 loads only .js/.mjs/.cjs configs.)
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  throw new Error(
    `Chromium not found at ${chromium}. Install Debian's Chromium with ` +
      '`apt-get update && apt-get install -y chromium` (or set CHROMIUM_PATH).',
  );
}

// Without the last three, Chromium keeps dialing out (only loopback is reachable here).
const args = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export default {
  files: ['web/**/*.test.ts'],
  // Test what ships: Lit's production build (its dev mode is several times slower and skews timings).
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [playwrightLauncher({ launchOptions: { executablePath: chromium, args } })],
  testFramework: { config: { timeout: 10_000 } },
};
