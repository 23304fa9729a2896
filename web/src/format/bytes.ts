// Byte counts as people read them: binary units like `docker stats` (KiB, MiB, GiB).
const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

/** `1536` → `1.5 KiB`; three significant digits at most. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${UNITS[unit]}`;
}

/** A rate: `2048` → `2.00 KiB/s`. */
export function formatRate(bytesPerSecond: number): string {
  return `${formatBytes(bytesPerSecond)}/s`;
}

/** `12.345` → `12.3%`; small values keep two decimals so idle is not shown as busy. */
export function formatPercent(percent: number): string {
  if (!Number.isFinite(percent)) return '—';
  return `${percent.toFixed(percent < 10 ? 2 : 1)}%`;
}
