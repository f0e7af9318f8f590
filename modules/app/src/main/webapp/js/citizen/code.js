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

/** Shows the person's code in container; refreshes it before it expires. */
export async function showCode(container, person) {
  stopCodeTimers();
  const data = await call(QUERY, { p: person.id });
  const qr = data.healthCodeQr;
  const code = data.healthCode;
  container.replaceChildren();
  if (!qr.colour) {
    container.appendChild(h('div', { class: 'card code-card c-none', id: 'code' },
      h('p', { class: 'code-title' }, t('code.none')),
      h('p', {}, t('code.declareFirst')),
      h('p', { class: 'masked-name', id: 'masked-name' }, person.maskedName)));
    return null;
  }
  const ink = INK[qr.colour];
  const meaning = data.colours.find((c) => c.colour === qr.colour).meaning;
  const live = h('p', { class: 'live-clock', id: 'live-clock', 'aria-live': 'off' }, clock(new Date()));
  const image = svgImage(qr.svg.replaceAll('#000000', ink), t('code.qrAlt', { colour: colourName(qr.colour) }), 'qr');
  image.id = 'qr';
  image.dataset.token = qr.token;
  const explanation = code.history.edges.length ? code.history.edges[0].node.explanation : '';
  container.appendChild(h('section', { class: 'card code-card code-' + qr.colour, id: 'code', dataset: { colour: qr.colour } },
    h('p', { class: 'code-title', id: 'code-title' }, colourName(qr.colour)),
    h('div', { class: 'qr-frame' }, image),
    h('div', { class: 'ticker', 'aria-hidden': 'true' }, h('div', { class: 'sweep' })),
    h('p', { class: 'masked-name', id: 'masked-name' }, person.maskedName),
    live,
    h('p', { class: 'muted', id: 'qr-valid' }, t('code.validUntil', { time: clock(new Date(qr.expiresAt)) })),
    h('div', { class: 'meaning' },
      h('p', { id: 'meaning' }, meaning),
      h('p', { id: 'turns-green' }, turnsGreen(code)),
      explanation ? h('p', { id: 'explanation' }, explanation) : null,
      code.since ? h('p', { class: 'muted' }, t('code.since', { time: dateTime(code.since) })) : null)));

  timers.push(setInterval(() => { live.textContent = clock(new Date()); }, 1000));
  // a fresh code 30 s before this one expires: a screenshot soon stops working
  const refreshIn = Math.max(5000, new Date(qr.expiresAt).getTime() - Date.now() - 30000);
  timers.push(setTimeout(() => showCode(container, person).catch(() => {}), refreshIn));
  return qr;
}

function turnsGreen(code) {
  if (code.colour === 'ORANGE' && code.observationEnd) {
    return t('code.orangeUntil', { time: dateTime(code.observationEnd) });
  }
  if (code.colour === 'RED') return t('code.redReview');
  return t('code.greenKeep');
}
