// The gate's durable storage (docs/adr/0036): IndexedDB, because it keeps a non-extractable
// CryptoKey (the device's signing key) as it is and survives reloads and restarts. Two stores:
// "kv" (the offline bundle, the device key, its registration) and "scans" (offline scans waiting
// for upload, by scanId).
const NAME = 'hc-scanner';
let opened = null;

function db() {
  if (!opened) {
    opened = new Promise((resolve, reject) => {
      const request = indexedDB.open(NAME, 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore('kv');
        request.result.createObjectStore('scans', { keyPath: 'scanId' });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }
  return opened;
}

async function run(store, mode, work) {
  const database = await db();
  return new Promise((resolve, reject) => {
    const tx = database.transaction(store, mode);
    const request = work(tx.objectStore(store));
    tx.oncomplete = () => resolve(request ? request.result : undefined);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

export const kv = {
  get: (key) => run('kv', 'readonly', (s) => s.get(key)),
  put: (key, value) => run('kv', 'readwrite', (s) => s.put(value, key)),
  remove: (key) => run('kv', 'readwrite', (s) => s.delete(key)),
};

export const scans = {
  add: (scan) => run('scans', 'readwrite', (s) => s.put(scan)),
  all: () => run('scans', 'readonly', (s) => s.getAll()),
  count: () => run('scans', 'readonly', (s) => s.count()),
  remove: (ids) => run('scans', 'readwrite', (s) => { ids.forEach((id) => s.delete(id)); return null; }),
};
