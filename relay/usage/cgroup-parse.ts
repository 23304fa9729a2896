// Pure parsers for the cgroup (v1 and v2) and /proc files the cgroup sampler reads.

/** A number from a one-value file; "max" (v2, unlimited) is Infinity. */
export function parseSingle(text: string): number {
  const value = text.trim();
  return value === 'max' ? Infinity : Number(value);
}

/** A `key value` line's value from memory.stat / cpu.stat, or 0 when the key is absent. */
export function statValue(text: string, key: string): number {
  const needle = `${key} `;
  const line = text.startsWith(needle) ? 0 : text.indexOf(`\n${needle}`) + 1;
  if (line === 0 && !text.startsWith(needle)) return 0;
  const start = line + needle.length;
  const end = text.indexOf('\n', start);
  return Number(text.slice(start, end < 0 ? undefined : end));
}

/** v1 `blkio.throttle.io_service_bytes[_recursive]`: `8:0 Read 4096` lines, summed over devices. */
export function parseBlkioV1(text: string): { read: number; write: number } {
  let read = 0;
  let write = 0;
  for (const line of text.split('\n')) {
    const [, op, value] = line.split(' ');
    if (op === 'Read') read += Number(value);
    else if (op === 'Write') write += Number(value);
  }
  return { read, write };
}

/** v2 `io.stat`: `8:0 rbytes=4096 wbytes=0 rios=1 …` lines, summed over devices. */
export function parseIoStatV2(text: string): { read: number; write: number } {
  let read = 0;
  let write = 0;
  for (const line of text.split('\n')) {
    for (const field of line.split(' ')) {
      if (field.startsWith('rbytes=')) read += Number(field.slice(7));
      else if (field.startsWith('wbytes=')) write += Number(field.slice(7));
    }
  }
  return { read, write };
}

/** `/proc/<pid>/net/dev`: bytes over every interface but loopback, as `docker stats` counts. */
export function parseNetDev(text: string): { rx: number; tx: number } {
  let rx = 0;
  let tx = 0;
  for (const line of text.split('\n').slice(2)) {
    const colon = line.indexOf(':');
    if (colon < 0 || line.slice(0, colon).trim() === 'lo') continue;
    const fields = line.slice(colon + 1).trim().split(/\s+/);
    rx += Number(fields[0] ?? 0);
    tx += Number(fields[8] ?? 0);
  }
  return { rx, tx };
}
