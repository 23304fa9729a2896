// Safe by default: loopback unless authentication is configured; bad security settings stop the start.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tokenCredential } from '../../relay/auth/credential.js';
import { loadSecurity } from '../../relay/auth/load-security.js';
import { hashPassword, parsePasswordHash, verifyPassword } from '../../relay/auth/password-hash.js';
import { readConfig } from '../../relay/config.js';
import { startTestRelay, TEST_TOKEN } from './support/test-relay.js';

const dir = mkdtempSync(join(tmpdir(), 'plt-startup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the relay's CLI from source, as `npm start` would after a build. */
function runMain(args: string[], env: Record<string, string> = {}, input?: string) {
  const cleanEnv = { ...process.env, PORTLIGHT_TOKEN: '', PORTLIGHT_PASSWORD_FILE: '', ...env };
  return spawnSync(process.execPath, ['--import', 'tsx', ...args], { env: cleanEnv, encoding: 'utf8', input, timeout: 30_000 });
}

describe('where the relay listens', () => {
  it('listens on 127.0.0.1 by default', () => {
    const config = readConfig([], {}, '/web');
    expect(config !== 'help' && config.host).toBe('127.0.0.1');
  });

  it('refuses to start on a non-loopback address without authentication, saying how to set a token', () => {
    // 192.0.2.1 is TEST-NET: the check must fire before any attempt to bind.
    const result = runMain(['relay/main.ts', '--host', '192.0.2.1', '--port', '0', '--docker-host', 'unix:///tmp/none.sock']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('PORTLIGHT_TOKEN');
    expect(result.stderr).toContain('refusing to listen on 192.0.2.1');
    for (const host of ['0.0.0.0', '::', '10.1.2.3', 'portlight.lan']) {
      expect(() => loadSecurity(host, {}), host).toThrow(/PORTLIGHT_TOKEN/);
    }
  });

  it('accepts any address once authentication is configured, and loopback without it', () => {
    expect(loadSecurity('0.0.0.0', { token: TEST_TOKEN }).authenticator).toBeDefined();
    for (const host of ['127.0.0.1', '127.8.9.1', 'localhost', '::1', '[::1]']) expect(loadSecurity(host, {}).authenticator).toBeUndefined();
  });

  it('refuses a short token, half a TLS pair, an unreadable or malformed password file, and a bad origin', () => {
    expect(() => loadSecurity('127.0.0.1', { token: 'short' })).toThrow(/at least 16/);
    expect(() => loadSecurity('127.0.0.1', { tlsCert: '/tmp/x.pem' })).toThrow(/both --tls-cert and --tls-key/);
    expect(() => loadSecurity('127.0.0.1', { passwordFile: join(dir, 'missing') })).toThrow(/cannot read the password file/);
    writeFileSync(join(dir, 'bad.pass'), 'hunter2\n');
    expect(() => loadSecurity('127.0.0.1', { passwordFile: join(dir, 'bad.pass') })).toThrow(/hash-password/);
    expect(() => loadSecurity('127.0.0.1', { allowedOrigins: ['not a url'] })).toThrow(/allowed origin/);
  });
});

describe('password files', () => {
  it('hash-password makes a scrypt line that the login page accepts, for that password only', async () => {
    const made = runMain(['relay/hash-password.ts'], {}, 'correct horse battery staple\n');
    expect(made.status).toBe(0);
    const line = made.stdout.trim();
    expect(line).toMatch(/^scrypt\$\d+\$\d+\$\d+\$[\w-]+\$[\w-]+$/);
    expect(line).not.toContain('correct horse');
    const file = join(dir, 'portlight.pass');
    writeFileSync(file, `${line}\n`);

    const t = await startTestRelay({ security: { passwordFile: file } });
    try {
      const login = (password: string) =>
        fetch(`${t.url}/api/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ password }) });
      expect((await login('correct horse battery stapler')).status).toBe(401);
      expect((await login('correct horse battery staple')).status).toBe(200);
    } finally {
      await t.close();
    }
  });

  it('hash-password refuses a short password', () => {
    const made = runMain(['relay/hash-password.ts'], {}, 'short\n');
    expect(made.status).toBe(2);
    expect(made.stdout).toBe('');
  });

  it('verifies through fixed-length comparisons: any length of wrong secret is just wrong', async () => {
    const parsed = parsePasswordHash(await hashPassword('a long enough password'));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(await verifyPassword(parsed.value, 'a long enough password')).toBe(true);
    const token = tokenCredential(TEST_TOKEN);
    for (const guess of ['', 't', TEST_TOKEN.slice(0, -1), `${TEST_TOKEN}x`, 'x'.repeat(5000)]) {
      expect(await token.verify(guess)).toBe(false);
      expect(await verifyPassword(parsed.value, guess)).toBe(false);
    }
    expect(await token.verify(TEST_TOKEN)).toBe(true);
  });
});
