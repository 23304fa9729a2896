// A hand-written SVG of latency distributions side by side: one empirical CDF per approach on a log
// time axis (Portlight's milliseconds and the pollers' seconds fit on one chart).
import { cdf, summarize } from '../measure/latency-stats.js';

export interface Series {
  label: string;
  samples: readonly number[];
}

const WIDTH = 880;
const HEIGHT = 460;
const PLOT = { left: 70, right: 560, top: 40, bottom: 400 };
const COLORS = ['#0a58b8', '#1a7f37', '#8250df', '#cf222e', '#bc4c00', '#57606a'];
const TICKS = [0.1, 1, 10, 100, 1000, 10_000];

export function latencyChart(series: readonly Series[], title: string): string {
  const min = 0.1;
  const max = 20_000;
  const x = (ms: number): number => PLOT.left + ((Math.log10(Math.max(min, Math.min(max, ms))) - Math.log10(min)) / (Math.log10(max) - Math.log10(min))) * (PLOT.right - PLOT.left);
  const y = (fraction: number): number => PLOT.bottom - fraction * (PLOT.bottom - PLOT.top);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${PLOT.left}" y="22" font-size="14" font-weight="600">${escape(title)}</text>`,
  ];
  for (const tick of TICKS) {
    parts.push(`<line x1="${x(tick)}" x2="${x(tick)}" y1="${PLOT.top}" y2="${PLOT.bottom}" stroke="#d0d7de"/>`);
    parts.push(`<text x="${x(tick)}" y="${PLOT.bottom + 16}" text-anchor="middle">${tick >= 1000 ? `${tick / 1000} s` : `${tick} ms`}</text>`);
  }
  for (const fraction of [0, 0.5, 0.95, 0.99, 1]) {
    parts.push(`<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${y(fraction)}" y2="${y(fraction)}" stroke="#d0d7de" stroke-dasharray="${fraction === 0 || fraction === 1 ? '' : '3 3'}"/>`);
    // p95 and p99 sit close together: label them on either side of their lines.
    const label = { 0: '0', 0.5: 'p50', 0.95: 'p95', 0.99: 'p99', 1: '' }[fraction] ?? '';
    const dy = fraction === 0.95 ? 10 : fraction === 0.99 ? -2 : 4;
    parts.push(`<text x="${PLOT.left - 6}" y="${y(fraction) + dy}" text-anchor="end">${label}</text>`);
  }
  parts.push(`<text x="${(PLOT.left + PLOT.right) / 2}" y="${PLOT.bottom + 36}" text-anchor="middle">latency from the engine event (log scale)</text>`);
  parts.push(`<text transform="translate(18 ${(PLOT.top + PLOT.bottom) / 2}) rotate(-90)" text-anchor="middle">fraction of changes visible</text>`);
  series.forEach((s, i) => {
    const color = COLORS[i % COLORS.length] as string;
    const points = cdf(s.samples);
    // A step line: each sample raises the curve at its latency.
    let path = `M ${x(points[0]?.[0] ?? min).toFixed(1)} ${y(0).toFixed(1)}`;
    let previous = 0;
    for (const [value, fraction] of points) {
      path += ` V ${y(previous).toFixed(1)} H ${x(value).toFixed(1)} V ${y(fraction).toFixed(1)}`;
      previous = fraction;
    }
    parts.push(`<path d="${path}" fill="none" stroke="${color}" stroke-width="2"/>`);
    const stats = summarize(s.samples);
    const ly = PLOT.top + 8 + i * 42;
    parts.push(`<rect x="${PLOT.right + 20}" y="${ly - 9}" width="14" height="4" fill="${color}"/>`);
    parts.push(`<text x="${PLOT.right + 40}" y="${ly - 3}">${escape(s.label)}</text>`);
    parts.push(`<text x="${PLOT.right + 40}" y="${ly + 13}" fill="#57606a">n=${stats.count} p50 ${fmt(stats.p50)} p99 ${fmt(stats.p99)}</text>`);
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

function fmt(ms: number): string {
  if (Number.isNaN(ms)) return '—';
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}

function escape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
