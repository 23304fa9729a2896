// Docker's short ids.

/** `sha256:abc…` → the first 12 hex digits, as the docker CLI shows ids. */
export function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}
