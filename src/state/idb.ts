// The little of IndexedDB the session store needs: one object store of records by key, each call a
// promise. Hand-written because it is this small; every failure (private mode, quota, a blocked
// upgrade) comes back as a rejected promise for the caller to report.

export interface KeyValueStore<T> {
  get(key: string): Promise<T | undefined>;
  getAll(): Promise<T[]>;
  put(key: string, value: T): Promise<void>;
  delete(key: string): Promise<void>;
}

function done<R>(request: IDBRequest<R>): Promise<R> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

export function openKeyValueStore<T>(dbName: string, storeName: string): Promise<KeyValueStore<T>> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('this browser has no IndexedDB'));
      return;
    }
    const open = indexedDB.open(dbName, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(storeName);
    open.onblocked = () => reject(new Error('another tab holds an older version of the database'));
    open.onerror = () => reject(open.error ?? new Error('IndexedDB could not be opened'));
    open.onsuccess = () => {
      const db = open.result;
      const run = <R>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<R>): Promise<R> => {
        const tx = db.transaction(storeName, mode);
        const result = done(fn(tx.objectStore(storeName)));
        // A write counts once its transaction committed (a full disk fails there, not at the request).
        const committed = new Promise<void>((res, rej) => {
          tx.oncomplete = () => res();
          tx.onabort = () => rej(tx.error ?? new Error('IndexedDB transaction aborted'));
          tx.onerror = () => rej(tx.error ?? new Error('IndexedDB transaction failed'));
        });
        return Promise.all([result, committed]).then(([r]) => r);
      };
      resolve({
        get: (key) => run('readonly', (s) => s.get(key) as IDBRequest<T | undefined>),
        getAll: () => run('readonly', (s) => s.getAll() as IDBRequest<T[]>),
        put: (key, value) => run('readwrite', (s) => s.put(value, key)).then(() => undefined),
        delete: (key) => run('readwrite', (s) => s.delete(key)).then(() => undefined),
      });
    };
  });
}
