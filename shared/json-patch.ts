// RFC 6902 JSON Patch, the subset Portlight emits (add, remove, replace), applied without mutating the
// input: each object or array on a touched path is copied once per call, everything else is shared.

export type PatchOperation =
  | { op: 'add'; path: string; value: unknown }
  | { op: 'replace'; path: string; value: unknown }
  | { op: 'remove'; path: string };

export class PatchError extends Error {
  readonly code = 'PATCH_INVALID';
}

/** Escapes one reference token for a JSON Pointer (RFC 6901). */
export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Builds a JSON Pointer from raw tokens. */
export function pointer(...tokens: Array<string | number>): string {
  return tokens.map((token) => '/' + escapePointerToken(String(token))).join('');
}

/** Splits a JSON Pointer into raw tokens. */
export function parsePointer(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/')) throw new PatchError(`JSON Pointer must start with "/": ${path}`);
  return path.slice(1).split('/').map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

/** Applies operations in order and returns the new document; the input is never changed. */
export function applyPatch<T>(document: T, operations: readonly PatchOperation[]): T {
  const copied = new Set<Container>();
  const copy = (value: Container): Container => {
    if (copied.has(value)) return value;
    const fresh = Array.isArray(value) ? value.slice() : { ...value };
    copied.add(fresh);
    return fresh;
  };
  let root: unknown = document;
  for (const operation of operations) {
    const tokens = parsePointer(operation.path);
    if (tokens.length === 0) {
      if (operation.op === 'remove') throw new PatchError('cannot remove the document root');
      root = operation.value;
      continue;
    }
    if (!isContainer(root)) throw new PatchError(`no container at the root for ${operation.path}`);
    root = copy(root);
    let parent = root as Container;
    for (const token of tokens.slice(0, -1)) {
      const child = (parent as Record<string, unknown>)[token];
      if (!isContainer(child)) throw new PatchError(`path does not exist: ${operation.path}`);
      const fresh = copy(child);
      (parent as Record<string, unknown>)[token] = fresh;
      parent = fresh;
    }
    applyAt(parent, tokens[tokens.length - 1] as string, operation);
  }
  return root as T;
}

function applyAt(parent: Container, token: string, operation: PatchOperation): void {
  if (Array.isArray(parent)) {
    const index = token === '-' ? parent.length : Number(token);
    const inRange = Number.isInteger(index) && index >= 0 && index <= parent.length;
    if (!inRange || (operation.op !== 'add' && index === parent.length)) {
      throw new PatchError(`array index out of range: ${operation.path}`);
    }
    if (operation.op === 'add') parent.splice(index, 0, operation.value);
    else if (operation.op === 'replace') parent[index] = operation.value;
    else parent.splice(index, 1);
    return;
  }
  const exists = Object.prototype.hasOwnProperty.call(parent, token);
  if (operation.op !== 'add' && !exists) throw new PatchError(`path does not exist: ${operation.path}`);
  if (operation.op === 'remove') delete parent[token];
  else parent[token] = operation.value;
}
