// Registering the account holder or a dependent: the six document types, each with what its
// number looks like (documentTypes.format from the API), and the API's field-level errors.
import { gql } from '../graphql.js';
import { t } from '../i18n.js';
import { h, field, showError, option } from '../dom.js';
import { DISTRICTS, RELATIONSHIPS, options } from '../labels.js';
import { call } from './session.js';

const PERSON = 'id maskedName';

/**
 * The person form. The service counter's console (docs/adr/0034) passes register(person) to store
 * the person its own way, with extra fields (the paper consent's reference) and its own title.
 */
export async function personFormView({ dependent, done, cancel, register, extra, title }) {
  const types = (await gql('{ documentTypes { type description format } }')).documentTypes;
  const name = h('input', { type: 'text', autocomplete: 'name', maxlength: 100 });
  const type = h('select', {}, types.map((d) => option(d.type, d.description)));
  const number = h('input', { type: 'text', autocapitalize: 'characters', spellcheck: 'false' });
  const format = h('p', { class: 'hint', id: 'document-format' });
  const country = h('input', { type: 'text', maxlength: 3, autocapitalize: 'characters' });
  const countryField = field('issuingCountry', t('person.issuingCountry'), country, t('person.issuingCountry.hint'));
  const birth = h('input', { type: 'date' });
  const sex = h('select', {}, options('sex', ['FEMALE', 'MALE']));
  const nationality = h('input', { type: 'text', maxlength: 3, value: 'CHN', autocapitalize: 'characters' });
  const district = h('select', {}, options('district', DISTRICTS), option('VISITOR', t('district.VISITOR')));
  const relationship = h('select', {}, options('relationship', RELATIONSHIPS));
  const numberField = field('documentNumber', t('person.documentNumber'), number);
  numberField.insertBefore(format, numberField.querySelector('.field-error'));

  const describe = () => {
    const chosen = types.find((d) => d.type === type.value);
    format.textContent = chosen ? chosen.format : '';
    countryField.hidden = type.value !== 'PASSPORT';
  };
  type.addEventListener('change', describe);
  describe();

  const submit = h('button', { type: 'submit', id: 'register' }, t('person.submit'));
  const form = h('form', { class: 'card', id: 'person-form', novalidate: true },
    h('h2', {}, title || (dependent ? t('person.titleDependent') : t('person.titleSelf'))),
    h('p', { class: 'muted' }, t('person.intro')),
    dependent ? field('relationship', t('person.relationship'), relationship) : null,
    field('name', t('person.name'), name),
    field('documentType', t('person.documentType'), type),
    numberField, countryField,
    field('dateOfBirth', t('person.dateOfBirth'), birth, t('person.dateOfBirth.hint')),
    field('sex', t('person.sex'), sex),
    field('nationality', t('person.nationality'), nationality, t('person.nationality.hint')),
    field('homeDistrict', t('person.homeDistrict'), district),
    extra || null,
    h('p', { class: 'form-error', role: 'alert' }),
    h('div', { class: 'actions' }, submit,
      cancel ? h('button', { type: 'button', class: 'secondary', onclick: cancel }, t('action.cancel')) : null));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const person = {
      name: name.value.trim(), documentType: type.value, documentNumber: number.value.trim().toUpperCase(),
      dateOfBirth: birth.value || null, sex: sex.value, nationality: nationality.value.trim().toUpperCase(),
      homeDistrict: district.value,
    };
    if (type.value === 'PASSPORT') person.issuingCountry = country.value.trim().toUpperCase();
    submit.disabled = true;
    try {
      if (register) {
        done(await register(person));
      } else if (dependent) {
        const data = await call(`mutation($in: AddDependentInput!) { addDependent(input: $in) { person { ${PERSON} } } }`,
          { in: { person, relationship: relationship.value } });
        done(data.addDependent.person);
      } else {
        const data = await call(`mutation($in: PersonInput!) { registerSelf(input: $in) { ${PERSON} } }`, { in: person });
        done(data.registerSelf);
      }
    } catch (e) {
      showError(form, e, t('error.generic'));
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

/** Consent to the health-data notice (needed before any declaration). */
export async function consentView(person, done) {
  const version = (await gql('{ consentNoticeVersion }')).consentNoticeVersion;
  const agree = h('input', { type: 'checkbox', id: 'consent-agree' });
  const submit = h('button', { type: 'submit', id: 'consent' }, t('consent.submit'));
  const form = h('form', { class: 'card', id: 'consent-form' },
    h('h2', {}, t('consent.title')),
    h('p', {}, t('consent.for', { name: person.maskedName })),
    h('div', { class: 'notice' }, t('consent.notice')),
    h('p', { class: 'muted' }, t('consent.version', { version })),
    h('label', { class: 'check', for: 'consent-agree' }, agree, t('consent.agree')),
    h('p', { class: 'form-error', role: 'alert' }),
    h('div', { class: 'actions' }, submit));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!agree.checked) {
      form.querySelector('.form-error').textContent = t('consent.required');
      return;
    }
    try {
      await call('mutation($p: ID!, $v: String!) { recordConsent(personId: $p, noticeVersion: $v) { givenAt } }',
        { p: person.id, v: version });
      done();
    } catch (e) {
      showError(form, e, t('error.generic'));
    }
  });
  return form;
}
