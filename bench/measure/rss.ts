// Node's own floor: the RSS of a bare process that only keeps its event loop alive.
import { spawn } from 'node:child_process';
import { rssBytes } from './proc.js';

export const MB = 1024 * 1024;

/** RSS of `node -e "setInterval(()=>{},1000)"` after it has settled. */
export async function nodeBaselineRss(settleMs = 1500): Promise<number> {
  const child = spawn(process.execPath, ['-e', 'setInterval(()=>{},1000)'], { stdio: 'ignore' });
  try {
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    return rssBytes(child.pid ?? 0);
  } finally {
    child.kill('SIGTERM');
  }
}

/** Samples RSS of `pid` every `everyMs` for `forMs`; returns the last and the peak. */
export async function sampleRss(pid: number, forMs: number, everyMs = 500): Promise<{ last: number; peak: number }> {
  let peak = 0;
  let last = 0;
  const end = Date.now() + forMs;
  while (Date.now() < end) {
    last = rssBytes(pid);
    peak = Math.max(peak, last);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return { last, peak };
}
