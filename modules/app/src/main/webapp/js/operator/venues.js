// The operator's venues with their entry points; per entry point the device credentials, a new
// one's secret shown once with its set-up QR, revocation, and the poster.
import { t, dateTime } from '../i18n.js';
import { h, mount, field, showError } from '../dom.js';
import { asStaff } from '../staff-session.js';
import { options, DISTRICTS } from '../labels.js';
import { qrDataUrl, deviceSetupText } from '../console/qr.js';

const VENUES = '{ myVenues(first: 100) { edges { node { id name category district address createdAt entryPoints { id label } } } } venueCategories { category description } }';
const REGISTER = 'mutation($in: RegisterVenueInput!) { registerVenue(input: $in) { id } }';
const ADD_ENTRY = 'mutation($v: ID!, $l: String!) { addEntryPoint(venueId: $v, label: $l) { id } }';
const CREDENTIALS = 'query($e: ID!) { deviceCredentials(entryPointId: $e) { credentialId issuedAt active revokedAt } }';
const ISSUE = 'mutation($e: ID!) { issueDeviceCredential(entryPointId: $e) { credentialId secret issuedAt } }';
const REVOKE = 'mutation($c: ID!, $e: ID!) { revokeDeviceCredential(credentialId: $c, entryPointId: $e) }';

export async function venues(container) {
  const data = await asStaff(VENUES);
  const categories = data.venueCategories;
  const list = data.myVenues.edges.map((e) => e.node);
  const label = (c) => (categories.find((x) => x.category === c) || { description: c }).description;
  mount(container,
    registerForm(categories, () => venues(container)),
    list.length ? list.map((v) => venueCard(v, label, () => venues(container))) : h('p', { class: 'muted' }, t('operator.venues.none')));
}

function registerForm(categories, done) {
  const name = h('input', { type: 'text' });
  const category = h('select', {}, categories.map((c) => h('option', { value: c.category }, c.description)));
  const district = h('select', {}, options('district', DISTRICTS));
  const address = h('input', { type: 'text' });
  const form = h('form', { class: 'card', id: 'register-venue', novalidate: true },
    h('h2', {}, t('operator.register.title')),
    h('div', { class: 'inline-form' },
      field('name', t('operator.register.name'), name),
      field('category', t('operator.register.category'), category),
      field('district', t('operator.register.district'), district),
      field('address', t('operator.register.address'), address)),
    h('p', { class: 'form-error', role: 'alert' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'register-venue-submit' }, t('operator.register.submit'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await asStaff(REGISTER, { in: { name: name.value.trim(), category: category.value, district: district.value, address: address.value.trim() } });
      done();
    } catch (e) {
      showError(form, e, t('error.generic'));
    }
  });
  return form;
}

function venueCard(venue, categoryLabel, done) {
  const label = h('input', { type: 'text', class: 'entry-label', 'aria-label': t('operator.entry.label'), placeholder: t('operator.entry.label') });
  const add = h('form', { class: 'row-actions add-entry', novalidate: true }, label,
    h('button', { type: 'submit', class: 'add-entry-submit' }, t('operator.entry.add')), h('p', { class: 'form-error', role: 'alert' }));
  add.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await asStaff(ADD_ENTRY, { v: venue.id, l: label.value.trim() });
      done();
    } catch (e) {
      showError(add, e, t('error.generic'));
    }
  });
  return h('section', { class: 'card venue', dataset: { venueId: venue.id } },
    h('h2', {}, venue.name),
    h('p', { class: 'muted' }, categoryLabel(venue.category) + ' · ' + t('district.' + venue.district) + ' · ' + venue.address),
    venue.entryPoints.map((ep) => entryPoint(venue, ep)),
    add);
}

function entryPoint(venue, ep) {
  const creds = h('div', { class: 'credentials' });
  const issued = h('div', { class: 'issued' });
  const box = h('div', { class: 'entry-point card', dataset: { entryPointId: ep.id } },
    h('h3', {}, ep.label),
    h('div', { class: 'row-actions' },
      h('button', { type: 'button', class: 'issue', onclick: issue }, t('operator.credential.issue')),
      h('a', { class: 'button secondary poster-link', href: '/poster/?entryPoint=' + encodeURIComponent(ep.id) }, t('operator.poster'))),
    issued, creds);
  async function load() {
    const list = (await asStaff(CREDENTIALS, { e: ep.id })).deviceCredentials;
    mount(creds, list.length
      ? h('table', { class: 'data' },
        h('thead', {}, h('tr', {}, ['operator.credential.id', 'operator.credential.issued', 'operator.credential.state', ''].map((k) => h('th', { scope: 'col' }, k ? t(k) : '')))),
        h('tbody', {}, list.map((c) => h('tr', { dataset: { id: c.credentialId } },
          h('td', {}, c.credentialId), h('td', {}, dateTime(c.issuedAt)),
          h('td', {}, c.active ? t('operator.credential.active') : t('operator.credential.revoked', { time: dateTime(c.revokedAt) })),
          h('td', {}, c.active ? h('button', { type: 'button', class: 'secondary revoke', onclick: () => revoke(c) }, t('operator.credential.revoke')) : '')))))
      : h('p', { class: 'muted' }, t('operator.credential.none')));
  }
  async function issue() {
    try {
      const c = (await asStaff(ISSUE, { e: ep.id })).issueDeviceCredential;
      const url = await qrDataUrl(deviceSetupText(c.credentialId, c.secret));
      mount(issued, h('div', { class: 'notice issued-credential' },
        h('p', {}, h('strong', {}, t('operator.credential.once'))),
        h('p', {}, t('operator.credential.id') + ': ', h('span', { class: 'secret', id: 'issued-id' }, c.credentialId)),
        h('p', {}, t('operator.credential.secret') + ': ', h('span', { class: 'secret', id: 'issued-secret' }, c.secret)),
        h('img', { src: url, alt: t('operator.credential.qrAlt'), class: 'qr', id: 'credential-qr' }),
        h('p', { class: 'muted' }, t('operator.credential.qrHint')),
        h('button', { type: 'button', class: 'secondary', onclick: () => mount(issued) }, t('operator.credential.hide'))));
      load();
    } catch (e) {
      mount(issued, h('p', { class: 'form-error', role: 'alert' }, e.message || t('error.generic')));
    }
  }
  async function revoke(c) {
    try {
      await asStaff(REVOKE, { c: c.credentialId, e: ep.id });
      load();
    } catch (e) {
      mount(issued, h('p', { class: 'form-error', role: 'alert' }, e.message || t('error.generic')));
    }
  }
  load().catch((e) => mount(creds, h('p', { class: 'form-error', role: 'alert' }, e.message || t('error.generic'))));
  return box;
}
