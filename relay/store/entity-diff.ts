// Patch operations for one known change: an entity that appeared, went away, or changed some fields.
// Diffing one entity's top-level fields keeps a delta small without a generic whole-state diff.
import { pointer, type PatchOperation } from '../../shared/json-patch.js';
import { sameJson } from '../../shared/same-json.js';

export function diffEntity(
  base: readonly string[],
  before: object | undefined,
  after: object | undefined,
): PatchOperation[] {
  const path = pointer(...base);
  if (before === undefined) return after === undefined ? [] : [{ op: 'add', path, value: after }];
  if (after === undefined) return [{ op: 'remove', path }];
  const was = before as Record<string, unknown>;
  const now = after as Record<string, unknown>;
  const operations: PatchOperation[] = [];
  for (const key of Object.keys(now)) {
    if (!Object.prototype.hasOwnProperty.call(was, key)) {
      operations.push({ op: 'add', path: pointer(...base, key), value: now[key] });
    } else if (!sameJson(was[key], now[key])) {
      operations.push({ op: 'replace', path: pointer(...base, key), value: now[key] });
    }
  }
  for (const key of Object.keys(was)) {
    if (!Object.prototype.hasOwnProperty.call(now, key)) operations.push({ op: 'remove', path: pointer(...base, key) });
  }
  return operations;
}
