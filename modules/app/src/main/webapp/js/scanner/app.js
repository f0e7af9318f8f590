// The gate scanner of one entry point's device: device sign-in with its credential (kept on the
// device), continuous camera scanning and keyboard-wedge input, temperature, a full-screen answer
// with a sound, the same scanId on every retry (a flaky network never double counts), a manual
// pass for people without a code, and clear states for an expired token, no network and a
// revoked credential. Without a network (or with the server's database away) it decides offline
// on the kept bundle and uploads those scans later (offline.js, docs/adr/0036).
import { gql, gqlPersisted, ApiError } from '../graphql.js';
import { t, loadTexts, clock } from '../i18n.js';
import { h, mount, field, showError, option } from '../dom.js';
import { languageSwitch } from '../page.js';
import { startCamera, newId } from '../camera.js';
import { parseDeviceSetup } from '../console/qr.js';
import * as offline from './offline.js';
import { gateMessage } from './policy.js';

const CREDENTIAL = 'hc.scanner.credential'; // { credentialId, secret }: the device's own, kept here
const TOKEN = 'hc.scanner.token'; // { token, expiresAt, entryPointId }
const NOT_MEASURED_KEY = 'hc.scanner.notMeasured'; // '1' on a gate without a thermometer
const SCAN_TIMEOUT_MS = 5000; // no answer by then: the gate decides offline
const main = document.getElementById('main');
const verdict = document.getElementById('verdict');
let stopCamera = null;
let pending = null; // { scanId, codeToken, temperature } until answered
let recent = { code: null, at: 0 };
let stateLine = null;
let renewedAt = 0; // when the device last signed in again with its kept credential
let offlineWatch = null; // stops the offline card's updates of the previous view

function credential() {
  return JSON.parse(localStorage.getItem(CREDENTIAL) || 'null');
}

function deviceToken() {
  return JSON.parse(sessionStorage.getItem(TOKEN) || 'null');
}

// The gate's documents, sent by their hash: each is a file of WEB-INF/persisted-operations/ with
// exactly this text (docs/adr/0040); PersistedOperationsIT checks that they match.
const SIGN_IN = 'mutation DeviceSignIn($c: String!, $s: String!) { deviceSignIn(credentialId: $c, secret: $s) { token expiresAt entryPointId } }';
const SCAN = 'mutation Scan($in: ScanInput!) { scan(input: $in) { outcome reason colour maskedName message temperature fever } }';
const MANUAL_PASS = 'mutation ManualPass($in: ManualPassInput!) { manualPass(input: $in) { outcome reason colour maskedName message temperature fever } }';
const PERSISTED = new Set([SIGN_IN, SCAN, MANUAL_PASS]);

function send(query, variables, token, options) {
  return PERSISTED.has(query) ? gqlPersisted(query, variables, token, options) : gql(query, variables, token, options);
}

async function signIn(cred) {
  const data = await gqlPersisted(SIGN_IN, { c: cred.credentialId, s: cred.secret });
  sessionStorage.setItem(TOKEN, JSON.stringify(data.deviceSignIn));
  return data.deviceSignIn;
}

/** A call as the device; an expired token is renewed with the kept credential, once. */
async function asDevice(query, variables, options = {}) {
  let current = deviceToken();
  if (!current || new Date(current.expiresAt).getTime() < Date.now() + 5000) {
    setState('warn', t('scanner.state.renewing'));
    current = await renew();
  }
  try {
    return await send(query, variables, current.token, options);
  } catch (e) {
    if (e.code !== 'UNAUTHENTICATED') throw e;
    setState('warn', t('scanner.state.expired'));
    current = await renew();
    return send(query, variables, current.token, options);
  }
}

async function renew() {
  try {
    const renewed = await signIn(credential());
    renewedAt = Date.now();
    return renewed;
  } catch (e) {
    if (e.code === 'INVALID_CREDENTIALS') {
      revoked();
      throw new ApiError('DEVICE_REVOKED', t('scanner.state.revoked'));
    }
    throw e;
  }
}

function revoked() {
  sessionStorage.removeItem(TOKEN);
  setState('bad', t('scanner.state.revoked'));
}

function setState(kind, text) {
  if (stateLine) {
    stateLine.className = 'state ' + kind;
    stateLine.textContent = text;
    stateLine.dataset.kind = kind;
  }
}

function setupView(notice) {
  const id = h('input', { type: 'text', autocomplete: 'off', spellcheck: 'false' });
  const secret = h('input', { type: 'password', autocomplete: 'off' });
  const video = h('video', { class: 'camera', id: 'setup-camera', muted: true, playsinline: true, hidden: true });
  const form = h('form', { class: 'card', id: 'device-setup', novalidate: true },
    h('h2', {}, t('scanner.setup.title')),
    notice ? h('p', { class: 'state bad' }, notice) : null,
    h('p', { class: 'muted' }, t('scanner.setup.intro')),
    field('credentialId', t('scanner.setup.credentialId'), id),
    field('secret', t('scanner.setup.secret'), secret),
    h('p', { class: 'form-error', role: 'alert' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'device-sign-in' }, t('scanner.setup.submit')),
      h('button', { type: 'button', class: 'secondary', id: 'setup-by-qr', onclick: byQr }, t('scanner.setup.byQr'))),
    h('p', { class: 'muted', id: 'setup-camera-status' }),
    video);
  async function use(cred) {
    try {
      await signIn(cred);
      localStorage.setItem(CREDENTIAL, JSON.stringify(cred));
      if (stopCamera) { stopCamera(); stopCamera = null; }
      scanView();
    } catch (e) {
      showError(form, e, t('error.generic'));
    }
  }
  // The operator's console shows a new credential once, with a QR holding it (js/console/qr.js):
  // the device reads it with its own camera, so nobody types the secret.
  async function byQr() {
    const status = form.querySelector('#setup-camera-status');
    video.hidden = false;
    status.textContent = t('scanner.setup.showQr');
    let busy = false;
    try {
      if (stopCamera) stopCamera();
      stopCamera = await startCamera(video, async (text) => {
        const cred = parseDeviceSetup(text);
        if (!cred) { status.textContent = t('scanner.setup.notSetupQr'); return; }
        if (busy) return;
        busy = true; // one attempt per reading: the camera stops, a failure is shown, the button tries again
        if (stopCamera) { stopCamera(); stopCamera = null; }
        video.hidden = true;
        status.textContent = '';
        await use(cred);
      });
    } catch (e) {
      video.hidden = true;
      status.textContent = t('scanner.setup.noCamera');
    }
  }
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    await use({ credentialId: id.value.trim(), secret: secret.value.trim() });
  });
  return form;
}

function scanView() {
  const video = h('video', { class: 'camera', id: 'scanner-camera', muted: true, playsinline: true });
  const temperature = h('input', { type: 'number', id: 'temperature', inputmode: 'decimal', step: '0.1', min: '34', max: '43', value: '36.5' });
  // a gate without a thermometer (a bus, a taxi) keeps "not measured" on this device
  const unmeasured = h('input', { type: 'checkbox', id: 'not-measured', checked: localStorage.getItem(NOT_MEASURED_KEY) === '1' });
  const syncTemperature = () => {
    temperature.disabled = unmeasured.checked;
    localStorage.setItem(NOT_MEASURED_KEY, unmeasured.checked ? '1' : '0');
  };
  unmeasured.addEventListener('change', syncTemperature);
  syncTemperature();
  const wedge = h('input', { type: 'text', id: 'wedge', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'wedge-hint' });
  stateLine = h('p', { class: 'state ok', id: 'scanner-state', role: 'status', dataset: { kind: 'ok' } }, t('scanner.state.ready'));
  const cameraStatus = h('p', { class: 'muted', id: 'camera-status' }, t('scanner.camera.starting'));
  const retry = h('button', { type: 'button', id: 'retry', hidden: true, onclick: () => send() }, t('scanner.retry'));
  const bundleLine = h('p', { id: 'offline-bundle' });
  const pendingLine = h('p', { id: 'offline-pending', dataset: { pending: '0' } });
  wedge.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      const text = wedge.value.trim();
      wedge.value = '';
      if (text) read(text, false);
    }
  });
  const token = deviceToken();
  mount(main,
    stateLine,
    // what the gate would decide offline with, and what waits for upload: always in view
    h('section', { class: 'offline-bar', id: 'offline-status', 'aria-label': t('scanner.offline.title') }, bundleLine, pendingLine),
    h('div', { class: 'scan-grid' },
      h('section', { class: 'card' }, h('h2', {}, t('scanner.camera.title')), video, cameraStatus),
      h('section', { class: 'card' },
        field('temperature', t('scanner.temperature'), temperature, t('scanner.temperature.hint')),
        h('label', { class: 'check' }, unmeasured, ' ', t('scanner.notMeasured')),
        field('wedge', t('scanner.wedge'), wedge, t('scanner.wedge.hint')),
        h('div', { class: 'actions' }, retry,
          h('button', { type: 'button', class: 'secondary', id: 'go-manual', onclick: manualView }, t('scanner.manual')),
          h('button', { type: 'button', class: 'secondary', id: 'forget-device', onclick: forgetDevice }, t('scanner.forget'))),
        h('p', { class: 'muted' }, t('scanner.entryPoint', { id: token ? token.entryPointId : '—' })))));
  main.classList.add('wide');
  wedge.focus();
  if (offlineWatch) offlineWatch();
  const offlineCard = document.getElementById('offline-status');
  offlineWatch = offline.onChange((s) => {
    offlineCard.dataset.registered = String(s.registered);
    showOfflineStatus(s, bundleLine, pendingLine);
  });
  offline.start(asDevice, () => (credential() || {}).credentialId);

  // The camera sees a code many times a second while it is held up: it counts once, and again
  // only after 20 s. A code typed by a wedge scanner is a deliberate act and always counts.
  async function read(codeToken, fromCamera) {
    if (parseDeviceSetup(codeToken)) return; // the set-up QR still in front of the camera
    const now = Date.now();
    if (fromCamera && codeToken === recent.code && now - recent.at < 20000) return;
    recent = { code: codeToken, at: now };
    pending = { scanId: newId(), codeToken, temperature: unmeasured.checked ? null : temperature.value };
    await send();
  }

  async function send() {
    if (!pending) return;
    retry.hidden = true;
    // the network just failed (or the browser says it is offline): do not make the next person wait
    if (offline.straightOffline() && await decideOffline()) return;
    try {
      const data = await asDevice(SCAN, { in: pending }, { timeoutMs: SCAN_TIMEOUT_MS });
      pending = null;
      setState('ok', Date.now() - renewedAt < 10000 ? t('scanner.state.renewed') : t('scanner.state.ready'));
      showVerdict(data.scan);
      offline.reachable();
    } catch (e) {
      if (offline.isUnreachable(e)) offline.unreachable();
      if (offline.isUnreachable(e) && await decideOffline()) return;
      if (e.code === 'NETWORK' || e.code === 'TIMEOUT' || e.code === 'SCAN_NOT_RECORDED' || e.code === 'INTERNAL') {
        setState('warn', e.code === 'NETWORK' ? t('scanner.state.offline') : t('scanner.state.notRecorded'));
        retry.hidden = false; // the same scanId again: answered once, counted once
        setTimeout(() => { if (pending) send(); }, 3000);
      } else if (e.code === 'DEVICE_REVOKED') {
        pending = null;
        revoked();
        if (stopCamera) stopCamera();
        mount(main, setupView(t('scanner.state.revoked')));
      } else {
        pending = null;
        recent = { code: null, at: 0 };
        setState('bad', e.message || t('error.generic'));
      }
    } finally {
      wedge.focus();
    }
  }

  /** Decides the pending scan on the kept bundle; false when there is none (then retry online). */
  async function decideOffline() {
    const scan = pending;
    const decided = await offline.decideOffline(scan.scanId, scan.codeToken, scan.temperature);
    if (!decided) return false;
    pending = null;
    if (decided.error) {
      recent = { code: null, at: 0 };
      setState('bad', t('scanner.offline.error.' + decided.error));
    } else {
      setState('warn', t('scanner.offline.deciding'));
      showVerdict({ ...decided.result, message: gateMessage(t, decided.result) });
    }
    wedge.focus();
    return true;
  }

  startCamera(video, (text) => read(text, true)).then((stop) => {
    stopCamera = stop;
    cameraStatus.textContent = t('scanner.camera.running');
  }).catch(() => {
    cameraStatus.textContent = t('scanner.camera.none');
    video.hidden = true;
  });
}

function manualView() {
  if (stopCamera) { stopCamera(); stopCamera = null; }
  const types = ['RESIDENT_ID_CARD', 'HK_MACAO_TRAVEL_PERMIT', 'TAIWAN_TRAVEL_PERMIT', 'HMT_RESIDENCE_PERMIT', 'PASSPORT', 'FOREIGNER_PERMANENT_RESIDENCE_ID'];
  const type = h('select', {}, types.map((v) => option(v, t('documentType.' + v))));
  const number = h('input', { type: 'text', autocapitalize: 'characters', spellcheck: 'false' });
  const country = h('input', { type: 'text', maxlength: 3 });
  const countryField = field('issuingCountry', t('person.issuingCountry'), country);
  countryField.hidden = true;
  type.addEventListener('change', () => { countryField.hidden = type.value !== 'PASSPORT'; });
  const temperature = h('input', { type: 'number', step: '0.1', value: '36.5', inputmode: 'decimal' });
  let scanId = null;
  let last = null;
  const form = h('form', { class: 'card', id: 'manual-pass', novalidate: true },
    h('h2', {}, t('scanner.manual.title')),
    field('documentType', t('person.documentType'), type),
    field('documentNumber', t('person.documentNumber'), number),
    countryField,
    field('temperature', t('scanner.temperature'), temperature),
    h('p', { class: 'form-error', role: 'alert' }),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', id: 'manual-submit' }, t('scanner.manual.submit')),
      h('button', { type: 'button', class: 'secondary', onclick: scanView }, t('action.back'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const input = { documentType: type.value, documentNumber: number.value.trim().toUpperCase(), temperature: temperature.value };
    if (type.value === 'PASSPORT') input.issuingCountry = country.value.trim().toUpperCase();
    const key = JSON.stringify(input);
    if (key !== last) { scanId = newId(); last = key; } // a retry of the same pass keeps its id
    try {
      const data = await asDevice(MANUAL_PASS, { in: { ...input, scanId } });
      showVerdict(data.manualPass);
      number.value = '';
    } catch (e) {
      showError(form, e, t('error.generic'));
    }
  });
  mount(main, form);
}

/** The offline card: how old the kept bundle is, and how many offline scans wait for upload. */
function showOfflineStatus(s, bundleLine, pendingLine) {
  if (!s.ready) {
    bundleLine.className = 'state warn';
    bundleLine.textContent = t('scanner.offline.noBundle');
  } else if (s.stale) {
    bundleLine.className = 'state bad';
    bundleLine.textContent = t('scanner.offline.stale', { at: clock(new Date(s.fetchedAt)) });
  } else {
    bundleLine.className = 'state ok';
    bundleLine.textContent = t('scanner.offline.bundle', { at: clock(new Date(s.fetchedAt)), until: clock(new Date(s.freshUntil)) });
  }
  if (s.lastError === 'TRUST_LIST_UNVERIFIED' || s.lastError === 'FEED_UNVERIFIED') {
    bundleLine.className = 'state bad';
    bundleLine.textContent += ' ' + t('scanner.offline.unverified');
  }
  bundleLine.dataset.ready = String(s.ready);
  bundleLine.dataset.stale = String(s.stale);
  pendingLine.className = s.pending > 0 ? 'state warn' : 'muted';
  pendingLine.dataset.pending = String(s.pending);
  pendingLine.textContent = (s.offline ? t('scanner.offline.now') + ' ' : '')
    + t('scanner.offline.pending', { count: s.pending })
    + (s.refused > 0 ? ' ' + t('scanner.offline.refused', { count: s.refused, codes: s.refusedCodes.join(', ') }) : '');
}

function showVerdict(result) {
  mount(verdict,
    result.offline ? h('p', { class: 'offline-mark', id: 'verdict-offline' }, t('scanner.offline.verdict')) : null,
    result.offline && result.stale ? h('p', { class: 'offline-mark', id: 'verdict-stale' }, t('scanner.offline.verdictStale')) : null,
    h('p', { class: 'outcome', id: 'verdict-outcome' }, t('scanner.outcome.' + result.outcome)),
    h('p', { class: 'who', id: 'verdict-name' }, result.offline
      ? (result.foreign ? t('scanner.offline.foreign', { issuer: result.issuer }) : t('scanner.offline.noName'))
      : result.maskedName || t('scanner.unknownPerson')),
    h('p', { class: 'why', id: 'verdict-message' }, result.message),
    h('p', { class: 'temp' }, result.temperature == null
      ? t('scanner.notMeasured')
      : t('scanner.measured', { temperature: result.temperature })),
    h('p', { class: 'temp' }, t('scanner.dismiss')));
  verdict.className = 'verdict ' + result.outcome;
  verdict.dataset.outcome = result.outcome;
  verdict.dataset.reason = result.reason;
  verdict.dataset.offline = String(!!result.offline);
  verdict.hidden = false;
  beep(result.outcome);
  clearTimeout(showVerdict.timer);
  showVerdict.timer = setTimeout(hideVerdict, 5000);
}

function hideVerdict() {
  verdict.hidden = true;
  const wedge = document.getElementById('wedge');
  if (wedge) wedge.focus();
}
verdict.addEventListener('click', hideVerdict);

// One high tone to admit, two low ones to deny or refer: heard without looking.
function beep(outcome) {
  try {
    const audio = new (window.AudioContext || window.webkitAudioContext)();
    const tones = outcome === 'ADMIT' ? [[880, 0]] : [[330, 0], [330, 0.3]];
    for (const [frequency, at] of tones) {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.frequency.value = frequency;
      gain.gain.value = 0.2;
      osc.connect(gain).connect(audio.destination);
      osc.start(audio.currentTime + at);
      osc.stop(audio.currentTime + at + 0.2);
    }
  } catch (e) { /* no sound on this device */ }
}

function forgetDevice() {
  if (stopCamera) { stopCamera(); stopCamera = null; }
  offline.forget();
  localStorage.removeItem(CREDENTIAL);
  sessionStorage.removeItem(TOKEN);
  mount(main, setupView());
}

async function start() {
  mount(document.getElementById('bar'), h('h1', {}, t('scanner.title')), languageSwitch(() => {
    if (stopCamera) { stopCamera(); stopCamera = null; }
    start();
  }));
  document.title = t('scanner.title');
  if (!credential()) {
    mount(main, setupView());
    return;
  }
  scanView();
}

loadTexts().then(start);
