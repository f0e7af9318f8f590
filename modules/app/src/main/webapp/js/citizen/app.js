// The citizen's pages: sign in, register self and dependents, consent, declare, the code and
// everything around it. One page, one view at a time; all through the public GraphQL API.
import { gql } from '../graphql.js';
import { t, loadTexts } from '../i18n.js';
import { h, mount } from '../dom.js';
import { languageSwitch } from '../page.js';
import { session, forget, call } from './session.js';
import { signInView } from './signin.js';
import { personFormView, consentView } from './person-form.js';
import { declareView } from './declare.js';
import { showCode, stopCodeTimers, forgetLastCodes } from './code.js';
import { recordsView } from './records.js';
import { checkInView } from './checkin.js';
import { paperView } from './paper.js';

const main = document.getElementById('main');
let account = null;
let selected = null;

function persons() {
  if (!account || !account.self) return [];
  return [account.self, ...account.dependents.map((d) => ({ ...d.person, relationship: d.relationship }))];
}

function show(...children) {
  stopCodeTimers();
  mount(main, ...children);
  window.scrollTo(0, 0);
}

async function guarded(work) {
  try {
    await work();
  } catch (e) {
    if (e.code === 'UNAUTHENTICATED') {
      forget();
      show(signInView(start, t('signin.expired')));
    } else {
      show(h('div', { class: 'card', role: 'alert' }, h('p', {}, e.message || t('error.generic')),
        h('div', { class: 'actions' }, h('button', { type: 'button', onclick: start }, t('action.retry')))));
    }
  }
}

export async function start() {
  renderHeader();
  if (!session()) {
    show(signInView(start));
    return;
  }
  await guarded(async () => {
    const data = await call(`{ me { maskedPhone self { id maskedName }
      dependents { relationship person { id maskedName } } } }`);
    account = data.me;
    if (!account.self) {
      show(await personFormView({ dependent: false, done: (p) => needsConsent(p, start) }));
      return;
    }
    if (!selected || !persons().some((p) => p.id === selected)) selected = account.self.id;
    await home();
  });
}

async function needsConsent(person, then) {
  await guarded(async () => {
    const version = (await gql('{ consentNoticeVersion }')).consentNoticeVersion;
    const mine = await call('{ myData { consents { personId noticeVersion } } }');
    const given = mine.myData.consents.some((c) => c.personId === person.id && c.noticeVersion === version);
    if (given) {
      then();
    } else {
      show(await consentView(person, then));
    }
  });
}

function current() {
  return persons().find((p) => p.id === selected);
}

async function home() {
  const person = current();
  const codeSlot = h('div', { id: 'code-slot' });
  const tabs = h('nav', { class: 'tabs', 'aria-label': t('home.persons') }, persons().map((p) =>
    h('button', {
      type: 'button', 'aria-pressed': String(p.id === selected), dataset: { person: p.id },
      onclick: () => { selected = p.id; home(); },
    }, p.relationship ? p.maskedName + ' · ' + t('relationship.' + p.relationship) : p.maskedName)));
  const canAdd = account.dependents.length < 4;
  show(tabs, codeSlot,
    h('div', { class: 'actions' },
      h('button', { type: 'button', id: 'go-declare', onclick: () => guarded(() => needsConsent(person, declare)) }, t('home.declare')),
      h('button', { type: 'button', id: 'go-checkin', class: 'secondary', onclick: () => show(checkInView(persons(), home)) }, t('home.checkin')),
      h('button', { type: 'button', id: 'go-records', class: 'secondary', onclick: () => guarded(async () => show(await recordsView(person, home))) }, t('home.records')),
      h('button', { type: 'button', id: 'go-paper', class: 'secondary', onclick: () => guarded(async () => show(await paperView(person, home))) }, t('home.paper')),
      canAdd ? h('button', { type: 'button', id: 'go-dependent', class: 'secondary', onclick: addDependent }, t('home.addDependent')) : null,
      h('button', { type: 'button', id: 'sign-out', class: 'secondary', onclick: () => { forget(); forgetLastCodes(); start(); } }, t('home.signOut'))),
    h('p', { class: 'muted' }, t('home.account', { phone: account.maskedPhone })));
  await guarded(() => showCode(codeSlot, person));
}

async function declare() {
  const person = current();
  show(await declareView(person, () => { settle(person); }, home));
}

// The colour follows the declaration at once (ADR 10); wait a moment if it is not there yet.
async function settle(person, tries = 0) {
  const data = await call('query($p: ID!) { healthCode(personId: $p) { colour } }', { p: person.id });
  if (!data.healthCode.colour && tries < 6) {
    setTimeout(() => settle(person, tries + 1), 500);
    return;
  }
  home();
}

async function addDependent() {
  await guarded(async () => {
    show(await personFormView({
      dependent: true,
      done: async (p) => {
        const data = await call(`{ me { maskedPhone self { id maskedName }
          dependents { relationship person { id maskedName } } } }`);
        account = data.me;
        selected = p.id;
        needsConsent(p, declare);
      },
      cancel: home,
    }));
  });
}

function renderHeader() {
  mount(document.getElementById('bar'),
    h('h1', {}, t('app.title')),
    languageSwitch(() => start()));
  document.title = t('app.title');
}

loadTexts().then(start);
