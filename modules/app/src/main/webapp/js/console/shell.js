// What every staff console has (docs/adr/0024): the bar with the language switch and the signed-in
// staff member, the sign-in form, tabs for only the sections the caller's roles may use, and the
// errors shown in the page's language. Sections render themselves into the main element.
import { t, loadTexts } from '../i18n.js';
import { h, mount } from '../dom.js';
import { languageSwitch } from '../page.js';
import { staffSession, asStaff, staffSignInView, staffSignOut } from '../staff-session.js';

/**
 * Starts a console. sections: [{ id, label key, roles: [...], render(container, session) }].
 * session: { subject, roles } from currentSession.
 */
export function startConsole({ titleKey, sections, noRoleKey }) {
  const main = document.getElementById('main');
  main.classList.add('console');
  let chosen = null;

  async function start() {
    document.title = t(titleKey);
    const bar = document.getElementById('bar');
    if (!staffSession()) {
      mount(bar, h('h1', {}, t(titleKey)), languageSwitch(start));
      mount(main, staffSignInView(start));
      return;
    }
    let session;
    try {
      session = (await asStaff('{ currentSession { subject roles } }')).currentSession;
    } catch (e) {
      staffSignOut();
      mount(bar, h('h1', {}, t(titleKey)), languageSwitch(start));
      mount(main, staffSignInView(start, t('signin.expired')));
      return;
    }
    mount(bar, h('h1', {}, t(titleKey)),
      h('span', { class: 'who', id: 'who' }, t('console.signedInAs', { who: session.subject, roles: session.roles.join(', ') })),
      languageSwitch(start),
      h('button', { type: 'button', class: 'secondary', id: 'sign-out', onclick: () => { staffSignOut(); start(); } }, t('home.signOut')));
    const allowed = sections.filter((s) => s.roles.some((r) => session.roles.includes(r)));
    if (!allowed.length) {
      mount(main, h('p', { class: 'notice', id: 'no-role' }, t(noRoleKey)));
      return;
    }
    if (!allowed.find((s) => s.id === chosen)) chosen = allowed[0].id;
    const body = h('div', { id: 'section' });
    const tabs = h('nav', { class: 'tabs', id: 'sections', 'aria-label': t(titleKey) }, allowed.map((s) =>
      h('button', {
        type: 'button', id: 'tab-' + s.id, 'aria-pressed': String(s.id === chosen),
        onclick: () => { chosen = s.id; start(); },
      }, t(s.label))));
    mount(main, tabs, body);
    const section = allowed.find((s) => s.id === chosen);
    try {
      await section.render(body, session);
    } catch (e) {
      mount(body, failure(e));
    }
  }

  loadTexts().then(start);
}

/** An error answer as a paragraph in the page's language (the API's message is already in it). */
export function failure(e) {
  return h('p', { class: 'form-error', role: 'alert' }, e.message || t('error.generic'));
}

/**
 * A table a page at a time: query must take $first and $after and answer a connection at path.
 * columns: [{ key label, cell(node) -> node|string, num? }]. Answers the element; reload() on it.
 */
export function pagedTable({ query, path, variables = {}, columns, pageSize = 20, id, empty, onPage }) {
  const box = h('div', { id });
  const cursors = [null];
  let page = 0;
  async function load() {
    const data = await asStaff(query, { ...variables, first: pageSize, after: cursors[page] });
    const connection = path.split('.').reduce((o, k) => o[k], data);
    const nodes = connection.edges.map((e) => e.node);
    cursors[page + 1] = connection.pageInfo.endCursor;
    if (onPage) onPage(nodes);
    const table = nodes.length
      ? h('table', { class: 'data' },
        h('thead', {}, h('tr', {}, columns.map((c) => h('th', { class: c.num ? 'num' : null, scope: 'col' }, t(c.label))))),
        h('tbody', {}, nodes.map((n) => h('tr', { dataset: { id: n.id || n.username || '' } },
          columns.map((c) => h('td', { class: c.num ? 'num' : null }, c.cell(n)))))))
      : h('p', { class: 'muted empty' }, t(empty || 'console.empty'));
    mount(box, table, h('div', { class: 'actions' },
      page > 0 ? h('button', { type: 'button', class: 'secondary prev', onclick: () => { page -= 1; load().catch(show); } }, t('console.previous')) : null,
      connection.pageInfo.hasNextPage ? h('button', { type: 'button', class: 'secondary next', onclick: () => { page += 1; load().catch(show); } }, t('console.next')) : null,
      h('span', { class: 'muted' }, t('console.page', { page: page + 1 }))));
  }
  function show(e) { mount(box, failure(e)); }
  box.reload = () => load().catch(show);
  box.reload();
  return box;
}

/** CSV text (RFC 4180) of rows of cells; a cell starting with = + - @ is quoted with a ' so a spreadsheet does not run it. */
export function csv(rows) {
  const cell = (v) => {
    let s = v === null || v === undefined ? '' : String(v);
    if (/^[=+\-@]/.test(s)) s = "'" + s;
    return /[",\n\r]/.test(s) ? '"' + s.replaceAll('"', '""') + '"' : s;
  };
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Offers text as a file download. */
export function download(name, text, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob(['\ufeff' + text], { type }));
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.appendChild(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(url); a.remove(); }, 1000);
}
