// The one GraphQL client of every page: POST /graphql, the page's language as Accept-Language,
// the bearer token if any. Answers data, or throws an ApiError with the API's stable code and,
// for input errors, the field it names (extensions.field).
import { language } from './i18n.js';

export class ApiError extends Error {
  constructor(code, message, field, status) {
    super(message);
    this.code = code;
    this.field = field || null;
    this.status = status || 0;
  }
}

/**
 * Runs one document; token may be null. Network failures are ApiError code NETWORK; with
 * options.timeoutMs, no answer in time is code TIMEOUT (the gate then decides offline).
 */
export async function gql(query, variables = {}, token = null, options = {}) {
  const headers = { 'Content-Type': 'application/json', 'Accept-Language': language() };
  if (token) headers.Authorization = 'Bearer ' + token;
  const abort = options.timeoutMs ? new AbortController() : null;
  const timer = abort ? setTimeout(() => abort.abort(), options.timeoutMs) : null;
  let response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
      cache: 'no-store',
      signal: abort ? abort.signal : undefined,
    });
  } catch (e) {
    throw new ApiError(abort && abort.signal.aborted ? 'TIMEOUT' : 'NETWORK', '', null, 0);
  } finally {
    clearTimeout(timer);
  }
  let body;
  try {
    body = await response.json();
  } catch (e) {
    throw new ApiError(response.status >= 500 ? 'INTERNAL' : 'NETWORK', '', null, response.status);
  }
  if (body.errors && body.errors.length) {
    const first = body.errors[0];
    const ext = first.extensions || {};
    throw new ApiError(ext.code || 'INTERNAL', first.message || '', ext.field, response.status);
  }
  return body.data;
}
