// Unit checks of the gate page's offline pieces, run by the build with Node's own test runner
// (`node --test`, from the app module's pom; docs/adr/0036): the policy in every case of
// docs/adr/0012, and reading "T.S" codes signed here with a fresh Ed25519 key exactly as the
// contract lays them out. The browser test (OfflineGatePageIT) checks the same modules against
// the server's GatePolicy and real codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decide, judgedTemperature, gateMessage } from '../../main/webapp/js/scanner/policy.js';
import { parseCodeText, readOffline, toBase64Url, fromBase64Url, verifyDocument } from '../../main/webapp/js/scanner/offline-code.js';

const CATEGORIES = ['SUPERMARKET', 'BUS', 'MEDICAL_INSTITUTION'];

test('policy: the order of docs/adr/0012', () => {
  const expect = (category, colour, temperature, outcome, reason) => {
    const d = decide(category, colour, temperature);
    assert.equal(`${d.outcome}/${d.reason}`, `${outcome}/${reason}`, `${category} ${colour} ${temperature}`);
  };
  for (const colour of ['GREEN', 'ORANGE', 'RED', null]) {
    for (const temperature of ['36.5', '37.29', '37.3', '39', null]) {
      expect('MEDICAL_INSTITUTION', colour, temperature, 'ADMIT', 'MEDICAL_INSTITUTION_RECORDED');
    }
    expect('SUPERMARKET', colour, '37.3', 'REFER', 'FEVER');
    expect('SUPERMARKET', colour, '43.0', 'REFER', 'FEVER');
  }
  expect('SUPERMARKET', null, '36.5', 'REFER', 'NO_CODE');
  expect('BUS', null, null, 'REFER', 'NO_CODE');
  expect('SUPERMARKET', 'GREEN', '37.29', 'ADMIT', 'GREEN_NORMAL_TEMPERATURE');
  expect('BUS', 'GREEN', null, 'ADMIT', 'GREEN_TEMPERATURE_NOT_MEASURED');
  expect('SUPERMARKET', 'ORANGE', '36.5', 'DENY', 'ORANGE_HOME_OBSERVATION');
  expect('BUS', 'ORANGE', null, 'DENY', 'ORANGE_HOME_OBSERVATION');
  expect('SUPERMARKET', 'RED', '34.0', 'DENY', 'RED_STRICT_CONTROL');
  expect('BUS', 'RED', null, 'DENY', 'RED_STRICT_CONTROL');
});

test('policy: temperatures as the server judges them', () => {
  assert.equal(judgedTemperature('37').text, '37.0');
  assert.equal(judgedTemperature('36.50').text, '36.5');
  assert.equal(judgedTemperature('37.25').text, '37.25');
  assert.equal(judgedTemperature('34.0').hundredths, 3400);
  for (const bad of ['33.99', '43.01', '36.555', '', 'abc', '-37', '3.7e1']) {
    assert.throws(() => decide('SUPERMARKET', 'GREEN', bad), { code: 'INVALID_TEMPERATURE' }, bad);
  }
  for (const category of CATEGORIES) {
    assert.throws(() => decide(category, 'GREEN', '99'), { code: 'INVALID_TEMPERATURE' });
  }
});

test('policy: the message key follows GateMessages', () => {
  const t = (key, args = {}) => key + JSON.stringify(args);
  assert.match(gateMessage(t, decide('SUPERMARKET', 'RED', '38')), /^gate\.FEVER\.report/);
  assert.match(gateMessage(t, decide('SUPERMARKET', 'GREEN', '38')), /^gate\.FEVER\{/);
  assert.match(gateMessage(t, decide('MEDICAL_INSTITUTION', 'RED', '38')), /^gate\.MEDICAL_INSTITUTION_RECORDED\.fever/);
  assert.match(gateMessage(t, decide('MEDICAL_INSTITUTION', null, null)), /^gate\.MEDICAL_INSTITUTION_RECORDED\.unmeasured/);
  assert.match(gateMessage(t, decide('SUPERMARKET', 'GREEN', '36.5')), /"degrees":"36\.5 °C"/);
});

test('base64url: strict, one spelling', () => {
  const bytes = new Uint8Array([0, 1, 2, 250, 251, 252, 253]);
  assert.deepEqual(fromBase64Url(toBase64Url(bytes)), bytes);
  assert.equal(fromBase64Url('AB'), null); // unused bits set
  assert.equal(fromBase64Url('A+'), null);
  assert.equal(fromBase64Url('A'), null);
});

// ---- codes signed here as the contract lays them out ----

const pair = await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify']);
const publicKey = toBase64Url(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)));
const NOW = Date.UTC(2026, 11, 3, 12, 0, 0);
const keys = [{ issuer: '120000', keyNumber: 1, algorithm: 'Ed25519', publicKey, validFrom: '2026-01-01T00:00:00Z', validUntil: null, own: true }];

async function codeText({ kind = 1, colour = 1, issuedAt = NOW / 1000 - 60, issuer = 120000, keyNumber = 1, validUntil = NOW / 1000 + 3600, codeId = 7 } = {}) {
  const t = new Uint8Array(44);
  t[0] = 1; t[1] = kind; t[2] = 1;
  t.fill(codeId, 3, 19);
  t[19] = colour;
  new DataView(t.buffer).setUint32(20, issuedAt);
  new DataView(t.buffer).setUint32(24, kind === 1 ? issuedAt + 300 : 0);
  crypto.getRandomValues(t.subarray(28)); // the HMAC: the server's, not checked offline
  const s = new Uint8Array(73);
  new DataView(s.buffer).setUint32(0, issuer);
  s[4] = keyNumber;
  new DataView(s.buffer).setUint32(5, validUntil);
  const message = new Uint8Array([...new TextEncoder().encode('HCOFF1'), ...s.subarray(0, 9), ...t.subarray(0, 28)]);
  s.set(new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, pair.privateKey, message)), 9);
  return toBase64Url(t) + '.' + toBase64Url(s);
}

const codeIdOf = (n) => toBase64Url(new Uint8Array(16).fill(n));

test('a signed app code is read offline with its colour, past T\'s five minutes', async () => {
  const text = await codeText({ colour: 3 });
  assert.equal(text.length, 59 + 1 + 98);
  const code = parseCodeText(text);
  assert.equal(code.kind, 'DYNAMIC');
  assert.equal(code.issuer, '120000');
  const read = await readOffline(text, keys, null, NOW + 10 * 60 * 1000);
  assert.equal(read.ok, true);
  assert.equal(read.colour, 'RED');
  assert.equal(read.foreign, false);
});

test('a changed byte, an unknown issuer, a key out of its validity, or S past its validity refuse', async () => {
  const text = await codeText();
  const flipped = text.slice(0, 25) + (text[25] === 'A' ? 'B' : 'A') + text.slice(26);
  assert.deepEqual(await readOffline(flipped, keys, null, NOW), { ok: false, code: 'SIGNATURE_INVALID' });
  assert.deepEqual(await readOffline(await codeText({ issuer: 110000 }), keys, null, NOW), { ok: false, code: 'ISSUER_UNTRUSTED' });
  const expiredKey = [{ ...keys[0], validUntil: '2026-06-01T00:00:00Z' }];
  assert.deepEqual(await readOffline(text, expiredKey, null, NOW), { ok: false, code: 'ISSUER_UNTRUSTED' });
  assert.deepEqual(await readOffline(text, keys, null, NOW + 3600 * 1000), { ok: false, code: 'OFFLINE_EXPIRED' });
  assert.deepEqual(await readOffline(text.split('.')[0], keys, null, NOW), { ok: false, code: 'CODE_INVALID' });
});

test('the feed: a change at or after the issue overrides, an earlier one does not, REVOKED refuses', async () => {
  const issuedAt = NOW / 1000 - 60;
  const text = await codeText({ colour: 1, issuedAt, codeId: 9 });
  const feed = (colour, at) => ({ issuer: '120000', full: true, changes: { [codeIdOf(9)]: { colour, at } } });
  assert.equal((await readOffline(text, keys, feed('RED', issuedAt + 1), NOW)).colour, 'RED');
  assert.equal((await readOffline(text, keys, feed('RED', issuedAt), NOW)).colour, 'RED');
  assert.equal((await readOffline(text, keys, feed('RED', issuedAt - 100), NOW)).colour, 'GREEN');
  assert.deepEqual(await readOffline(text, keys, feed('REVOKED', issuedAt + 1), NOW), { ok: false, code: 'CODE_REVOKED' });
  assert.deepEqual(await readOffline(text, keys, feed('REVOKED', issuedAt - 100), NOW), { ok: false, code: 'CODE_REVOKED' });
  // a bundle past its freshness: the colour is unknown, a revocation still refuses
  assert.equal((await readOffline(text, keys, feed('GREEN', issuedAt + 1), NOW, false)).colour, null);
  assert.deepEqual(await readOffline(text, keys, feed('REVOKED', issuedAt + 1), NOW, false), { ok: false, code: 'CODE_REVOKED' });
  // another city's feed says nothing about our codes
  assert.equal((await readOffline(text, keys, { ...feed('RED', issuedAt + 1), issuer: '110000' }, NOW)).colour, 'GREEN');
});

test('a paper code: the feed\'s colour (NONE: no colour yet), GREEN when the full state does not list it, else no code', async () => {
  const text = await codeText({ kind: 2, colour: 0, codeId: 5, validUntil: NOW / 1000 + 365 * 86400 });
  assert.equal(parseCodeText(text).colour, null);
  const listed = { issuer: '120000', full: true, changes: { [codeIdOf(5)]: { colour: 'ORANGE', at: 1 } } };
  assert.equal((await readOffline(text, keys, listed, NOW)).colour, 'ORANGE');
  assert.equal((await readOffline(text, keys, { issuer: '120000', full: true, changes: {} }, NOW)).colour, 'GREEN');
  assert.equal((await readOffline(text, keys, { issuer: '120000', full: false, changes: {} }, NOW)).colour, null);
  const noColourYet = { issuer: '120000', full: true, changes: { [codeIdOf(5)]: { colour: 'NONE', at: 1 } } };
  assert.equal((await readOffline(text, keys, noColourYet, NOW)).colour, null);
  assert.equal(decide('SUPERMARKET', null, '36.5').reason, 'NO_CODE');
});

test('a signed document verifies with the trust list, and not once changed', async () => {
  const payload = JSON.stringify({ issuer: '120000', changes: [] });
  const signature = toBase64Url(new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, pair.privateKey, new TextEncoder().encode(payload))));
  const doc = { payload, issuer: '120000', keyNumber: 1, signature };
  assert.equal(await verifyDocument(keys, doc, NOW), true);
  assert.equal(await verifyDocument(keys, { ...doc, payload: payload.replace('[]', '[1]') }, NOW), false);
  assert.equal(await verifyDocument(keys, { ...doc, keyNumber: 2 }, NOW), false);
});
