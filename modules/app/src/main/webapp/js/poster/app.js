// A printable poster for each entry point of the operator's venues: venue, entry point, the
// rotating venue code, how to check in, in Chinese and English. On a screen the code follows its
// rotation; printed, it shows the code current at printing (a static code: rotation PT0S).
import { t, loadTexts, textsOf, dateTime } from '../i18n.js';
import { h, mount, svgImage } from '../dom.js';
import { languageSwitch } from '../page.js';
import { staffSession, asStaff, staffSignInView, staffSignOut } from '../staff-session.js';

const main = document.getElementById('main');
let timer = null;

async function start() {
  clearTimeout(timer);
  mount(document.getElementById('bar'), h('h1', {}, t('poster.title')), languageSwitch(start));
  document.title = t('poster.title');
  if (!staffSession()) {
    mount(main, staffSignInView(start));
    return;
  }
  try {
    const data = await asStaff('{ myVenues(first: 100) { edges { node { id name category entryPoints { id label } } } } }');
    const venues = data.myVenues.edges.map((e) => e.node);
    const wanted = new URLSearchParams(location.search).get('entryPoint');
    const choice = venues.flatMap((v) => v.entryPoints.map((ep) => ({ venue: v, entryPoint: ep })));
    const chosen = choice.find((c) => c.entryPoint.id === wanted);
    if (chosen) {
      await poster(chosen.venue, chosen.entryPoint);
      return;
    }
    mount(main, h('section', { class: 'card', id: 'entry-points' },
      h('h2', {}, t('poster.choose')),
      choice.length ? h('ul', { class: 'plain' }, choice.map((c) => h('li', {},
        h('a', { href: '?entryPoint=' + encodeURIComponent(c.entryPoint.id), class: 'entry-point' },
          c.venue.name + ' · ' + c.entryPoint.label)))) : h('p', {}, t('poster.none')),
      h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', onclick: () => { staffSignOut(); start(); } }, t('home.signOut')))));
  } catch (e) {
    if (e.code === 'UNAUTHENTICATED' || e.code === 'FORBIDDEN') {
      staffSignOut();
      mount(main, staffSignInView(start, t('poster.operatorOnly')));
    } else {
      mount(main, h('p', { class: 'form-error', role: 'alert' }, e.message || t('error.generic')));
    }
  }
}

async function poster(venue, entryPoint) {
  const data = await asStaff('query($e: ID!) { venueCode(entryPointId: $e, format: SVG) { code svg validUntil nextRotation } }', { e: entryPoint.id });
  const code = data.venueCode;
  const zh = await textsOf('zh-CN');
  const en = await textsOf('en');
  const steps = (tx) => h('ol', {}, [1, 2, 3].map((n) => h('li', {}, tx('poster.step' + n))));
  const image = svgImage(code.svg, zh('poster.qrAlt') + ' / ' + en('poster.qrAlt'), 'qr');
  image.id = 'venue-qr';
  mount(main,
    h('article', { class: 'poster', id: 'poster' },
      h('p', { class: 'venue', id: 'poster-venue' }, venue.name),
      h('p', { class: 'entry', id: 'poster-entry' }, entryPoint.label),
      h('p', {}, zh('poster.headline') + ' · ' + en('poster.headline')),
      image,
      h('p', { class: 'code-text', id: 'venue-code-text' }, code.code),
      h('div', { class: 'how' },
        h('section', { lang: 'zh-CN' }, h('h3', {}, zh('poster.how')), steps(zh)),
        h('section', { lang: 'en' }, h('h3', {}, en('poster.how')), steps(en))),
      h('p', { class: 'valid' }, code.validUntil
        ? zh('poster.rotates') + ' / ' + en('poster.rotates') + ' · ' + dateTime(code.validUntil)
        : zh('poster.static') + ' / ' + en('poster.static'))),
    h('div', { class: 'actions no-print' },
      h('button', { type: 'button', id: 'print', onclick: () => window.print() }, t('poster.print')),
      h('a', { href: '/poster/', class: 'button secondary' }, t('action.back'))));
  if (code.nextRotation) {
    const wait = Math.max(5000, new Date(code.nextRotation).getTime() - Date.now() + 1000);
    timer = setTimeout(() => poster(venue, entryPoint), wait);
  }
}

loadTexts().then(start);
