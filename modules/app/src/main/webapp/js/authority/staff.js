// Staff accounts (ADMIN): the list in username order, create an account with roles, disable one
// with a reason (audited by the API).
import { t, dateTime } from '../i18n.js';
import { h, mount, field, showError } from '../dom.js';
import { asStaff } from '../staff-session.js';
import { pagedTable } from '../console/shell.js';

const ROLES = ['REVIEWER', 'SUPERVISOR', 'VENUE_OPERATOR', 'COUNTER', 'ANALYST', 'AUDITOR', 'ADMIN'];
const LIST = `query($first: Int, $after: String) { staffAccounts(first: $first, after: $after) {
  edges { node { username roles enabled createdAt } } pageInfo { hasNextPage endCursor } } }`;
const CREATE = 'mutation($in: StaffAccountInput!) { createStaffAccount(input: $in) { username } }';
const DISABLE = 'mutation($u: String!, $r: String!) { disableStaffAccount(username: $u, reason: $r) { username enabled } }';

export function staffAccounts(container) {
  const table = pagedTable({
    id: 'staff-accounts', query: LIST, path: 'staffAccounts', pageSize: 50,
    columns: [
      { label: 'staff.username', cell: (a) => a.username },
      { label: 'authority.staff.roles', cell: (a) => a.roles.map((r) => t('role.' + r)).join(', ') },
      { label: 'authority.staff.created', cell: (a) => dateTime(a.createdAt) },
      { label: 'authority.staff.enabled', cell: (a) => (a.enabled ? t('authority.staff.yes') : t('authority.staff.no')) },
      { label: 'authority.staff.disable', cell: (a) => (a.enabled ? disableForm(a, () => table.reload()) : '') },
    ],
  });
  const username = h('input', { type: 'text', autocomplete: 'off' });
  const password = h('input', { type: 'password', autocomplete: 'new-password' });
  const boxes = ROLES.map((r) => h('input', { type: 'checkbox', id: 'role-' + r, value: r }));
  const form = h('form', { class: 'card', id: 'create-staff', novalidate: true },
    h('h2', {}, t('authority.staff.create')),
    field('username', t('staff.username'), username),
    field('password', t('staff.password'), password, t('authority.staff.passwordHint')),
    h('fieldset', { class: 'field', dataset: { field: 'roles' } }, h('legend', {}, t('authority.staff.roles')),
      boxes.map((b) => h('label', { class: 'check', for: b.id }, b, t('role.' + b.value))),
      h('p', { class: 'field-error', role: 'alert' })),
    h('p', { class: 'form-error', role: 'alert' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'create-staff-submit' }, t('authority.staff.createSubmit'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await asStaff(CREATE, { in: { username: username.value.trim(), password: password.value,
        roles: boxes.filter((b) => b.checked).map((b) => b.value) } });
      form.reset();
      showError(form, {}, '');
      table.reload();
    } catch (e) {
      showError(form, e, t('error.generic'));
    }
  });
  mount(container, form, h('section', { class: 'card' }, h('h2', {}, t('authority.tab.staff')), table));
}

function disableForm(account, done) {
  const reason = h('input', { type: 'text', class: 'disable-reason', 'aria-label': t('authority.reason'), placeholder: t('authority.reason') });
  const form = h('form', { class: 'row-actions', novalidate: true }, reason,
    h('button', { type: 'submit', class: 'secondary disable' }, t('authority.staff.disableSubmit')),
    h('p', { class: 'form-error', role: 'alert' }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await asStaff(DISABLE, { u: account.username, r: reason.value.trim() });
      done();
    } catch (e) {
      showError(form, e, t('error.generic'));
    }
  });
  return form;
}
