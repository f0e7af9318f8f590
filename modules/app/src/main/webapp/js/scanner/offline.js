// The gate without a network (docs/adr/0036): while online it keeps the offline bundle (trust
// list, the feed of colour changes, its entry point, freshness) verified and fresh, and registers
// the device's own signing key once; when a scan cannot reach the server it decides on the kept
// bundle with the server's policy, queues the scan signed with the device key, and uploads the
// queue when the network is back. The online scan stays the fast path (app.js).
import { kv, scans } from './store.js';
import { readOffline, verifyDocument, toBase64Url } from './offline-code.js';
import { decide } from './policy.js';

const BATCH = 100; // the API takes up to 500 a batch; 100 keeps each request small
const REFRESH_MS = 5 * 60 * 1000; // a fresh bundle every 5 minutes (or sooner: half the freshness)
const TICK_MS = 15 * 1000;
const STRAIGHT_OFFLINE_MS = 15 * 1000; // after a failed scan, the next ones do not wait for the network

const BUNDLE_QUERY = `query($after: String) { offlineBundle(feedAfter: $after) {
  trustList { payload issuer keyNumber signature }
  feed { payload issuer keyNumber signature }
  entryPoint { id label }
  category
  freshnessSeconds } }`;

let call = null; // (query, variables) => data, as this device (app.js's asDevice)
let device = null; // () => credentialId of the signed-in device
let bundle = null; // { credentialId, keys, feed: { issuer, endCursor, full, changes }, entryPoint, freshnessSeconds, fetchedAt }
let pending = 0;
let registered = false; // the device's key is registered for the signed-in credential
let refused = []; // [{ scanId, code }] the server refused on the last uploads
let lastError = null; // why the last refresh failed (a code), null after a good one
let unreachableUntil = 0;
let busy = null;
let timer = null;
const listeners = new Set();

/** Starts the background work for the signed-in device; onChange(status()) on every change. */
export async function start(asDevice, credentialId) {
  call = asDevice;
  device = credentialId;
  bundle = (await kv.get('bundle')) || null;
  if (bundle && bundle.credentialId !== device()) bundle = null;
  refused = (await kv.get('refused')) || [];
  const key = await kv.get('deviceKey');
  registered = !!key && key.registeredFor === device();
  pending = await countPending();
  notify();
  if (!timer) {
    timer = setInterval(tick, TICK_MS);
    window.addEventListener('online', () => { unreachableUntil = 0; sync(true); });
    window.addEventListener('offline', () => { unreachableUntil = Date.now() + STRAIGHT_OFFLINE_MS; notify(); });
  }
  sync(false);
}

export function onChange(listener) {
  listeners.add(listener);
  listener(status());
  return () => listeners.delete(listener);
}

function notify() {
  const now = status();
  listeners.forEach((listener) => listener(now));
}

/** What the page shows: the bundle's age and freshness, uploads waiting, refusals. */
export function status() {
  const now = Date.now();
  return {
    ready: bundle != null,
    registered,
    fetchedAt: bundle ? bundle.fetchedAt : null,
    stale: bundle ? now > bundle.fetchedAt + bundle.freshnessSeconds * 1000 : false,
    freshUntil: bundle ? bundle.fetchedAt + bundle.freshnessSeconds * 1000 : null,
    pending,
    refused: refused.length,
    refusedCodes: [...new Set(refused.map((r) => r.code))],
    lastError,
    offline: !navigator.onLine || now < unreachableUntil,
  };
}

/** True when a scan should not wait for the network (it just failed, or the browser is offline). */
export function straightOffline() {
  return bundle != null && (!navigator.onLine || Date.now() < unreachableUntil);
}

/** The network failed a scan: decide offline for a while, and let the background loop probe. */
export function unreachable() {
  unreachableUntil = Date.now() + STRAIGHT_OFFLINE_MS;
  notify();
}

/** The server answered: the network is back. */
export function reachable() {
  const was = unreachableUntil !== 0;
  unreachableUntil = 0;
  if (was || pending > 0) sync(false);
}

function refreshDue() {
  return !bundle || Date.now() - bundle.fetchedAt > Math.min(REFRESH_MS, (bundle.freshnessSeconds * 1000) / 2);
}

async function tick() {
  if (refreshDue() || pending > 0 || unreachableUntil !== 0) await sync(false);
  else notify(); // the bundle's age moves on screen
}

/**
 * Refreshes the bundle (when due, forced, or as the probe while the server seemed out of reach),
 * registers the key, uploads the queue; one run at a time. A bundle that fails to verify does not
 * hold up the uploads; no network stops both.
 */
export function sync(force) {
  if (!busy) {
    busy = (async () => {
      let failure = null;
      if (force || unreachableUntil !== 0 || refreshDue()) {
        try {
          await refresh();
          lastError = null;
        } catch (e) {
          failure = e;
        }
      }
      if (!failure || !isUnreachable(failure)) {
        try {
          await registerKey();
          await upload();
        } catch (e) {
          // the server lost the device's key (a restored database): register it again next time
          if (e.code === 'DEVICE_KEY_MISSING') await unregister();
          failure = failure || e;
        }
      }
      if (failure) {
        lastError = failure.code || 'NETWORK';
        if (isUnreachable(failure)) unreachableUntil = Math.max(unreachableUntil, Date.now() + STRAIGHT_OFFLINE_MS);
      } else {
        unreachableUntil = 0;
      }
      busy = null;
      notify();
    })();
  }
  return busy;
}

/** The errors after which the gate decides offline: no network, a timeout, the server's database away. */
export function isUnreachable(error) {
  return ['NETWORK', 'TIMEOUT', 'SCAN_NOT_RECORDED', 'DATABASE_UNAVAILABLE', 'SERVICE_UNAVAILABLE',
    'OVERLOADED', 'TRY_AGAIN', 'INTERNAL'].includes(error && error.code);
}

// ---- the bundle ----

class BundleError extends Error {
  constructor(code) {
    super(code);
    this.code = code;
  }
}

/**
 * Fetches the bundle: the feed from the kept cursor (all pages), verified. The trust list must be
 * signed by an own key of the kept trust list (the first one by a key it lists itself, fetched over
 * the device's own signed-in session); the feed by an own key of the new trust list.
 */
async function refresh() {
  const credentialId = device();
  const now = Date.now();
  let after = bundle && bundle.feed.full ? bundle.feed.endCursor : null;
  let keys = null;
  let feed = after ? { ...bundle.feed, changes: { ...bundle.feed.changes } } : null;
  let entryPoint = null;
  let freshnessSeconds = null;
  for (let page = 0; page < 1000; page++) {
    const data = await call(BUNDLE_QUERY, { after });
    const b = data.offlineBundle;
    if (!keys) {
      const trust = JSON.parse(b.trustList.payload);
      const anchors = bundle ? bundle.keys.filter((k) => k.own) : trust.keys.filter((k) => k.own);
      if (!(await verifyDocument(anchors, b.trustList, now))) throw new BundleError('TRUST_LIST_UNVERIFIED');
      keys = trust.keys.map(({ issuer, keyNumber, algorithm, publicKey, validFrom, validUntil, own }) =>
        ({ issuer: String(issuer), keyNumber, algorithm, publicKey, validFrom, validUntil: validUntil || null, own: !!own }));
    }
    if (!(await verifyDocument(keys.filter((k) => k.own), b.feed, now))) throw new BundleError('FEED_UNVERIFIED');
    const f = JSON.parse(b.feed.payload);
    if (!feed || f.after == null || f.after !== feed.endCursor) {
      feed = { issuer: String(f.issuer), endCursor: null, full: f.after == null, changes: {} };
    }
    for (const change of f.changes) {
      const kept = feed.changes[change.codeId];
      if (!kept || change.at >= kept.at) feed.changes[change.codeId] = { colour: change.colour, at: change.at };
    }
    feed.endCursor = f.endCursor;
    entryPoint = { ...b.entryPoint, category: b.category };
    freshnessSeconds = b.freshnessSeconds;
    if (!f.hasMore) break;
    after = f.endCursor;
  }
  bundle = { credentialId, keys, feed, entryPoint, freshnessSeconds, fetchedAt: Date.now() };
  await kv.put('bundle', bundle);
}

// ---- the device key ----

/** The device's ECDSA P-256 key pair: made here, the private half never leaves the browser. */
async function deviceKey() {
  let key = await kv.get('deviceKey');
  if (!key) {
    const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
    const spki = await crypto.subtle.exportKey('spki', pair.publicKey);
    key = { privateKey: pair.privateKey, publicKey: toBase64Url(new Uint8Array(spki)), registeredFor: null };
    await kv.put('deviceKey', key);
  }
  return key;
}

async function registerKey() {
  const key = await deviceKey();
  if (key.registeredFor === device()) return;
  await call('mutation($k: String!) { registerOfflineDeviceKey(publicKey: $k) }', { k: key.publicKey });
  key.registeredFor = device();
  await kv.put('deviceKey', key);
  registered = true;
}

// ---- offline decisions and their queue ----

/**
 * Decides the scan offline on the kept bundle and queues it for upload. Answers
 *   { result: { outcome, reason, colour, temperature, fever, offline: true, stale, foreign, issuer } }
 *   { error: code } (the code cannot be used: CODE_INVALID, ISSUER_UNTRUSTED, SIGNATURE_INVALID,
 *   OFFLINE_EXPIRED, CODE_REVOKED, INVALID_TEMPERATURE; nothing is queued, as the server records
 *   nothing then)
 *   null when there is no bundle (the page keeps retrying online).
 */
export async function decideOffline(scanId, codeText, temperature) {
  if (!bundle) return null;
  const now = Date.now();
  const stale = status().stale;
  const read = await readOffline(codeText, bundle.keys, bundle.feed, now, !stale);
  if (!read.ok) return { error: read.code };
  let result;
  try {
    result = decide(bundle.entryPoint.category, read.colour, temperature);
  } catch (e) {
    return { error: e.code || 'INVALID_TEMPERATURE' };
  }
  const scan = {
    scanId,
    codeText: codeText.trim(),
    scannedAt: new Date(now).toISOString(),
    temperature: result.temperature,
    outcome: result.outcome,
    reason: result.reason,
  };
  scan.signature = await signScan(scan);
  await scans.add({ ...scan, credentialId: device() });
  pending = await countPending();
  notify();
  return { result: { ...result, offline: true, stale, foreign: read.foreign, issuer: read.code.issuer } };
}

/** The contract's signed text: HCSCAN1|scanId|codeText|scannedAt epoch ms|temperature or -|outcome|reason. */
export function scanSigningText(scan) {
  return ['HCSCAN1', scan.scanId, scan.codeText, Date.parse(scan.scannedAt),
    scan.temperature == null ? '-' : scan.temperature, scan.outcome, scan.reason].join('|');
}

async function signScan(scan) {
  const key = await deviceKey();
  const signature = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, key.privateKey,
    new TextEncoder().encode(scanSigningText(scan)));
  return toBase64Url(new Uint8Array(signature));
}

async function countPending() {
  return (await scans.all()).filter((s) => s.credentialId === device()).length;
}

/** Sends the queue in batches; each answered batch leaves the queue (accepted, duplicate or refused). */
async function upload() {
  const waiting = (await scans.all()).filter((s) => s.credentialId === device())
    .sort((a, b) => a.scannedAt.localeCompare(b.scannedAt));
  for (let i = 0; i < waiting.length; i += BATCH) {
    const batch = waiting.slice(i, i + BATCH);
    const data = await call(`mutation($in: OfflineScanBatchInput!) { uploadOfflineScans(input: $in) {
        accepted duplicates refused { scanId code } } }`, {
      in: {
        sentAt: new Date().toISOString(),
        scans: batch.map(({ scanId, codeText, scannedAt, temperature, outcome, reason, signature }) =>
          ({ scanId, codeText, scannedAt, temperature, outcome, reason, signature })),
      },
    });
    const answer = data.uploadOfflineScans;
    if (answer.refused.length) {
      refused = [...refused, ...answer.refused].slice(-100);
      await kv.put('refused', refused);
    }
    await scans.remove(batch.map((s) => s.scanId));
    pending = await countPending();
    notify();
  }
}

/** Forgets the bundle and the device's registration (the device signs out); queued scans stay. */
export async function forget() {
  bundle = null;
  await kv.remove('bundle');
  await unregister();
  notify();
}

async function unregister() {
  registered = false;
  const key = await kv.get('deviceKey');
  if (key) {
    key.registeredFor = null;
    await kv.put('deviceKey', key);
  }
}
