// Fills the sparklines' history from the relay once, so they are not empty after a reload. The relay
// keeps five minutes while anyone watches; offline or without history, live ticks fill them instead.
import { seedUsageHistory } from './usage-history.js';

interface HistoryBody {
  columns: string[];
  containers: Record<string, number[][]>;
}

export async function seedUsageHistoryFromRelay(fetchHistory: typeof fetch = fetch): Promise<void> {
  try {
    const response = await fetchHistory('/api/usage/history?columns=cpuPercent,memoryBytes', { cache: 'no-store' });
    if (!response.ok) return;
    const body = (await response.json()) as HistoryBody;
    const cpu = body.columns.indexOf('cpuPercent');
    const memory = body.columns.indexOf('memoryBytes');
    const history: Record<string, { cpu: number[]; memory: number[] }> = {};
    for (const [id, arrays] of Object.entries(body.containers)) history[id] = { cpu: arrays[cpu] ?? [], memory: arrays[memory] ?? [] };
    seedUsageHistory(history);
  } catch {
    // Offline, relay down or signed out: nothing to seed.
  }
}
