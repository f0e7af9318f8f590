// The code page: a large QR in the colour, the masked name, a live clock and a moving element
// (a screenshot is recognisable), the QR refreshed before it expires, what the colour means and
// when and how it turns green.
import { t, clock, dateTime } from '../i18n.js';
import { h, svgImage } from '../dom.js';
import { colourName } from '../labels.js';
import { call } from './session.js';

const INK = { GREEN: '#0b7a35', ORANGE: '#b84d00', RED: '#b3141b' };

const QUERY = `query($p: ID!) {
  healthCodeQr(personId: $p, format: SVG) { token colour expiresAt svg }
  healthCode(personId: $p) { colour since observationEnd history(first: 1) { edges { node { explanation } } } }
  colours { colour meaning }
}`;

let timers = [];

export function stopCodeTimers() {
  timers.forEach(clearTimeout);
  timers.forEach(clearInterval);
  timers = [];
}

const LAST = 'hc.lastCode.';
let shown = null;

// the moment the phone loses its network, the code on screen says so (and stays)
window.addEventListener('offline', () => {
  if (shown && shown.container.isConnected) showCode(shown.container, shown.person).catch(() => {});
});
const RETRY_MS = 15000;

/**
 * Shows the person's code in container; refreshes it before it expires. When the server or the
 * network is down (docs/adr/0035) it shows the last code it had, saying so: the server's last known
 * code if the server answers without its database, else the one this phone kept; and tries again.
 */
export async function showCode(container, person) {
  stopCodeTimers();
  shown = { container, person };
  let data;
  try {
    data = await call(QUERY, { p: person.id });
  } catch (e) {
    if (e.code === 'UNAUTHENTICATED' || e.code === 'NOT_FOUND') throw e;
    return showLastCode(container, person, e);
  }
  const qr = data.healthCodeQr;
  const code = data.healthCode;
  container.replaceChildren();
  if (!qr.colour) {
    localStorage.removeItem(LAST + person.id);
    container.appendChild(h('div', { class: 'card code-card c-none', id: 'code' },
      h('p', { class: 'code-title' }, t('code.none')),
      h('p', {}, t('code.declareFirst')),
      h('p', { class: 'masked-name', id: 'masked-name' }, person.maskedName)));
    return null;
  }
  const meaning = data.colours.find((c) => c.colour === qr.colour).meaning;
  keepLast(person, qr, meaning);
  const explanation = code.history.edges.length ? code.history.edges[0].node.explanation : '';
  drawCode(container, person, qr, h('div', { class: 'meaning' },
    h('p', { id: 'meaning' }, meaning),
    h('p', { id: 'turns-green' }, turnsGreen(code)),
    explanation ? h('p', { id: 'explanation' }, explanation) : null,
    code.since ? h('p', { class: 'muted' }, t('code.since', { time: dateTime(code.since) })) : null));
  // a fresh code 30 s before this one expires: a screenshot soon stops working
  const refreshIn = Math.max(5000, new Date(qr.expiresAt).getTime() - Date.now() - 30000);
  timers.push(setTimeout(() => showCode(container, person).catch(() => {}), refreshIn));
  return qr;
}

/** The QR in the colour, the masked name, a live clock and a moving element, then the rest. */
function drawCode(container, person, qr, ...rest) {
  const ink = INK[qr.colour];
  const live = h('p', { class: 'live-clock', id: 'live-clock', 'aria-live': 'off' }, clock(new Date()));
  const image = svgImage(qr.svg.replaceAll('#000000', ink), t('code.qrAlt', { colour: colourName(qr.colour) }), 'qr');
  image.id = 'qr';
  image.dataset.token = qr.token;
  container.replaceChildren(h('section', { class: 'card code-card code-' + qr.colour, id: 'code', dataset: { colour: qr.colour } },
    h('p', { class: 'code-title', id: 'code-title' }, colourName(qr.colour)),
    h('div', { class: 'qr-frame' }, image),
    h('div', { class: 'ticker', 'aria-hidden': 'true' }, h('div', { class: 'sweep' })),
    h('p', { class: 'masked-name', id: 'masked-name' }, person.maskedName),
    live,
    h('p', { class: 'muted', id: 'qr-valid' }, t('code.validUntil', { time: clock(new Date(qr.expiresAt)) })),
    ...rest,
    h('div', { class: 'actions' }, h('button', {
      type: 'button', class: 'secondary', id: 'code-refresh',
      onclick: () => showCode(container, person).catch(() => {}),
    }, t('code.refresh')))));
  timers.push(setInterval(() => { live.textContent = clock(new Date()); }, 1000));
}

/** The phone's copy of the last code it received for the person (token, image, colour). */
function keepLast(person, qr, meaning) {
  try {
    localStorage.setItem(LAST + person.id, JSON.stringify({
      token: qr.token, colour: qr.colour, expiresAt: qr.expiresAt, svg: qr.svg, meaning, receivedAt: new Date().toISOString(),
    }));
  } catch (e) { /* storage full or disabled: nothing kept */ }
}

async function showLastCode(container, person, failure) {
  let last = null;
  let notice = 'code.offline.network';
  if (failure.code !== 'NETWORK') {
    // the server answers but not fully: it may still serve the last code it issued (ADR 35)
    try {
      const qr = (await call('query($p: ID!) { healthCodeQr(personId: $p, format: SVG) { token colour issuedAt expiresAt svg lastKnown } }',
        { p: person.id })).healthCodeQr;
      if (qr.colour) last = { ...qr, receivedAt: qr.issuedAt };
      notice = 'code.offline.server';
    } catch (e) { /* nothing from the server: the phone's copy */ }
  }
  if (!last) {
    try { last = JSON.parse(localStorage.getItem(LAST + person.id) || 'null'); } catch (e) { last = null; }
  }
  if (!last) throw failure;
  const stale = new Date(last.expiresAt).getTime() <= Date.now();
  drawCode(container, person, last,
    h('p', { class: 'notice offline', id: 'code-offline', role: 'status' },
      t(notice, { time: dateTime(last.receivedAt) })),
    stale ? h('p', { class: 'notice', id: 'code-stale' }, t('code.offline.expired', { time: clock(new Date(last.expiresAt)) })) : null,
    last.meaning ? h('div', { class: 'meaning' }, h('p', { id: 'meaning' }, last.meaning)) : null);
  timers.push(setTimeout(() => showCode(container, person).catch(() => {}), RETRY_MS));
  return last;
}

/** Forgets every kept code (on sign-out). */
export function forgetLastCodes() {
  Object.keys(localStorage).filter((k) => k.startsWith(LAST)).forEach((k) => localStorage.removeItem(k));
}

function turnsGreen(code) {
  if (code.colour === 'ORANGE' && code.observationEnd) {
    return t('code.orangeUntil', { time: dateTime(code.observationEnd) });
  }
  if (code.colour === 'RED') return t('code.redReview');
  return t('code.greenKeep');
}
