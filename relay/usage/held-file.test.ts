import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HeldFile, heldFileBudget } from './held-file.js';

describe('HeldFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'held-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the file anew each time, held open or not', () => {
    const path = join(dir, 'counter');
    for (const hold of [true, false]) {
      writeFileSync(path, '1\n');
      const file = new HeldFile(path, hold);
      expect(file.read()).toBe('1\n');
      writeFileSync(path, '22\n');
      expect(file.read()).toBe('22\n');
      file.close();
    }
  });

  it('keeps half the soft open-file limit for sampling', () => {
    expect(heldFileBudget('Limit                     Soft Limit           Hard Limit           Units\nMax open files            1024                 524288               files\n')).toBe(512);
    expect(heldFileBudget('Max open files            unlimited            unlimited            files\n')).toBe(524288);
  });
});
