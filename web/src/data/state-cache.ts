// The last-known state in IndexedDB (idb-keyval): its own database, a schema key that clears the store
// when it changes, and the state kept as one JSON string (cheaper to write than a structured clone).
import { clear, createStore, get, set, type UseStore } from 'idb-keyval';
import { PROTOCOL_VERSION } from '../../../shared/protocol.js';
import { parseCachedState, type CachedState } from './cached-state.js';

/** Bump when the stored shape changes; the protocol version is part of it too. */
export const CACHE_SCHEMA = `1/protocol-${PROTOCOL_VERSION}`;
const SCHEMA_KEY = '_version';
const STATE_KEY = 'state';

export interface StateCache {
  load(): Promise<CachedState | undefined>;
  save(state: CachedState): Promise<void>;
}

/** A cache in IndexedDB; never throws: a broken cache is an empty one. */
export function idbStateCache(database = 'portlight', storeName = 'state', schema = CACHE_SCHEMA): StateCache {
  let store: UseStore | undefined;
  const open = (): UseStore => (store ??= createStore(database, storeName));
  let checked: Promise<boolean> | undefined;
  // Once per page: a store written by another schema is cleared before anything is read or written.
  const ready = (): Promise<boolean> => (checked ??= (async () => {
    if ((await get(SCHEMA_KEY, open())) === schema) return true;
    await clear(open());
    await set(SCHEMA_KEY, schema, open());
    return true;
  })().catch(() => false));

  return {
    async load() {
      try {
        if (!(await ready())) return undefined;
        return parseCachedState(await get(STATE_KEY, open()));
      } catch {
        return undefined;
      }
    },
    async save(state) {
      try {
        if (await ready()) await set(STATE_KEY, JSON.stringify(state), open());
      } catch {
        // Quota or a closed database: the cache is a convenience, never a failure.
      }
    },
  };
}
