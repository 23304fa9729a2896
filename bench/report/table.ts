// The run's numbers as a plain-text table on the terminal.
import type { LatencySummary } from '../measure/latency-stats.js';
import type { BenchReport } from './summary.js';

type Row = [string, string];

export function printTable(report: BenchReport): void {
  console.log('\n' + renderTable(report));
}

export function renderTable(report: BenchReport): string {
  const rows = tableRows(report);
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => (k || v ? `${k.padEnd(width)}  ${v}` : '')).join('\n');
}

/** The same rows as a Markdown table (blank rows dropped), for docs/performance.md. */
export function renderMarkdown(report: BenchReport): string {
  const rows = tableRows(report).filter(([k, v]) => k || v);
  return ['| measure | result |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k.trim().replaceAll('|', '\\|')} | ${v.replaceAll('|', '\\|')} |`)].join('\n');
}

export function tableRows(report: BenchReport): Row[] {
  const s = report.scenarios;
  const m = report.machine;
  const rows: Row[] = [
    ['machine', `${m.cpuModel}, ${m.cores} cores, ${m.memoryGiB} GiB, Linux ${m.kernel}, Node ${m.node.slice(1)}, Docker ${m.docker}${m.chromium ? `, Chromium ${m.chromium}` : ''}`],
    ['commit', m.commit],
    ['load average (1 min), start / end', `${m.loadAverageAtStart} / ${m.loadAverageAtEnd ?? '—'} on ${m.cores} cores`],
    ['containers', `${report.parameters.containers} (${report.parameters.running} running), ${report.parameters.clients} WebSocket clients${report.parameters.quick ? ', --quick' : ''}`],
    ['', ''],
    ['event → new state at the client', lat(s.single_changes?.latency_ms)],
    ['event → its own record at the client', lat(s.single_changes?.event_delivery_ms)],
    ['event → PWA DOM', lat(s.single_changes?.dom_latency_ms)],
    ['event → next frame after DOM', lat(s.single_changes?.dom_frame_latency_ms)],
    ...Object.entries(s.single_changes?.by_action ?? {}).map(([action, a]): Row => [`  ${action === 'die' ? 'stop (from die)' : action}: message / DOM`, `${lat(a.latency_ms)} / ${lat(a.dom_latency_ms)}`]),
    ...Object.entries(s.single_changes?.by_action ?? {}).map(([action, a]): Row => [`  ${action === 'die' ? 'stop (from die)' : action}: event record / engine inspect / bytes`, `${lat(a.event_delivery_ms)} / ${lat(a.engine_inspect_ms)} / ${a.bytes_per_change.mean} B`]),
    ['bytes per change (mean / max)', s.single_changes ? `${s.single_changes.bytes_per_change.mean} B / ${s.single_changes.bytes_per_change.max} B` : '—'],
    ['  with permessage-deflate (estimate)', s.single_changes ? `${s.single_changes.bytes_per_change_deflate.mean} B / ${s.single_changes.bytes_per_change_deflate.max} B` : '—'],
    ['burst: events, deltas, latency', s.burst ? `${s.burst.events} in ${s.burst.seconds} s (${s.burst.failed} refused) → ${s.burst.deltas} deltas; ${lat(s.burst.latency_ms)}; ${s.burst.unseen} undone before seen` : '—'],
    ['burst: final state = engine, = /api/state', s.burst ? `${yes(s.burst.final_state_matches_engine)}${s.burst.mismatches.length ? ` (${s.burst.mismatches.length} containers differ)` : ''}, ${yes(s.burst.final_state_matches_api)}; relay CPU ${s.burst.relay_cpu_percent}%; ${s.burst.event_time_inversions} events arrived out of time order` : '—'],
    ...(s.fan_out ?? []).map((f): Row => [`fan-out ${f.clients} client(s)`, `${lat(f.latency_ms)}; relay CPU ${f.relay_cpu_percent}%`]),
    ['steady state: relay CPU, RSS', s.steady_state ? `${s.steady_state.relay_cpu_percent}% of a core, ${s.steady_state.relay_rss_mb} MB (peak ${s.steady_state.relay_rss_peak_mb})` : '—'],
    ['steady state: usage ticks', s.steady_state ? (s.steady_state.usage_available ? `${s.steady_state.usage_ticks_per_second}/s, ${s.steady_state.usage_rows} rows, via ${s.steady_state.usage_sampler ?? '?'}` : 'not available in this relay') : '—'],
    ['steady state: dockerd+containerd CPU', s.steady_state ? `${s.steady_state.engine_cpu_percent}%` : '—'],
    ['steady state: bytes/s per client', s.steady_state ? `${s.steady_state.bytes_per_second_per_client}` : '—'],
    ['cold start: first render', s.cold_start?.first_render_ms != null ? `${s.cold_start.first_render_ms} ms (${s.cold_start.first_render_samples.join(', ')})` : '—'],
    ['snapshot raw / gzip', s.cold_start ? `${s.cold_start.snapshot_bytes} B / ${s.cold_start.snapshot_gzip_bytes} B` : '—'],
    ...(s.scale ? [[`relay RSS, ${s.scale.containers} containers, ${s.scale.clients} clients`, `${s.scale.relay_rss_mb} MB (${s.scale.relay_rss_no_clients_mb} MB before clients, ${s.scale.relay_rss_floor_mb} MB with no engine; Node baseline ${s.scale.node_baseline_rss_mb} MB, +${s.scale.overhead_mb} MB)`] as Row] : []),
    ...(s.scale?.dom_latency_ms ? [[`event → PWA DOM at ${s.scale.containers}`, lat(s.scale.dom_latency_ms)] as Row] : []),
    ['', ''],
    ['baseline: poll every 2 s', s.polling ? `${lat(s.polling.poll_2s.latency_ms)}; engine CPU +${s.polling.poll_2s.engine_cpu_percent}%` : '—'],
    ['baseline: poll every 10 s', s.polling ? `${lat(s.polling.poll_10s.latency_ms)}; engine CPU +${s.polling.poll_10s.engine_cpu_percent}%` : '—'],
    ['  one poll: time, engine CPU', s.polling ? `${s.polling.poll_ms} ms, ${s.polling.engine_cpu_ms_per_poll} ms (engine idle ${s.polling.engine_cpu_idle_percent}%, polling back to back ${s.polling.engine_cpu_polling_back_to_back_percent}%)` : '—'],
    ['baseline: full snapshot per change', s.full_snapshot ? `${s.full_snapshot.full.bytes_per_change} B/change (state ${s.full_snapshot.snapshot_bytes} B), relay CPU ${s.full_snapshot.full.relay_cpu_percent}%, ${s.full_snapshot.full.bytes_per_second_per_client} B/s per client` : '—'],
    ['  same changes, deltas', s.full_snapshot ? `${s.full_snapshot.delta.bytes_per_change} B/change, relay CPU ${s.full_snapshot.delta.relay_cpu_percent}%, ${s.full_snapshot.delta.bytes_per_second_per_client} B/s per client` : '—'],
    ['', ''],
    ...Object.entries(report.ratios).map(([k, v]): Row => [`ratio ${k}`, v === null ? '—' : `${v}×`]),
    ['', ''],
    ...report.goals.map((g): Row => [`goal: ${g.goal}`, `${g.target}: ${g.measured} → ${g.met === null ? 'n/a' : g.met ? 'MET' : 'MISSED'}`]),
    ...Object.entries(s.errors).map(([k, v]): Row => [`FAILED ${k}`, v]),
  ];
  return rows;
}

function lat(l: LatencySummary | null | undefined): string {
  if (!l || l.count === 0) return '—';
  return `p50 ${l.p50} p95 ${l.p95} p99 ${l.p99} max ${l.max} ms (n=${l.count})`;
}

function yes(b: boolean): string {
  return b ? 'yes' : 'NO';
}
