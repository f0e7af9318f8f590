// Sign in with phone number and the six-digit code sent by SMS.
import { gql } from '../graphql.js';
import { t } from '../i18n.js';
import { h, field, showError } from '../dom.js';
import { keep } from './session.js';

export function signInView(done, notice) {
  const phone = h('input', { type: 'tel', inputmode: 'tel', autocomplete: 'tel', required: true });
  const code = h('input', { type: 'text', inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: 6, pattern: '[0-9]{6}' });
  const devHint = h('p', { class: 'notice', id: 'dev-code', hidden: true });
  const codeField = field('code', t('signin.code'), code);
  codeField.hidden = true;
  const send = h('button', { type: 'button', id: 'send-code' }, t('signin.send'));
  const submit = h('button', { type: 'submit', id: 'sign-in', hidden: true }, t('signin.submit'));
  const form = h('form', { class: 'card', id: 'signin', novalidate: true },
    h('h2', {}, t('signin.title')),
    notice ? h('p', { class: 'notice' }, notice) : null,
    field('phone', t('signin.phone'), phone, t('signin.phone.hint')),
    codeField, devHint,
    h('p', { class: 'form-error', role: 'alert' }),
    h('div', { class: 'actions' }, send, submit));

  send.addEventListener('click', async () => {
    send.disabled = true;
    try {
      await gql('mutation($p: String!) { requestSignInCode(phone: $p) { expiresAt } }', { p: phone.value });
      codeField.hidden = false;
      submit.hidden = false;
      send.textContent = t('signin.resend');
      code.focus();
      showDevelopmentCode(phone.value, devHint);
    } catch (e) {
      showError(form, e, t('error.generic'));
    } finally {
      send.disabled = false;
    }
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    try {
      const data = await gql(
        'mutation($p: String!, $c: String!) { signInWithCode(phone: $p, code: $c) { token expiresAt } }',
        { p: phone.value, c: code.value.trim() });
      keep(data.signInWithCode.token, data.signInWithCode.expiresAt);
      done();
    } catch (e) {
      showError(form, e, t('error.generic'));
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

// Development mode only: the server answers the code it "sent" (production answers NOT_FOUND).
async function showDevelopmentCode(phone, hint) {
  try {
    const data = await gql('query($p: String!) { developmentSignInCode(phone: $p) }', { p: phone });
    hint.textContent = t('signin.devCode', { code: data.developmentSignInCode });
    hint.hidden = false;
  } catch (e) {
    hint.hidden = true;
  }
}
