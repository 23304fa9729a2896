// A small kernel file (cgroup counter, /proc entry) kept open and re-read from offset 0 each tick: the
// kernel regenerates it on every read, and one pread costs ~1 µs against ~17 µs for open+read+close.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';

/** Shared by every read: the relay is single-threaded and each read is decoded at once. */
const buffer = Buffer.allocUnsafe(64 * 1024);

export class HeldFile {
  private fd: number | undefined;

  /** `hold` false reads the file afresh each time (when the relay may not keep more files open). */
  constructor(readonly path: string, private readonly hold: boolean) {}

  read(): string {
    if (!this.hold) return readFileSync(this.path, 'latin1');
    this.fd ??= openSync(this.path, 'r');
    const length = readSync(this.fd, buffer, 0, buffer.length, 0);
    // Bigger than the buffer (io.stat of a host with very many disks): read it whole.
    return length === buffer.length ? readFileSync(this.path, 'latin1') : buffer.toString('latin1', 0, length);
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

/** How many files the relay may hold open for sampling: half its soft limit, the rest stays for sockets. */
export function heldFileBudget(limitsText: string): number {
  const soft = Number(/^Max open files\s+(\d+|unlimited)/m.exec(limitsText)?.[1]?.replace('unlimited', '1048576') ?? 1024);
  return Math.floor(soft / 2);
}
