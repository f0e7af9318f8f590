// A staff member's session in this browser tab (staffSignIn), for the staff pages.
import { gql, ApiError } from './graphql.js';
import { t } from './i18n.js';
import { h, field, showError } from './dom.js';

const KEY = 'hc.staff';

export function staffSession() {
  const saved = JSON.parse(sessionStorage.getItem(KEY) || 'null');
  return saved && new Date(saved.expiresAt).getTime() > Date.now() + 5000 ? saved : null;
}

export async function asStaff(query, variables = {}) {
  const current = staffSession();
  if (!current) throw new ApiError('UNAUTHENTICATED', '', null, 401);
  try {
    return await gql(query, variables, current.token);
  } catch (e) {
    if (e.code === 'UNAUTHENTICATED') sessionStorage.removeItem(KEY);
    throw e;
  }
}

export function staffSignOut() {
  sessionStorage.removeItem(KEY);
}

/** The staff sign-in form; done() once signed in. */
export function staffSignInView(done, notice) {
  const username = h('input', { type: 'text', autocomplete: 'username' });
  const password = h('input', { type: 'password', autocomplete: 'current-password' });
  const form = h('form', { class: 'card', id: 'staff-sign-in', novalidate: true },
    h('h2', {}, t('staff.signin.title')),
    notice ? h('p', { class: 'notice' }, notice) : null,
    field('username', t('staff.username'), username),
    field('password', t('staff.password'), password),
    h('p', { class: 'form-error', role: 'alert' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'staff-submit' }, t('staff.signin.submit'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const data = await gql('mutation($u: String!, $p: String!) { staffSignIn(username: $u, password: $p) { token expiresAt roles } }',
        { u: username.value.trim(), p: password.value });
      sessionStorage.setItem(KEY, JSON.stringify(data.staffSignIn));
      done(data.staffSignIn);
    } catch (e) {
      showError(form, e, t('error.generic'));
    }
  });
  return form;
}
