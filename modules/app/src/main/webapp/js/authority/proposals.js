// Colour change proposals, oldest first. A supervisor approves or rejects (with a reason) the
// proposals of others: for their own proposal no button is shown, and the API refuses it anyway
// (SELF_APPROVAL_REFUSED). Reviewers see the list and its states.
import { t, dateTime } from '../i18n.js';
import { h, mount, option, showError } from '../dom.js';
import { asStaff } from '../staff-session.js';
import { pagedTable } from '../console/shell.js';
import { colourName } from '../labels.js';

const LIST = `query($first: Int, $after: String, $s: ProposalState) {
  colourChangeProposals(first: $first, after: $after, state: $s) {
    edges { node { id personId targetColour reasonCode reasonText legalBasis proposedBy proposedAt state decidedBy decidedAt rejectionReason } }
    pageInfo { hasNextPage endCursor } } }`;
const APPROVE = 'mutation($id: ID!) { approveColourChange(id: $id) { id state } }';
const REJECT = 'mutation($id: ID!, $r: String!) { rejectColourChange(id: $id, reason: $r) { id state } }';

export function proposals(container, session) {
  const supervisor = session.roles.includes('SUPERVISOR');
  const state = h('select', { id: 'proposal-state', 'aria-label': t('authority.proposals.state') },
    option('PROPOSED', t('proposalState.PROPOSED'), true), option('APPROVED', t('proposalState.APPROVED')),
    option('REJECTED', t('proposalState.REJECTED')), option('', t('console.all')));
  const slot = h('div');
  const render = () => {
    const table = pagedTable({
      id: 'proposals', query: LIST, path: 'colourChangeProposals', variables: { s: state.value || null },
      empty: 'authority.proposals.empty',
      columns: [
        { label: 'authority.proposals.proposed', cell: (p) => dateTime(p.proposedAt) + ' · ' + p.proposedBy },
        { label: 'authority.proposals.colour', cell: (p) => h('span', { class: 'badge c-' + p.targetColour }, colourName(p.targetColour)) },
        { label: 'authority.proposals.reason', cell: (p) => [t('healthReason.' + p.reasonCode), h('br'), p.reasonText, h('br'),
          h('span', { class: 'muted' }, p.legalBasis)] },
        { label: 'authority.proposals.state', cell: (p) => [t('proposalState.' + p.state),
          p.decidedBy ? h('div', { class: 'muted' }, p.decidedBy + ' · ' + dateTime(p.decidedAt)) : null,
          p.rejectionReason ? h('div', {}, p.rejectionReason) : null] },
        { label: 'authority.proposals.decide', cell: (p) => decide(p, session, supervisor, () => table.reload()) },
      ],
    });
    mount(slot, table);
  };
  state.addEventListener('change', render);
  mount(container, h('section', { class: 'card' }, h('h2', {}, t('authority.tab.proposals')),
    h('p', { class: 'muted' }, t(supervisor ? 'authority.proposals.introSupervisor' : 'authority.proposals.introReviewer')),
    h('div', { class: 'row-actions' }, state), slot));
  render();
}

function decide(p, session, supervisor, done) {
  if (p.state !== 'PROPOSED' || !supervisor) return '';
  if (p.proposedBy === session.subject) return h('span', { class: 'muted own' }, t('authority.proposals.own'));
  const reason = h('input', { type: 'text', class: 'reject-reason', 'aria-label': t('authority.reason'), placeholder: t('authority.proposals.rejectReason') });
  const form = h('form', { class: 'row-actions', novalidate: true },
    h('button', { type: 'button', class: 'approve', onclick: () => run(APPROVE, { id: p.id }) }, t('authority.proposals.approve')),
    reason,
    h('button', { type: 'button', class: 'secondary reject', onclick: () => run(REJECT, { id: p.id, r: reason.value.trim() }) }, t('authority.proposals.reject')),
    h('p', { class: 'form-error', role: 'alert' }));
  async function run(query, variables) {
    try {
      await asStaff(query, variables);
      done();
    } catch (e) {
      showError(form, e, t('error.generic'));
    }
  }
  return form;
}
