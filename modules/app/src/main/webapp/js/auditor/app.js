// The auditor's view (issue 14): the audit log oldest first, filtered by kind of thing and its id,
// actor, action and time (all applied by the API), a page at a time; CSV of every page in the filter.
import { t, dateTime } from '../i18n.js';
import { h, mount, field } from '../dom.js';
import { asStaff } from '../staff-session.js';
import { startConsole, pagedTable, csv, download, failure } from '../console/shell.js';

const LOG = `query($first: Int, $after: String, $st: String, $si: String, $ac: String, $an: String, $from: DateTime, $to: DateTime) {
  auditLog(first: $first, after: $after, subjectType: $st, subjectId: $si, actor: $ac, action: $an, from: $from, to: $to) {
    edges { node { occurredAt actor actorRoles action subjectType subjectId reason } } pageInfo { hasNextPage endCursor } } }`;

const COLUMNS = [
  { label: 'auditor.when', value: (e) => dateTime(e.occurredAt), csv: (e) => e.occurredAt },
  { label: 'auditor.actor', value: (e) => e.actor + (e.actorRoles.length ? ' (' + e.actorRoles.join(', ') + ')' : '') },
  { label: 'auditor.action', value: (e) => e.action },
  { label: 'auditor.subjectType', value: (e) => e.subjectType },
  { label: 'auditor.subjectId', value: (e) => e.subjectId },
  { label: 'auditor.reason', value: (e) => e.reason || '' },
];

function auditLog(container) {
  const inputs = {
    st: h('input', { type: 'text', placeholder: 'STAFF_ACCOUNT' }),
    si: h('input', { type: 'text' }),
    ac: h('input', { type: 'text', placeholder: 'staff:admin' }),
    an: h('input', { type: 'text', placeholder: 'STAFF_ACCOUNT_CREATED' }),
    from: h('input', { type: 'datetime-local' }),
    to: h('input', { type: 'datetime-local' }),
  };
  const slot = h('div');
  const variables = () => ({
    st: inputs.st.value.trim() || null, si: inputs.si.value.trim() || null,
    ac: inputs.ac.value.trim() || null, an: inputs.an.value.trim() || null,
    // typed in city time (UTC+8, no daylight saving)
    from: inputs.from.value ? new Date(inputs.from.value + ':00+08:00').toISOString() : null,
    to: inputs.to.value ? new Date(inputs.to.value + ':00+08:00').toISOString() : null,
  });
  const show = () => mount(slot, pagedTable({
    id: 'audit-log', query: LOG, path: 'auditLog', variables: variables(), pageSize: 50, empty: 'auditor.empty',
    columns: COLUMNS.map((c) => ({ label: c.label, cell: c.value })),
  }));
  const form = h('form', { class: 'card', id: 'audit-filter', novalidate: true },
    h('h2', {}, t('auditor.filter')),
    h('div', { class: 'inline-form' },
      field('subjectType', t('auditor.subjectType'), inputs.st), field('subjectId', t('auditor.subjectId'), inputs.si),
      field('actor', t('auditor.actor'), inputs.ac), field('action', t('auditor.action'), inputs.an),
      field('from', t('auditor.from'), inputs.from), field('to', t('auditor.to'), inputs.to)),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', id: 'audit-apply' }, t('auditor.apply')),
      h('button', { type: 'button', class: 'secondary', id: 'audit-csv', onclick: exportAll }, t('auditor.csv'))),
    h('p', { class: 'form-error', role: 'alert' }));
  form.addEventListener('submit', (event) => { event.preventDefault(); show(); });
  async function exportAll() {
    try {
      const rows = [COLUMNS.map((c) => t(c.label))];
      let after = null;
      do {
        const page = (await asStaff(LOG, { ...variables(), first: 100, after })).auditLog;
        for (const e of page.edges.map((x) => x.node)) rows.push(COLUMNS.map((c) => (c.csv || c.value)(e)));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after && rows.length < 100001);
      download('audit-log.csv', csv(rows));
    } catch (e) {
      form.querySelector('.form-error').replaceWith(failure(e));
    }
  }
  mount(container, form, h('section', { class: 'card' }, h('h2', {}, t('auditor.entries')), slot));
  show();
}

startConsole({
  titleKey: 'auditor.title',
  noRoleKey: 'auditor.noRole',
  sections: [{ id: 'log', label: 'auditor.entries', roles: ['AUDITOR'], render: auditLog }],
});
