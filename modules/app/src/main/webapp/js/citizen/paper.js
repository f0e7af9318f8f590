// A paper code to print for someone without a phone (no colour on it: a scan looks it up).
import { t, dateTime } from '../i18n.js';
import { h, svgImage } from '../dom.js';
import { call } from './session.js';

export async function paperView(person, back) {
  const data = await call('mutation($p: ID!) { printPaperCode(personId: $p) { token svg issuedAt expiresAt } }', { p: person.id });
  const paper = data.printPaperCode;
  const image = svgImage(paper.svg, t('paper.qrAlt'), 'qr');
  image.id = 'paper-qr';
  return h('section', { class: 'card paper', id: 'paper' },
    h('h2', {}, t('paper.title')),
    h('div', { class: 'qr-frame' }, image),
    h('p', { class: 'masked-name' }, person.maskedName),
    h('p', {}, t('paper.explain')),
    h('p', { class: 'muted' }, t('paper.valid', { from: dateTime(paper.issuedAt), to: paper.expiresAt ? dateTime(paper.expiresAt) : '—' })),
    h('div', { class: 'actions' },
      h('button', { type: 'button', id: 'print', onclick: () => window.print() }, t('paper.print')),
      h('button', { type: 'button', class: 'secondary', onclick: back }, t('action.back'))));
}
