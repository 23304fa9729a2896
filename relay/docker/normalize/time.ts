/** Docker's ISO time as epoch ms; its "zero time" (never happened) as null. */
export function dockerTime(iso: string | undefined | null): number | null {
  if (!iso || iso.startsWith('0001-01-01')) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

/** A label map that may be null in the API. */
export function labelsOf(labels: Record<string, string> | null | undefined): Record<string, string> {
  return labels ?? {};
}
