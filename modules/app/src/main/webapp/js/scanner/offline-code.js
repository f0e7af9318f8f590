// Reading a person's code without the server (docs/OFFLINE contract §1, docs/adr/0036): the QR
// text "T.S", T the online token (docs/adr/0008: its public fields only; its HMAC is the server's)
// and S the issuer's Ed25519 signature over T's fields and S's own header. Pure: WebCrypto only,
// no DOM, no storage, so the unit checks (src/test/js) run it in Node as the page does.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const TOKEN_CHARS = 59; // 44 bytes
const SIGNATURE_CHARS = 98; // 73 bytes
const CONTEXT = new TextEncoder().encode('HCOFF1');
const COLOURS = [null, 'GREEN', 'ORANGE', 'RED'];

/** Strict unpadded base64url (one spelling per byte string, as the server's Base64Url); null if not. */
export function fromBase64Url(text) {
  if (typeof text !== 'string' || text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (const ch of text) {
    const value = ALPHABET.indexOf(ch);
    if (value < 0) return null;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (buffer >> bits) & 0xff;
    }
  }
  if ((buffer & ((1 << bits) - 1)) !== 0) return null; // unused bits set: another spelling
  return bytes;
}

export function toBase64Url(bytes) {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let text = '';
  for (let i = 0; i < view.length; i += 3) {
    const n = (view[i] << 16) | ((view[i + 1] || 0) << 8) | (view[i + 2] || 0);
    const chars = i + 1 >= view.length ? 2 : i + 2 >= view.length ? 3 : 4;
    for (let c = 0; c < chars; c++) text += ALPHABET[(n >> (18 - 6 * c)) & 63];
  }
  return text;
}

function uint32(bytes, at) {
  return ((bytes[at] << 24) >>> 0) + (bytes[at + 1] << 16) + (bytes[at + 2] << 8) + bytes[at + 3];
}

/**
 * The public fields of "T.S", or null when the text is not one (an online-only token T, another
 * QR, a damaged read): { token, tokenBytes, signatureBytes, kind: 'DYNAMIC'|'PRINTED', codeId
 * (base64url of the 16 bytes), colour (null for a paper code), issuedAt, expiresAt, issuer
 * ("120000"), keyNumber, validUntil } (times in epoch seconds).
 */
export function parseCodeText(text) {
  if (typeof text !== 'string') return null;
  const parts = text.trim().split('.');
  if (parts.length !== 2 || parts[0].length !== TOKEN_CHARS || parts[1].length !== SIGNATURE_CHARS) return null;
  const t = fromBase64Url(parts[0]);
  const s = fromBase64Url(parts[1]);
  if (!t || !s || t.length !== 44 || s.length !== 73) return null;
  if (t[0] !== 1 || (t[1] !== 1 && t[1] !== 2)) return null;
  const kind = t[1] === 1 ? 'DYNAMIC' : 'PRINTED';
  const colourByte = t[19];
  if (kind === 'DYNAMIC' ? colourByte < 1 || colourByte > 3 : colourByte !== 0) return null;
  const validUntil = uint32(s, 5);
  if (validUntil === 0) return null;
  return {
    token: parts[0],
    tokenBytes: t,
    signatureBytes: s,
    kind,
    codeId: toBase64Url(t.subarray(3, 19)),
    colour: COLOURS[colourByte],
    issuedAt: uint32(t, 20),
    expiresAt: uint32(t, 24),
    issuer: String(uint32(s, 0)),
    keyNumber: s[4],
    validUntil,
  };
}

/** The bytes S signs: "HCOFF1" ‖ S[0..9) ‖ T[0..28). */
export function signedBytes(code) {
  const message = new Uint8Array(CONTEXT.length + 9 + 28);
  message.set(CONTEXT, 0);
  message.set(code.signatureBytes.subarray(0, 9), CONTEXT.length);
  message.set(code.tokenBytes.subarray(0, 28), CONTEXT.length + 9);
  return message;
}

/** An Ed25519 public key from its raw 32 bytes in base64url, for verifying only. */
export async function importEd25519(publicKey) {
  const raw = fromBase64Url(publicKey);
  if (!raw || raw.length !== 32) throw new Error('not an Ed25519 public key');
  return crypto.subtle.importKey('raw', raw, { name: 'Ed25519' }, false, ['verify']);
}

/**
 * The trust list entry that may verify a signature of issuer/keyNumber at instant nowMs: listed,
 * Ed25519, valid from validFrom (inclusive) until validUntil (exclusive; null = open).
 */
export function trustedKey(keys, issuer, keyNumber, nowMs) {
  return keys.find((k) => k.issuer === String(issuer) && k.keyNumber === keyNumber && k.algorithm === 'Ed25519'
    && (!k.validFrom || Date.parse(k.validFrom) <= nowMs)
    && (k.validUntil == null || nowMs < Date.parse(k.validUntil))) || null;
}

/** Verifies an Ed25519 signature (base64url or bytes) over bytes with a trust list entry. */
export async function verifyWith(key, signature, bytes) {
  const sig = typeof signature === 'string' ? fromBase64Url(signature) : signature;
  if (!sig || sig.length !== 64) return false;
  try {
    const cryptoKey = key.cryptoKey || (key.cryptoKey = await importEd25519(key.publicKey));
    return await crypto.subtle.verify({ name: 'Ed25519' }, cryptoKey, sig, bytes);
  } catch (e) {
    return false;
  }
}

/** Verifies a SignedDocument { payload, issuer, keyNumber, signature } with the trust list keys. */
export async function verifyDocument(keys, document, nowMs) {
  const key = trustedKey(keys, document.issuer, document.keyNumber, nowMs);
  if (!key) return false;
  return verifyWith(key, document.signature, new TextEncoder().encode(document.payload));
}

/**
 * What an offline gate knows about the code in "T.S" at nowMs, given the kept trust list keys and
 * feed state ({ issuer, full, changes: { codeId: { colour, at } } }), by the rule of docs/adr/0032
 * §5 (the server's owner wrote it; OfflineGate in the tests implements the same):
 *   { ok: true, code, colour ('GREEN'|'ORANGE'|'RED'|null), fromFeed, foreign }
 *   { ok: false, code: 'CODE_INVALID' | 'ISSUER_UNTRUSTED' | 'SIGNATURE_INVALID' | 'OFFLINE_EXPIRED' | 'CODE_REVOKED' }
 * 1. parse; 2. the issuer's key valid now, S verifies, now before S's valid-until; 3. the feed's
 * latest change REVOKED refuses; 4. a bundle past its freshness (fresh false): colour unknown
 * (null: the policy's "no code"); 5. an app code: the feed's latest change if at or after T's issue
 * second, else T's colour; a paper code: the feed's latest change, else GREEN when the kept feed is
 * a full state (every non-green code is in it), else unknown. Only the code's own issuer's feed
 * counts: another city's app code has T's colour, its paper code none.
 */
export async function readOffline(text, keys, feed, nowMs, fresh = true) {
  const code = parseCodeText(text);
  if (!code) return { ok: false, code: 'CODE_INVALID' };
  const key = trustedKey(keys, code.issuer, code.keyNumber, nowMs);
  if (!key) return { ok: false, code: 'ISSUER_UNTRUSTED' };
  if (!(await verifyWith(key, code.signatureBytes.subarray(9, 73), signedBytes(code)))) {
    return { ok: false, code: 'SIGNATURE_INVALID' };
  }
  if (nowMs >= code.validUntil * 1000) return { ok: false, code: 'OFFLINE_EXPIRED' };
  const ownFeed = feed && feed.issuer === code.issuer;
  const change = ownFeed ? feed.changes[code.codeId] : undefined;
  if (change && change.colour === 'REVOKED') return { ok: false, code: 'CODE_REVOKED' };
  const foreign = !key.own;
  if (!fresh) return { ok: true, code, colour: null, fromFeed: false, foreign };
  if (change && (code.kind === 'PRINTED' || change.at >= code.issuedAt)) {
    // NONE: a paper code whose person has no colour yet, "no code" as the server says (ADR 32)
    const colour = change.colour === 'NONE' ? null : change.colour;
    return { ok: true, code, colour, fromFeed: true, foreign };
  }
  if (code.kind === 'PRINTED') {
    const colour = ownFeed && feed.full ? 'GREEN' : null;
    return { ok: true, code, colour, fromFeed: colour != null, foreign };
  }
  return { ok: true, code, colour: code.colour, fromFeed: false, foreign };
}
