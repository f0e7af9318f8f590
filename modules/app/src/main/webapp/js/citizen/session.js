// The citizen's session on this phone: the bearer token from signInWithCode, kept until it expires.
import { gql, ApiError } from '../graphql.js';

const KEY = 'hc.citizen';

export function session() {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) || 'null');
    if (saved && saved.token && new Date(saved.expiresAt).getTime() > Date.now() + 5000) return saved;
  } catch (e) { /* a broken entry is no session */ }
  return null;
}

export function keep(token, expiresAt) {
  localStorage.setItem(KEY, JSON.stringify({ token, expiresAt }));
}

export function forget() {
  localStorage.removeItem(KEY);
}

/** A GraphQL call as the signed-in citizen; an expired or refused token ends the session. */
export async function call(query, variables = {}) {
  const current = session();
  if (!current) throw new ApiError('UNAUTHENTICATED', '', null, 401);
  try {
    return await gql(query, variables, current.token);
  } catch (e) {
    if (e.code === 'UNAUTHENTICATED') forget();
    throw e;
  }
}
