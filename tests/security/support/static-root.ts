// A throwaway PWA folder (shell, manifest, icon, sw.js, an asset) with a secret file just outside it,
// so path-traversal tests can prove the secret never comes back.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const OUTSIDE_SECRET = 'outside-the-static-root-7f3a';
export const SHELL_MARKER = 'portlight-test-shell';

export interface StaticRoot {
  readonly root: string;
  dispose(): void;
}

export function makeStaticRoot(): StaticRoot {
  const base = mkdtempSync(join(tmpdir(), 'plt-static-'));
  const root = join(base, 'web');
  mkdirSync(join(root, 'assets'), { recursive: true });
  mkdirSync(join(root, 'icons'));
  writeFileSync(join(root, 'index.html'), `<!doctype html><title>${SHELL_MARKER}</title>`);
  writeFileSync(join(root, 'manifest.webmanifest'), '{"name":"Portlight"}');
  writeFileSync(join(root, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(join(root, 'icons', 'icon-192.png'), 'png');
  writeFileSync(join(root, 'assets', 'app-1234.js'), 'console.log(1)');
  writeFileSync(join(base, 'secret.txt'), OUTSIDE_SECRET);
  return { root, dispose: () => rmSync(base, { recursive: true, force: true }) };
}
