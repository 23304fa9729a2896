// Durations the way the docker CLI words them (go-units HumanDuration), plus short clock forms.
const SECOND = 1000;

/** Docker's wording: `Less than a second`, `5 minutes`, `About an hour`, `3 days`. */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / SECOND);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.floor(seconds / 60);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.floor(ms / 3_600_000 + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.floor(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.floor(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24 / 30)} months`;
  return `${Math.floor(ms / 3_600_000 / 24 / 365)} years`;
}

/** `3 minutes ago`; a time slightly in the future (clock skew) reads as just now. */
export function timeAgo(at: number, now: number): string {
  const ms = now - at;
  if (ms < SECOND) return 'just now';
  return `${humanDuration(ms)} ago`;
}

// Formatters are built once: toLocaleString() builds one per call, which shows at 1,000 rows.
const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
const full = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** Local `HH:MM:SS` for event logs. */
export function clockTime(at: number): string {
  return clock.format(at);
}

/** Local date and time for tooltips and detail pages. */
export function dateTime(at: number): string {
  return full.format(at);
}
