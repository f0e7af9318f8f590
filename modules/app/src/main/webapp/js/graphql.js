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
  return post({ query, variables }, token, options);
}

const hashes = new Map();
const unregistered = new Set();

async function sha256Hex(text) {
  if (!hashes.has(text)) {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    hashes.set(text, Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join(''));
  }
  return hashes.get(text);
}

/**
 * Runs one of the server's persisted documents (WEB-INF/persisted-operations/, docs/adr/0040) by
 * its SHA-256 alone, as Apollo's persisted queries do; the text must be the file's, byte for byte.
 * A server that does not hold it answers PERSISTED_QUERY_NOT_FOUND: then the document is sent
 * itself, now and from then on. Without WebCrypto (a page not on https) it is sent itself.
 */
export async function gqlPersisted(query, variables = {}, token = null, options = {}) {
  if (unregistered.has(query) || !(globalThis.crypto && crypto.subtle)) {
    return gql(query, variables, token, options);
  }
  const extensions = { persistedQuery: { version: 1, sha256Hash: await sha256Hex(query) } };
  try {
    return await post({ extensions, variables }, token, options);
  } catch (e) {
    if (e.code !== 'PERSISTED_QUERY_NOT_FOUND') throw e;
    unregistered.add(query);
    return gql(query, variables, token, options);
  }
}

async function post(payload, token, options) {
  const headers = { 'Content-Type': 'application/json', 'Accept-Language': language() };
  if (token) headers.Authorization = 'Bearer ' + token;
  const abort = options.timeoutMs ? new AbortController() : null;
  const timer = abort ? setTimeout(() => abort.abort(), options.timeoutMs) : null;
  let response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify(payload),
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
