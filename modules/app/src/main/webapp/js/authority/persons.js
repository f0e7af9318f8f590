// A reviewer's work on one person: find them by identity document (audited with the reason), see
// their code, propose a colour change for a supervisor to decide, record a confirmed case and read
// the contact-tracing report.
import { t, dateTime } from '../i18n.js';
import { h, mount, field, showError } from '../dom.js';
import { asStaff } from '../staff-session.js';
import { options, colourName } from '../labels.js';

const DOCUMENT_TYPES = ['RESIDENT_ID_CARD', 'HK_MACAO_TRAVEL_PERMIT', 'TAIWAN_TRAVEL_PERMIT', 'HMT_RESIDENCE_PERMIT',
  'PASSPORT', 'FOREIGNER_PERMANENT_RESIDENCE_ID'];
const REASONS = ['CONFIRMED_CASE', 'SUSPECTED_CASE', 'CLOSE_CONTACT', 'LAB_TEST_NEGATIVE', 'CLINICAL_RECOVERY',
  'OBSERVATION_COMPLETED', 'DATA_ERROR_CORRECTION'];

const FIND = `query($t: DocumentType!, $n: String!, $c: String, $r: String!) {
  findPersonByDocument(documentType: $t, number: $n, issuingCountry: $c, reason: $r) {
    id maskedName maskedDocumentNumber homeDistrict } }`;
const CODE = `query($p: ID!, $r: String!) { healthCodeForReview(personId: $p, reason: $r) { colour since reason version } }`;
const PROPOSE = `mutation($in: ColourChangeProposalInput!) { proposeColourChange(input: $in) { id state targetColour } }`;
const JOB_FIELDS = `caseId state onsetDate infectiousFrom caseVisits exposed exposedPersons applied
  markedOrange stayedRed observationRestarted unregisteredVisitors`;
const CASE = `mutation($p: ID!, $d: Date!) { recordConfirmedCase(personId: $p, onsetDate: $d) { ${JOB_FIELDS} } }`;
const JOB = `query($i: ID!) { contactTracingJob(caseId: $i) { ${JOB_FIELDS} } }`;
/** How often the page reads a running tracing job again. */
const JOB_POLL_MS = 1000;

export function personWork(container) {
  const type = h('select', {}, options('documentType', DOCUMENT_TYPES));
  const number = h('input', { type: 'text', autocomplete: 'off' });
  const country = h('input', { type: 'text', maxlength: 3 });
  const reason = h('input', { type: 'text' });
  const result = h('div', { id: 'person-result' });
  const form = h('form', { class: 'card', id: 'find-person', novalidate: true },
    h('h2', {}, t('authority.find.title')),
    h('p', { class: 'muted' }, t('authority.find.intro')),
    h('div', { class: 'inline-form' },
      field('documentType', t('person.documentType'), type),
      field('number', t('person.documentNumber'), number),
      field('issuingCountry', t('person.issuingCountry'), country),
      field('reason', t('authority.reason'), reason)),
    h('p', { class: 'form-error', role: 'alert' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'find-submit' }, t('authority.find.submit'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const data = await asStaff(FIND, { t: type.value, n: number.value.trim(), c: country.value.trim() || null, r: reason.value.trim() });
      await showPerson(result, data.findPersonByDocument, reason.value.trim());
    } catch (e) {
      mount(result);
      showError(form, e, t('error.generic'));
    }
  });
  mount(container, form, result);
}

async function showPerson(container, person, reason) {
  const code = (await asStaff(CODE, { p: person.id, r: reason })).healthCodeForReview;
  mount(container,
    h('section', { class: 'card', id: 'person', dataset: { personId: person.id } },
      h('h2', {}, person.maskedName),
      h('p', {}, person.maskedDocumentNumber + ' · ' + t('district.' + person.homeDistrict)),
      h('p', { id: 'person-colour' }, h('span', { class: 'badge c-' + (code.colour || 'NONE') }, colourName(code.colour)),
        code.since ? ' ' + t('code.since', { time: dateTime(code.since) }) : '')),
    proposeForm(person),
    caseForm(person));
}

function proposeForm(person) {
  const colour = h('select', {}, options('colour', ['GREEN', 'ORANGE', 'RED']));
  const reasonCode = h('select', {}, options('healthReason', REASONS));
  const reasonText = h('textarea', { rows: 2 });
  const legalBasis = h('input', { type: 'text' });
  const done = h('p', { class: 'notice', id: 'proposed', hidden: true });
  const form = h('form', { class: 'card', id: 'propose-form', novalidate: true },
    h('h2', {}, t('authority.propose.title')),
    h('p', { class: 'muted' }, t('authority.propose.intro')),
    field('targetColour', t('authority.propose.colour'), colour),
    field('reasonCode', t('authority.propose.reasonCode'), reasonCode),
    field('reasonText', t('authority.propose.reasonText'), reasonText, t('authority.propose.reasonTextHint')),
    field('legalBasis', t('authority.propose.legalBasis'), legalBasis),
    h('p', { class: 'form-error', role: 'alert' }), done,
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'propose-submit' }, t('authority.propose.submit'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await asStaff(PROPOSE, { in: { personId: person.id, targetColour: colour.value, reasonCode: reasonCode.value,
        reasonText: reasonText.value.trim(), legalBasis: legalBasis.value.trim() } });
      showError(form, {}, '');
      done.textContent = t('authority.propose.done');
      done.hidden = false;
    } catch (e) {
      showError(form, e, t('error.generic'));
    }
  });
  return form;
}

function showJob(report, r) {
  const rows = ['caseVisits', 'exposed', 'markedOrange', 'stayedRed', 'observationRestarted', 'unregisteredVisitors'];
  const progress = r.exposedPersons == null
    ? t('authority.case.state.' + r.state)
    : t('authority.case.progress', { state: t('authority.case.state.' + r.state), applied: r.applied, total: r.exposedPersons });
  mount(report, h('h3', {}, t('authority.case.report')),
    h('p', { id: 'report-state', 'data-state': r.state }, progress),
    h('p', {}, t('authority.case.infectiousFrom', { time: dateTime(r.infectiousFrom) })),
    h('table', { class: 'data' }, h('tbody', {}, rows.map((k) =>
      h('tr', {}, h('th', { scope: 'row' }, t('authority.case.' + k)),
        h('td', { class: 'num', id: 'report-' + k }, r[k] == null ? '—' : String(r[k])))))));
}

function caseForm(person) {
  const onset = h('input', { type: 'date' });
  const report = h('div', { id: 'tracing-report' });
  const form = h('form', { class: 'card', id: 'case-form', novalidate: true },
    h('h2', {}, t('authority.case.title')),
    h('p', { class: 'muted' }, t('authority.case.intro')),
    field('onsetDate', t('authority.case.onset'), onset),
    h('p', { class: 'form-error', role: 'alert' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'case-submit' }, t('authority.case.submit'))),
    report);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      let r = (await asStaff(CASE, { p: person.id, d: onset.value })).recordConfirmedCase;
      showError(form, {}, '');
      showJob(report, r);
      // the job runs on the server; read it again until its counts are final
      while (r.state !== 'DONE') {
        await new Promise((resolve) => setTimeout(resolve, JOB_POLL_MS));
        r = (await asStaff(JOB, { i: r.caseId })).contactTracingJob;
        showJob(report, r);
      }
    } catch (e) {
      showError(form, e, t('error.generic'));
    }
  });
  return form;
}
