// bench/results/latest.json (the whole report), latest.md (its table) and latency.svg beside them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchReport } from './summary.js';
import { latencyChart, type Series } from './svg-chart.js';
import { renderMarkdown } from './table.js';

export const RESULTS_DIR = 'bench/results';

export function writeResults(report: BenchReport): string[] {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const json = join(RESULTS_DIR, 'latest.json');
  const svg = join(RESULTS_DIR, 'latency.svg');
  writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(RESULTS_DIR, 'latest.md'), `${renderMarkdown(report)}\n`);
  writeFileSync(svg, latencyChart(seriesOf(report), `Event → visible, ${report.parameters.containers} containers (${report.parameters.running} running), ${report.machine.cores} cores`));
  return [json, join(RESULTS_DIR, 'latest.md'), svg];
}

function seriesOf(report: BenchReport): Series[] {
  const s = report.scenarios;
  const series: Series[] = [];
  if (s.single_changes) {
    series.push({ label: 'Portlight: new state at a client', samples: s.single_changes.samples.latency });
    if (s.single_changes.dom_latency_ms) series.push({ label: 'Portlight: PWA DOM', samples: s.single_changes.samples.dom });
  }
  if (s.burst) series.push({ label: 'Portlight: burst, at a client', samples: s.burst.samples });
  if (s.polling) {
    series.push({ label: 'Polling every 2 s (Dockge)', samples: s.polling.poll_2s.samples });
    series.push({ label: 'Polling every 10 s (Portainer)', samples: s.polling.poll_10s.samples });
  }
  return series;
}
