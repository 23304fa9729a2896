import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code (shared/, relay/); tests that need a real engine, relay or browser
// live in tests/. Browser component tests (web/**) run in Chromium under web-test-runner instead.
export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'relay/**/*.test.ts', 'tests/**/*.test.ts', 'bench/**/*.test.ts'],
    exclude: ['web/**', '**/node_modules/**', 'dist/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each engine test file starts its own dockerd; two at a time suit a 2-core machine.
    maxWorkers: 2,
    reporters: process.env['CI'] ? ['default'] : ['default'],
  },
});
