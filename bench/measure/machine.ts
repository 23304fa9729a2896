// What the numbers were measured on.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, release, totalmem } from 'node:os';
import type Docker from 'dockerode';

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  kernel: string;
  node: string;
  docker: string;
  dockerApi: string;
  chromium?: string;
  /** 1-minute load average when the run started: other work on a shared machine skews latencies. */
  loadAverageAtStart: number;
  loadAverageAtEnd?: number;
  /** The commit measured, with `+dirty` when the working tree had changes. */
  commit: string;
}

export async function describeMachine(docker: Docker): Promise<Machine> {
  const version = await docker.version();
  return {
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    kernel: release(),
    node: process.version,
    docker: version.Version,
    dockerApi: version.ApiVersion,
    loadAverageAtStart: round2(loadavg()[0] ?? 0),
    commit: commitOf(),
  };
}

export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function commitOf(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head}+dirty` : head;
  } catch {
    return 'unknown';
  }
}
