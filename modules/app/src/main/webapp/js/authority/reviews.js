// The review queue, oldest first: masked name, the declaration's answers that matter, the rules
// that fired; a reviewer decides GREEN / ORANGE / RED with a reason (audited by the API).
import { t, dateTime } from '../i18n.js';
import { h, mount, showError } from '../dom.js';
import { asStaff } from '../staff-session.js';
import { pagedTable } from '../console/shell.js';
import { options } from '../labels.js';

const QUEUE = `query($first: Int, $after: String) { reviewQueue(first: $first, after: $after) {
  edges { node { id maskedName createdAt declaration { id submittedAt
    answers { temperature symptoms caseStatus caseContact district address underMedicalObservation }
    review { outcome colour firedRules { ruleId version description outcome } } } } }
  pageInfo { hasNextPage endCursor } } }`;

const DECIDE = `mutation($id: ID!, $o: ReviewDecision!, $r: String!) {
  decideReview(itemId: $id, outcome: $o, reason: $r) { id status decision } }`;

let symptomNames = {};

export async function reviewQueue(container) {
  const info = await asStaff('{ symptoms { symptom description } }');
  symptomNames = Object.fromEntries(info.symptoms.map((s) => [s.symptom, s.description]));
  const table = pagedTable({
    id: 'review-queue', query: QUEUE, path: 'reviewQueue', empty: 'authority.queue.empty',
    columns: [
      { label: 'authority.queue.since', cell: (n) => dateTime(n.createdAt) },
      { label: 'authority.queue.person', cell: (n) => h('span', { class: 'masked' }, n.maskedName || '—') },
      { label: 'authority.queue.answers', cell: (n) => answers(n.declaration.answers) },
      { label: 'authority.queue.rules', cell: (n) => h('ul', { class: 'fired' }, n.declaration.review.firedRules.map((r) =>
        h('li', {}, r.description + ' (' + r.ruleId + ' v' + r.version + ', ' + t('outcome.' + r.outcome) + ')'))) },
      { label: 'authority.queue.decide', cell: (n) => decideForm(n, () => table.reload()) },
    ],
  });
  mount(container, h('section', { class: 'card' }, h('h2', {}, t('authority.tab.queue')), h('p', { class: 'muted' }, t('authority.queue.intro')), table));
}

function answers(a) {
  const parts = [t('authority.queue.temperature', { value: a.temperature })];
  if (a.symptoms.length) parts.push(a.symptoms.map((s) => symptomNames[s] || s).join(', '));
  if (a.caseStatus !== 'NONE') parts.push(t('caseStatus.' + a.caseStatus));
  if (a.caseContact !== 'NONE') parts.push(t('caseContact.' + a.caseContact));
  if (a.underMedicalObservation) parts.push(t('declare.observation'));
  return parts.join(' · ');
}

function decideForm(item, done) {
  const outcome = h('select', { class: 'decide-outcome', 'aria-label': t('authority.queue.outcome') },
    options('colour', ['GREEN', 'ORANGE', 'RED'], item.declaration.review.colour === 'RED' ? 'RED' : null));
  const reason = h('input', { type: 'text', class: 'decide-reason', 'aria-label': t('authority.reason'), placeholder: t('authority.reason') });
  const form = h('form', { class: 'row-actions decide', novalidate: true },
    outcome, reason, h('button', { type: 'submit', class: 'decide-submit' }, t('authority.queue.submit')),
    h('p', { class: 'form-error', role: 'alert' }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await asStaff(DECIDE, { id: item.id, o: outcome.value, r: reason.value.trim() });
      done();
    } catch (e) {
      showError(form, e, t('error.generic'));
    }
  });
  return form;
}
