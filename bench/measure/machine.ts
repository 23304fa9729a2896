// What the numbers were measured on.
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
  };
}

export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
