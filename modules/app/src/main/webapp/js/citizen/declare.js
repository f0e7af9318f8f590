// The one-time health declaration (DESIGN §3) for the holder or a dependent.
import { gql } from '../graphql.js';
import { t } from '../i18n.js';
import { h, field, showError, option } from '../dom.js';
import { DISTRICTS, options } from '../labels.js';
import { call } from './session.js';

const KINDS = ['NONE', 'CONFIRMED', 'SUSPECTED'];
const TRANSPORT = ['TRAIN', 'PLANE', 'COACH', 'CAR', 'SHIP', 'OTHER'];

/** api: how to call the API, the signed-in citizen by default (the service counter passes its own). */
export async function declareView(person, done, cancel, api = call) {
  const symptoms = (await gql('{ symptoms { symptom description } }')).symptoms;
  const district = h('select', {}, options('district', DISTRICTS), option('', t('declare.outsideCity')));
  const address = h('input', { type: 'text', maxlength: 200, autocomplete: 'street-address' });
  const temperature = h('input', { type: 'number', inputmode: 'decimal', step: '0.1', min: '34', max: '43', value: '36.5' });
  const boxes = symptoms.map((s) => h('input', { type: 'checkbox', value: s.symptom, id: 'symptom-' + s.symptom }));
  const caseStatus = h('select', {}, options('caseStatus', KINDS));
  const contact = h('select', {}, options('caseContact', KINDS));
  const lastContact = h('input', { type: 'date' });
  const lastContactField = field('lastContact', t('declare.lastContact'), lastContact);
  lastContactField.hidden = true;
  contact.addEventListener('change', () => { lastContactField.hidden = contact.value === 'NONE'; });
  const observation = h('input', { type: 'checkbox', id: 'observation' });
  const stays = h('div', { id: 'stays' });
  const addStay = h('button', { type: 'button', class: 'secondary', id: 'add-stay' }, t('declare.addStay'));
  addStay.addEventListener('click', () => stays.appendChild(stayRow()));
  const arriving = h('input', { type: 'checkbox', id: 'arriving' });
  const origin = h('input', { type: 'text', maxlength: 6, inputmode: 'numeric' });
  const arrivalDate = h('input', { type: 'date' });
  const transport = h('select', {}, options('transport', TRANSPORT));
  const arrival = h('fieldset', { hidden: true },
    h('legend', {}, t('declare.arrival')),
    field('origin', t('declare.origin'), origin, t('declare.region.hint')),
    field('plannedArrival', t('declare.plannedArrival'), arrivalDate),
    field('transport', t('declare.transport'), transport));
  arriving.addEventListener('change', () => { arrival.hidden = !arriving.checked; });

  const submit = h('button', { type: 'submit', id: 'submit-declaration' }, t('declare.submit'));
  const form = h('form', { class: 'card', id: 'declare-form', novalidate: true },
    h('h2', {}, t('declare.title', { name: person.maskedName })),
    field('district', t('declare.district'), district),
    field('address', t('declare.address'), address),
    h('fieldset', { class: 'field', dataset: { field: 'symptoms' } },
      h('legend', {}, t('declare.symptoms')),
      symptoms.map((s, i) => h('label', { class: 'check', for: boxes[i].id }, boxes[i], s.description)),
      h('p', { class: 'field-error', role: 'alert' })),
    field('temperature', t('declare.temperature'), temperature, t('declare.temperature.hint')),
    field('caseStatus', t('declare.caseStatus'), caseStatus),
    field('kind', t('declare.caseContact'), contact),
    lastContactField,
    h('label', { class: 'check', for: 'observation' }, observation, t('declare.observation')),
    h('fieldset', { class: 'field', dataset: { field: 'stays' } },
      h('legend', {}, t('declare.stays')), h('p', { class: 'hint' }, t('declare.stays.hint')), stays, addStay,
      h('p', { class: 'field-error', role: 'alert' })),
    h('label', { class: 'check', for: 'arriving' }, arriving, t('declare.arriving')),
    arrival,
    h('p', { class: 'form-error', role: 'alert' }),
    h('div', { class: 'actions' }, submit,
      h('button', { type: 'button', class: 'secondary', onclick: cancel }, t('action.cancel'))));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const input = {
      personId: person.id,
      location: { district: district.value || null, address: address.value.trim() },
      symptoms: boxes.filter((b) => b.checked).map((b) => b.value),
      temperature: temperature.value,
      caseStatus: caseStatus.value,
      caseContact: { kind: contact.value, lastContact: contact.value === 'NONE' ? null : lastContact.value || null },
      underMedicalObservation: observation.checked,
      stays: [...stays.querySelectorAll('.stay')].map((row) => ({
        region: row.querySelector('[name=region]').value.trim().toUpperCase(),
        from: row.querySelector('[name=from]').value, to: row.querySelector('[name=to]').value,
      })),
    };
    if (arriving.checked) {
      input.arrival = { origin: origin.value.trim(), plannedArrival: arrivalDate.value, transport: transport.value };
    }
    submit.disabled = true;
    try {
      const data = await api(
        'mutation($in: DeclarationInput!) { submitDeclaration(input: $in) { outcome colour needsManualReview } }',
        { in: input });
      done(data.submitDeclaration);
    } catch (e) {
      showError(form, e, t('error.generic'));
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

function stayRow() {
  const region = h('input', { type: 'text', name: 'region', maxlength: 6 });
  const from = h('input', { type: 'date', name: 'from' });
  const to = h('input', { type: 'date', name: 'to' });
  const row = h('div', { class: 'stay card' },
    h('label', {}, t('declare.region'), region), h('p', { class: 'hint' }, t('declare.region.hint')),
    h('label', {}, t('declare.from'), from), h('label', {}, t('declare.to'), to));
  row.appendChild(h('button', { type: 'button', class: 'secondary', onclick: () => row.remove() }, t('action.remove')));
  return row;
}
