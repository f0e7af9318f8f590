// Colour history and notifications, and an appeal against the current colour.
import { t, dateTime } from '../i18n.js';
import { h, field, showError } from '../dom.js';
import { colourName } from '../labels.js';
import { call } from './session.js';

export async function recordsView(person, back) {
  const data = await call(`query($p: ID!) {
    healthCode(personId: $p) { colour history(first: 20) { edges { node { at from to cause explanation } } } }
    notifications(personId: $p, first: 20) { edges { node { createdAt text } } }
  }`, { p: person.id });
  const history = data.healthCode.history.edges.map((e) => e.node);
  const notes = data.notifications.edges.map((e) => e.node);
  const reason = h('textarea', { rows: 3, maxlength: 500 });
  const appeal = h('form', { class: 'card', id: 'appeal-form', novalidate: true },
    h('h2', {}, t('appeal.title')),
    h('p', { class: 'muted' }, t('appeal.intro')),
    field('reason', t('appeal.reason'), reason),
    h('p', { class: 'form-error', role: 'alert' }),
    h('p', { class: 'notice', id: 'appeal-done', hidden: true }, t('appeal.done')),
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'appeal' }, t('appeal.submit'))));
  appeal.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await call('mutation($p: ID!, $r: String!) { appealColour(personId: $p, reason: $r) { id } }',
        { p: person.id, r: reason.value });
      appeal.querySelector('#appeal-done').hidden = false;
      reason.value = '';
    } catch (e) {
      showError(appeal, e, t('error.generic'));
    }
  });
  return h('div', {},
    h('section', { class: 'card', id: 'history' },
      h('h2', {}, t('records.history', { name: person.maskedName })),
      history.length ? h('ul', { class: 'plain' }, history.map((c) => h('li', {},
        h('span', { class: 'badge c-' + c.to }, colourName(c.to)), ' ',
        h('span', { class: 'muted' }, dateTime(c.at)),
        h('p', {}, c.explanation)))) : h('p', {}, t('records.noHistory'))),
    h('section', { class: 'card', id: 'notifications' },
      h('h2', {}, t('records.notifications')),
      notes.length ? h('ul', { class: 'plain' }, notes.map((n) => h('li', {}, n.text)))
        : h('p', {}, t('records.noNotifications'))),
    data.healthCode.colour ? appeal : null,
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', onclick: back }, t('action.back'))));
}
