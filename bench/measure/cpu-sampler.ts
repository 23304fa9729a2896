// CPU used by a set of processes over a window, as percent of one core (100 = one core busy).
import { CLOCK_TICKS, readStat } from './proc.js';

export interface CpuWindow {
  /** Ends the window and returns the CPU percent of one core used during it. */
  stop(): number;
}

/** Starts a window over the pids `pids()` returns at the start (processes that exit count what they used until then). */
export function cpuWindow(pids: () => readonly number[]): CpuWindow {
  const watched = pids();
  const ticksAt = (): number => watched.reduce((sum, pid) => sum + (readStat(pid)?.cpuTicks ?? 0), 0);
  const started = performance.now();
  const startTicks = ticksAt();
  const last = new Map(watched.map((pid) => [pid, readStat(pid)?.cpuTicks ?? 0]));
  return {
    stop: () => {
      const seconds = (performance.now() - started) / 1000;
      // A pid that died reads 0: count what it had used at the start instead of a negative.
      const endTicks = watched.reduce((sum, pid) => sum + (readStat(pid)?.cpuTicks ?? last.get(pid) ?? 0), 0);
      return Math.round(((endTicks - startTicks) / CLOCK_TICKS / seconds) * 1000) / 10;
    },
  };
}

/** Measures CPU of `pids` while `work` runs. */
export async function cpuDuring<T>(pids: () => readonly number[], work: () => Promise<T>): Promise<{ result: T; cpuPercent: number }> {
  const window = cpuWindow(pids);
  const result = await work();
  return { result, cpuPercent: window.stop() };
}
