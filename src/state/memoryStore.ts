// The session store's contract (idb.ts) in memory, for tests: values are copied in and out, as
// IndexedDB copies them, and every put is listed. Test-only: nothing in the app imports it.

import type { KeyValueStore } from './idb.ts';

export function memoryStore(): KeyValueStore<unknown> & { map: Map<string, unknown>; puts: string[] } {
  const map = new Map<string, unknown>();
  const puts: string[] = [];
  return {
    map,
    puts,
    get: async (k) => structuredClone(map.get(k)),
    getAll: async () => [...map.values()].map((v) => structuredClone(v)),
    getAllKeys: async () => [...map.keys()].sort(),
    put: async (k, v) => {
      puts.push(k);
      map.set(k, structuredClone(v));
    },
    delete: async (k) => {
      map.delete(k);
    },
  };
}
