// The compact usage message: one row of numbers per container instead of one patch op per number.
import { USAGE_COLUMNS, type UsageDeltaMessage } from './protocol.js';
import type { ContainerUsage } from './types.js';

/** Encodes all containers' usage as rows in `USAGE_COLUMNS` order. */
export function encodeUsageRows(usage: Record<string, ContainerUsage>): Record<string, number[]> {
  const rows: Record<string, number[]> = {};
  for (const [id, values] of Object.entries(usage)) rows[id] = USAGE_COLUMNS.map((column) => values[column]);
  return rows;
}

/** Rebuilds `data.usage` exactly from a usage message. */
export function decodeUsageRows(message: Pick<UsageDeltaMessage, 'columns' | 'rows'>): Record<string, ContainerUsage> {
  const usage: Record<string, ContainerUsage> = {};
  for (const [id, row] of Object.entries(message.rows)) {
    const values: Record<string, number> = {};
    message.columns.forEach((column, index) => {
      values[column] = row[index] ?? 0;
    });
    usage[id] = values as unknown as ContainerUsage;
  }
  return usage;
}
