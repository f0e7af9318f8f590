// Open appeals, oldest first; a reviewer answers with a colour or KEEP and words the person reads.
import { t, dateTime } from '../i18n.js';
import { h, mount, option, showError } from '../dom.js';
import { asStaff } from '../staff-session.js';
import { pagedTable } from '../console/shell.js';
import { colourName } from '../labels.js';

const LIST = `query($first: Int, $after: String) { appeals(first: $first, after: $after) {
  edges { node { id personId contestedColour reason appealedAt state } } pageInfo { hasNextPage endCursor } } }`;
const ANSWER = 'mutation($id: ID!, $o: AppealOutcome!, $a: String!) { answerAppeal(id: $id, outcome: $o, answer: $a) { id state } }';

export function appeals(container) {
  const table = pagedTable({
    id: 'appeals', query: LIST, path: 'appeals', empty: 'authority.appeals.empty',
    columns: [
      { label: 'authority.appeals.when', cell: (a) => dateTime(a.appealedAt) },
      { label: 'authority.appeals.contested', cell: (a) => h('span', { class: 'badge c-' + a.contestedColour }, colourName(a.contestedColour)) },
      { label: 'authority.appeals.reason', cell: (a) => a.reason },
      { label: 'authority.appeals.answer', cell: (a) => answerForm(a, () => table.reload()) },
    ],
  });
  mount(container, h('section', { class: 'card' }, h('h2', {}, t('authority.tab.appeals')), table));
}

function answerForm(appeal, done) {
  const outcome = h('select', { class: 'appeal-outcome', 'aria-label': t('authority.appeals.outcome') },
    option('KEEP', t('authority.appeals.keep'), true), ['GREEN', 'ORANGE', 'RED'].map((c) => option(c, colourName(c))));
  const answer = h('input', { type: 'text', class: 'appeal-answer', 'aria-label': t('authority.appeals.answerText'), placeholder: t('authority.appeals.answerText') });
  const form = h('form', { class: 'row-actions', novalidate: true }, outcome, answer,
    h('button', { type: 'submit', class: 'appeal-submit' }, t('authority.appeals.submit')),
    h('p', { class: 'form-error', role: 'alert' }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await asStaff(ANSWER, { id: appeal.id, o: outcome.value, a: answer.value.trim() });
      done();
    } catch (e) {
      showError(form, e, t('error.generic'));
    }
  });
  return form;
}
