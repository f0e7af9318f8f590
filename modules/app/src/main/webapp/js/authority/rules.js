// Supervisors' reference data: risk areas (create, end) and review rules (every version, valid
// from/to, the condition shown and edited as a form of its kind's fields, never as raw JSON).
import { t } from '../i18n.js';
import { h, mount, field, showError, option } from '../dom.js';
import { asStaff } from '../staff-session.js';
import { pagedTable } from '../console/shell.js';
import { cityToday } from '../operator/statistics.js';

const LEVELS = ['HIGH', 'MEDIUM', 'LOW'];
const AREAS = `query($first: Int, $after: String) { riskAreas(first: $first, after: $after) {
  edges { node { id region level validFrom validTo createdBy } } pageInfo { hasNextPage endCursor } } }`;
const CREATE_AREA = 'mutation($in: CreateRiskAreaInput!) { createRiskArea(input: $in) { id } }';
const END_AREA = 'mutation($id: ID!, $to: Date!, $r: String!) { endRiskArea(id: $id, validTo: $to, reason: $r) { id validTo } }';

export function riskAreas(container) {
  const table = pagedTable({
    id: 'risk-areas', query: AREAS, path: 'riskAreas', pageSize: 50,
    columns: [
      { label: 'authority.areas.region', cell: (a) => a.region },
      { label: 'authority.areas.level', cell: (a) => t('riskLevel.' + a.level) },
      { label: 'authority.rules.validFrom', cell: (a) => a.validFrom },
      { label: 'authority.rules.validTo', cell: (a) => a.validTo || '—' },
      { label: 'authority.areas.end', cell: (a) => endForm(a, () => table.reload()) },
    ],
  });
  const region = h('input', { type: 'text', inputmode: 'numeric' });
  const level = h('select', {}, LEVELS.map((l) => option(l, t('riskLevel.' + l))));
  const from = h('input', { type: 'date', value: cityToday() });
  const to = h('input', { type: 'date' });
  const reason = h('input', { type: 'text' });
  const form = h('form', { class: 'card', id: 'create-area', novalidate: true },
    h('h2', {}, t('authority.areas.create')),
    h('div', { class: 'inline-form' },
      field('region', t('authority.areas.region'), region, t('authority.areas.regionHint')),
      field('level', t('authority.areas.level'), level),
      field('validFrom', t('authority.rules.validFrom'), from),
      field('validTo', t('authority.rules.validTo'), to),
      field('reason', t('authority.reason'), reason)),
    h('p', { class: 'form-error', role: 'alert' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'create-area-submit' }, t('authority.areas.createSubmit'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await asStaff(CREATE_AREA, { in: { region: region.value.trim(), level: level.value, validFrom: from.value, validTo: to.value || null, reason: reason.value.trim() } });
      showError(form, {}, '');
      table.reload();
    } catch (e) {
      showError(form, e, t('error.generic'));
    }
  });
  mount(container, form, h('section', { class: 'card' }, h('h2', {}, t('authority.tab.areas')), table));
}

function endForm(area, done) {
  const day = h('input', { type: 'date', value: cityToday(), 'aria-label': t('authority.rules.validTo') });
  const reason = h('input', { type: 'text', 'aria-label': t('authority.reason'), placeholder: t('authority.reason') });
  const form = h('form', { class: 'row-actions', novalidate: true }, day, reason,
    h('button', { type: 'submit', class: 'secondary end-area' }, t('authority.areas.endSubmit')), h('p', { class: 'form-error', role: 'alert' }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await asStaff(END_AREA, { id: area.id, to: day.value, r: reason.value.trim() });
      done();
    } catch (e) {
      showError(form, e, t('error.generic'));
    }
  });
  return form;
}

// The parameters of each kind of condition (ADR 7), as the typed RuleConditionInput (the record RuleCondition) takes them.
const KINDS = {
  CASE_STATUS: ['statuses'],
  CONTACT_WITH_CASE: ['kinds', 'withinDays'],
  FEVER_AND_STAY_IN: ['minTemperature', 'levels', 'withinDays'],
  STAY_IN: ['levels', 'withinDays'],
  ANY_SYMPTOM: ['symptoms'],
  ARRIVING_WITHIN: ['days'],
  UNDER_MEDICAL_OBSERVATION: [],
  INCONSISTENT: ['contradictions', 'feverFrom'],
};
const CHOICES = {
  statuses: ['CONFIRMED', 'SUSPECTED'],
  kinds: ['CONFIRMED', 'SUSPECTED'],
  levels: LEVELS,
  symptoms: null, // from the API (symptoms)
  contradictions: ['FEVER_NOT_DECLARED', 'ARRIVAL_FROM_INSIDE_CITY', 'FUTURE_ARRIVAL_WHILE_IN_CITY', 'OVERLAPPING_STAYS'],
};
const NUMBERS = { withinDays: 'int', days: 'int', minTemperature: 'decimal', feverFrom: 'decimal' };

const RULES = `query($first: Int, $after: String) { rules(first: $first, after: $after) {
  edges { node { ruleId version description outcome validFrom validTo createdBy
    typedCondition { kind statuses kinds withinDays minTemperature levels symptoms days contradictions feverFrom } } }
  pageInfo { hasNextPage endCursor } } }`;
const ADD_RULE = 'mutation($in: RuleVersionInput!) { addRuleVersion(input: $in) { ruleId version } }';

export async function rules(container) {
  const symptoms = (await asStaff('{ symptoms { symptom description } }')).symptoms;
  const label = (param, value) => (param === 'symptoms' ? (symptoms.find((s) => s.symptom === value) || { description: value }).description : t('condition.' + param + '.' + value));
  const describe = (c) => [t('condition.kind.' + c.kind), ...KINDS[c.kind].filter((p) => c[p] !== null && c[p] !== undefined)
    .map((p) => t('condition.param.' + p) + ': ' + (Array.isArray(c[p]) ? c[p].map((v) => label(p, v)).join(', ') : c[p]))].join(' · ');
  const editor = h('div', { id: 'rule-editor' });
  const table = pagedTable({
    id: 'rules', query: RULES, path: 'rules', pageSize: 50,
    columns: [
      { label: 'authority.rules.rule', cell: (r) => [h('strong', {}, r.ruleId), ' v' + r.version, h('div', { class: 'muted' }, r.description)] },
      { label: 'authority.rules.outcome', cell: (r) => t('outcome.' + r.outcome) },
      { label: 'authority.rules.condition', cell: (r) => h('span', { class: 'condition' }, describe(r.typedCondition)) },
      { label: 'authority.rules.validFrom', cell: (r) => r.validFrom },
      { label: 'authority.rules.validTo', cell: (r) => r.validTo || '—' },
      { label: 'authority.rules.edit', cell: (r) => h('button', { type: 'button', class: 'secondary edit-rule', onclick: () => { mount(editor, ruleForm(r)); editor.scrollIntoView(); } }, t('authority.rules.newVersion')) },
    ],
  });

  function ruleForm(base) {
    const c = base ? base.typedCondition : { kind: 'ANY_SYMPTOM' };
    const ruleId = h('input', { type: 'text', value: base ? base.ruleId : '', readonly: base ? true : null });
    const description = h('input', { type: 'text', value: base ? base.description : '' });
    const outcome = h('select', {}, ['RED', 'ORANGE', 'MANUAL_REVIEW'].map((o) => option(o, t('outcome.' + o), base && base.outcome === o)));
    const from = h('input', { type: 'date', value: cityToday() });
    const to = h('input', { type: 'date', value: base && base.validTo ? base.validTo : '' });
    const kind = h('select', {}, Object.keys(KINDS).map((k) => option(k, t('condition.kind.' + k), k === c.kind)));
    const params = h('div', { class: 'condition-params' });
    const controls = {};
    function drawParams() {
      for (const key of Object.keys(controls)) delete controls[key];
      mount(params, KINDS[kind.value].map((p) => {
        const current = kind.value === c.kind ? c[p] : null;
        if (NUMBERS[p]) {
          controls[p] = h('input', { type: 'number', step: NUMBERS[p] === 'int' ? '1' : '0.1', value: current ?? '' });
          return field(p, t('condition.param.' + p), controls[p]);
        }
        const values = CHOICES[p] || symptoms.map((s) => s.symptom);
        const boxes = values.map((v) => h('input', { type: 'checkbox', id: 'cond-' + p + '-' + v, value: v, checked: current && current.includes(v) ? true : null }));
        controls[p] = boxes;
        return h('fieldset', { class: 'field', dataset: { field: p } }, h('legend', {}, t('condition.param.' + p)),
          boxes.map((b) => h('label', { class: 'check', for: b.id }, b, label(p, b.value))), h('p', { class: 'field-error', role: 'alert' }));
      }));
    }
    kind.addEventListener('change', drawParams);
    drawParams();
    const form = h('form', { class: 'card', id: 'rule-form', novalidate: true },
      h('h2', {}, base ? t('authority.rules.newVersionOf', { rule: base.ruleId }) : t('authority.rules.newRule')),
      field('ruleId', t('authority.rules.rule'), ruleId),
      field('description', t('authority.rules.description'), description),
      field('outcome', t('authority.rules.outcome'), outcome),
      h('div', { class: 'inline-form' }, field('validFrom', t('authority.rules.validFrom'), from), field('validTo', t('authority.rules.validTo'), to)),
      field('kind', t('authority.rules.condition'), kind), params,
      h('p', { class: 'form-error', role: 'alert' }),
      h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'rule-submit' }, t('authority.rules.save'))));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const condition = { kind: kind.value };
      for (const [p, control] of Object.entries(controls)) {
        if (Array.isArray(control)) condition[p] = control.filter((b) => b.checked).map((b) => b.value);
        else if (control.value !== '') condition[p] = NUMBERS[p] === 'int' ? Number.parseInt(control.value, 10) : control.value;
      }
      try {
        await asStaff(ADD_RULE, { in: { ruleId: ruleId.value.trim(), description: description.value.trim(), outcome: outcome.value,
          validFrom: from.value, validTo: to.value || null, typedCondition: condition } });
        mount(editor);
        table.reload();
      } catch (e) {
        showError(form, e, t('error.generic'));
      }
    });
    return form;
  }

  mount(container,
    h('div', { class: 'actions' }, h('button', { type: 'button', id: 'new-rule', onclick: () => mount(editor, ruleForm(null)) }, t('authority.rules.newRule'))),
    editor, h('section', { class: 'card' }, h('h2', {}, t('authority.tab.rules')), table));
}
