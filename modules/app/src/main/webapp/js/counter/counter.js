// One person at a time at the counter: register (or find) them, declare on their behalf with the
// citizen's own declaration form, print or revoke their paper code. Only the public GraphQL API.
import { gql } from '../graphql.js';
import { t, textsOf, dateTime } from '../i18n.js';
import { h, mount, field, showError, option, svgImage } from '../dom.js';
import { asStaff } from '../staff-session.js';
import { personFormView } from '../citizen/person-form.js';
import { declareView } from '../citizen/declare.js';
import { failure } from '../console/shell.js';

const PERSON = 'id maskedName maskedDocumentNumber dateOfBirth';

export async function counter(container) {
  const start = () => mount(container, h('div', { class: 'card', id: 'counter-start' },
    h('p', {}, t('counter.intro')),
    h('div', { class: 'actions' },
      h('button', { type: 'button', id: 'counter-register', onclick: () => register(container, start).catch(show) }, t('counter.register')),
      h('button', { type: 'button', class: 'secondary', id: 'counter-find', onclick: () => find(container, start).catch(show) }, t('counter.find')))));
  const show = (e) => mount(container, failure(e));
  start();
}

/** The person form with the paper consent's reference; the notice's text and version as on the form. */
async function register(container, back) {
  const version = (await gql('{ consentNoticeVersion }')).consentNoticeVersion;
  const reference = h('input', { type: 'text', maxlength: 60, spellcheck: 'false' });
  const extra = h('fieldset', { id: 'paper-consent' },
    h('legend', {}, t('counter.consent.title')),
    h('div', { class: 'notice' }, t('consent.notice')),
    h('p', { class: 'muted' }, t('consent.version', { version })),
    field('consentReference', t('counter.consent.reference'), reference, t('counter.consent.hint')));
  const form = await personFormView({
    title: t('counter.register.title'),
    extra,
    cancel: back,
    register: async (person) => (await asStaff(
      `mutation($in: CounterRegistrationInput!) { registerAtCounter(input: $in) { person { ${PERSON} } } }`,
      { in: { person, consentReference: reference.value.trim(), noticeVersion: version } })).registerAtCounter.person,
    done: (person) => personCard(container, person, back, t('counter.registered')),
  });
  mount(container, form);
}

/** Finds a person registered at a counter whom no account holds yet, by document; audited. */
async function find(container, back) {
  const types = (await gql('{ documentTypes { type description } }')).documentTypes;
  const type = h('select', {}, types.map((d) => option(d.type, d.description)));
  const number = h('input', { type: 'text', autocapitalize: 'characters', spellcheck: 'false' });
  const reason = h('input', { type: 'text', maxlength: 500 });
  const form = h('form', { class: 'card', id: 'find-form', novalidate: true },
    h('h2', {}, t('counter.find.title')),
    field('documentType', t('person.documentType'), type),
    field('number', t('person.documentNumber'), number),
    field('reason', t('counter.find.reason'), reason, t('counter.find.reasonHint')),
    h('p', { class: 'form-error', role: 'alert' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'find' }, t('counter.find')),
      h('button', { type: 'button', class: 'secondary', onclick: back }, t('action.cancel'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const data = await asStaff(
        `query($t: DocumentType!, $n: String!, $r: String!) { counterPerson(documentType: $t, number: $n, reason: $r) { ${PERSON} } }`,
        { t: type.value, n: number.value.trim().toUpperCase(), r: reason.value.trim() });
      personCard(container, data.counterPerson, back);
    } catch (e) {
      showError(form, e, t('error.generic'));
    }
  });
  mount(container, form);
}

/** What the counter does for one person: declare, print the paper code, revoke it. */
function personCard(container, person, back, notice, outcome) {
  const show = (e) => mount(container, failure(e));
  const again = (text, result) => personCard(container, person, back, text, result);
  mount(container, h('section', { class: 'card', id: 'counter-person', dataset: { id: person.id } },
    h('h2', {}, person.maskedName),
    h('p', { class: 'muted' }, person.maskedDocumentNumber),
    notice ? h('p', { class: 'notice', id: 'counter-notice' }, notice) : null,
    outcome ? h('p', { class: 'outcome', id: 'counter-outcome' }, t('counter.outcome', { outcome: t('outcome.' + outcome.outcome) })) : null,
    h('div', { class: 'actions' },
      h('button', { type: 'button', id: 'counter-declare', onclick: () => declareView(person, (result) => again(t('counter.declared'), result), () => again(), asStaff).then((f) => mount(container, f)).catch(show) }, t('counter.declare')),
      h('button', { type: 'button', id: 'counter-print', onclick: () => paper(container, person, () => again()).catch(show) }, t('counter.print')),
      h('button', { type: 'button', class: 'secondary', id: 'counter-revoke', onclick: () => revoke(person).then(again).catch(show) }, t('counter.revoke')),
      h('button', { type: 'button', class: 'secondary', id: 'counter-next', onclick: back }, t('counter.next')))));
}

async function revoke(person) {
  if (!window.confirm(t('counter.revoke.confirm'))) return undefined;
  const data = await asStaff('mutation($p: ID!) { revokePaperCode(personId: $p) }', { p: person.id });
  return data.revokePaperCode ? t('counter.revoked') : t('counter.revoke.none');
}

/** The day of a moment in city time, YYYY-MM-DD (the paper's dates agree with its printed times). */
function cityDate(iso) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(iso));
}

/**
 * The printable paper code: the QR, the masked name, the validity, and the instructions in both
 * languages whatever the console's language, since the paper goes to the person.
 */
async function paper(container, person, back) {
  // the server draws the image of what the QR carries (with the offline signature, ADR 32/33)
  const data = await asStaff('mutation($p: ID!) { printPaperCode(personId: $p) { svg issuedAt expiresAt } }', { p: person.id });
  const code = data.printPaperCode;
  const [zh, en] = await Promise.all([textsOf('zh-CN'), textsOf('en')]);
  const image = svgImage(code.svg, t('paper.qrAlt'), 'qr');
  image.id = 'paper-qr';
  const until = code.expiresAt ? cityDate(code.expiresAt) : '—';
  const from = cityDate(code.issuedAt);
  mount(container, h('section', { class: 'card paper counter-paper', id: 'paper' },
    h('h2', {}, zh('counter.paper.title'), h('br'), h('span', { class: 'en' }, en('counter.paper.title'))),
    h('div', { class: 'qr-frame' }, image),
    h('p', { class: 'masked-name', id: 'paper-name' }, person.maskedName),
    h('p', { id: 'paper-valid' }, zh('counter.paper.valid', { from, to: until }), h('br'),
      h('span', { class: 'en' }, en('counter.paper.valid', { from, to: until }))),
    h('ol', { class: 'paper-instructions', id: 'paper-instructions-zh', lang: 'zh-CN' },
      ['1', '2', '3'].map((n) => h('li', {}, zh('counter.paper.step' + n)))),
    h('ol', { class: 'paper-instructions en', id: 'paper-instructions-en', lang: 'en' },
      ['1', '2', '3'].map((n) => h('li', {}, en('counter.paper.step' + n)))),
    h('p', { class: 'muted no-print' }, t('paper.valid', { from: dateTime(code.issuedAt), to: code.expiresAt ? dateTime(code.expiresAt) : '—' })),
    h('div', { class: 'actions' },
      h('button', { type: 'button', id: 'print', onclick: () => window.print() }, t('paper.print')),
      h('button', { type: 'button', class: 'secondary', id: 'paper-back', onclick: back }, t('action.back')))));
}
