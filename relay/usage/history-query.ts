// `GET /api/usage/history`: recent usage of some or all running containers, column by column, so a
// sparkline reads one array. Pure: takes the query, returns the status and body.
import { HISTORY_COLUMNS, type HistoryColumn, type UsageHistory } from './usage-history.js';

export interface HistoryResponse {
  /** Sampling interval and how many points a container holds at most. */
  intervalMs: number;
  capacity: number;
  /** `time` (epoch ms) first, then the usage fields, in the order of each container's arrays. */
  columns: Array<'time' | HistoryColumn>;
  /** Per container id: one array per column, oldest point first. */
  containers: Record<string, number[][]>;
}

export type HistoryAnswer =
  | { status: 200; body: HistoryResponse }
  | { status: 400; body: { error: { code: 'BAD_QUERY'; message: string } } };

/** Answers `?id=<id>` (repeatable; none means all) and `?columns=cpuPercent,memoryBytes` (default all). */
export function answerHistoryQuery(history: UsageHistory, params: URLSearchParams, intervalMs = 1000): HistoryAnswer {
  const wanted = params.get('columns')?.split(',').filter(Boolean) ?? [...HISTORY_COLUMNS];
  const unknown = wanted.filter((column) => !(HISTORY_COLUMNS as readonly string[]).includes(column));
  if (unknown.length > 0) {
    return { status: 400, body: { error: { code: 'BAD_QUERY', message: `unknown column ${unknown.join(', ')}; known: ${HISTORY_COLUMNS.join(', ')}` } } };
  }
  const columns = wanted as HistoryColumn[];
  const ids = params.getAll('id');
  const containers: Record<string, number[][]> = {};
  for (const id of ids.length > 0 ? ids : history.ids()) {
    const series = history.series(id);
    if (series) containers[id] = [series.time, ...columns.map((column) => series[column])];
  }
  return { status: 200, body: { intervalMs, capacity: history.capacity, columns: ['time', ...columns], containers } };
}
