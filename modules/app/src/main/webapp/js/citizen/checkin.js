// Check in at a venue by scanning its code with the phone's camera, for self and dependents.
import { t } from '../i18n.js';
import { h, showError } from '../dom.js';
import { colourName } from '../labels.js';
import { startCamera, newId } from '../camera.js';
import { call } from './session.js';

export function checkInView(persons, back) {
  const video = h('video', { class: 'camera', id: 'checkin-camera', muted: true, playsinline: true });
  const code = h('input', { type: 'text', id: 'venue-code', autocomplete: 'off', spellcheck: 'false' });
  const boxes = persons.map((p, i) => h('input', { type: 'checkbox', value: p.id, id: 'who-' + p.id, checked: i === 0 }));
  const result = h('div', { id: 'checkin-result', 'aria-live': 'polite' });
  const status = h('p', { class: 'muted', id: 'camera-status' }, t('checkin.starting'));
  let stop = null;
  let checkInId = null;
  let lastCode = null;
  const form = h('form', { class: 'card', id: 'checkin-form', novalidate: true },
    h('h2', {}, t('checkin.title')),
    h('p', { class: 'muted' }, t('checkin.intro')),
    video, status,
    h('div', { class: 'field' }, h('label', { for: 'venue-code' }, t('checkin.code')), code),
    h('fieldset', {}, h('legend', {}, t('checkin.who')),
      persons.map((p, i) => h('label', { class: 'check', for: boxes[i].id }, boxes[i], p.maskedName))),
    h('p', { class: 'form-error', role: 'alert' }),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', id: 'check-in' }, t('checkin.submit')),
      h('button', { type: 'button', class: 'secondary', onclick: () => { if (stop) stop(); back(); } }, t('action.back'))),
    result);

  const submit = async () => {
    const venueCode = code.value.trim();
    if (!venueCode) return;
    if (venueCode !== lastCode) { checkInId = newId(); lastCode = venueCode; } // a retry keeps its id
    try {
      const data = await call(`mutation($in: CheckInInput!) { checkIn(input: $in) {
          venueName entryPointLabel persons { maskedName outcome colour message } } }`,
        { in: { venueCode, checkInId, personIds: boxes.filter((b) => b.checked).map((b) => b.value) } });
      const answer = data.checkIn;
      result.replaceChildren(h('div', { class: 'card' },
        h('h2', {}, answer.venueName + ' · ' + answer.entryPointLabel),
        h('ul', { class: 'plain' }, answer.persons.map((p) => h('li', { class: 'checkin-person' },
          h('span', { class: 'badge c-' + (p.colour || 'NONE') }, colourName(p.colour)), ' ',
          h('strong', {}, p.maskedName || ''), h('p', {}, p.message))))));
      if (stop) { stop(); stop = null; }
      video.hidden = true;
      status.textContent = '';
    } catch (e) {
      showError(form, e, t('error.generic'));
    }
  };
  form.addEventListener('submit', (event) => { event.preventDefault(); submit(); });
  startCamera(video, (text) => {
    if (text !== code.value) { code.value = text; submit(); }
  }).then((s) => { stop = s; status.textContent = t('checkin.pointCamera'); })
    .catch(() => { status.textContent = t('checkin.noCamera'); video.hidden = true; });
  return form;
}
