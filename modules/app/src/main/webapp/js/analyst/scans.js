// Scans per hour over all venues, by district and venue category (filters), as a chart of the
// hours and a table of every bucket; withheld buckets are counted as withheld, not added.
import { t, dateTime } from '../i18n.js';
import { h, mount, field, option } from '../dom.js';
import { asStaff } from '../staff-session.js';
import { csv, download, failure } from '../console/shell.js';
import { draw, COLOURS } from '../console/chart.js';
import { AREAS, countCell, countText, areaName } from './figures.js';
import { cityToday, cityDayStart } from '../operator/statistics.js';

const CATEGORIES = '{ venueCategories { category description } }';
const STATS = `query($from: DateTime!, $to: DateTime!, $c: VenueCategory, $d: District, $after: String) {
  scanStatistics(from: $from, to: $to, category: $c, district: $d, first: 100, after: $after) {
    edges { node { hourStart district category scans admits denials referrals suppressed } } pageInfo { hasNextPage endCursor } } }`;

export async function scans(container) {
  const categories = (await asStaff(CATEGORIES)).venueCategories;
  const categoryName = (c) => (categories.find((x) => x.category === c) || { description: c }).description;
  const day = h('input', { type: 'date', id: 'scans-day', value: cityToday() });
  const category = h('select', { id: 'scans-category' }, option('', t('console.all'), true), categories.map((c) => option(c.category, c.description)));
  const area = h('select', { id: 'scans-district' }, option('', t('console.all'), true), AREAS.filter((a) => a !== 'VISITOR').map((a) => option(a, areaName(a))));
  const canvas = h('canvas', { id: 'scans-chart', role: 'img', 'aria-label': t('analyst.scans.chart') });
  const table = h('div', { id: 'scans-table' });
  let rows = [];
  async function load() {
    try {
      const from = cityDayStart(day.value);
      const to = new Date(from.getTime() + 86400000);
      rows = [];
      let after = null;
      do {
        const page = (await asStaff(STATS, { from: from.toISOString(), to: to.toISOString(), c: category.value || null, d: area.value || null, after })).scanStatistics;
        rows.push(...page.edges.map((e) => e.node));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      const hours = Array.from({ length: 24 }, () => ({ scans: 0, withheld: 0 }));
      for (const r of rows) {
        const hr = Math.floor((new Date(r.hourStart) - from) / 3600000);
        if (hr < 0 || hr > 23) continue;
        if (r.suppressed) hours[hr].withheld += 1; else hours[hr].scans += r.scans;
      }
      await draw(canvas, {
        type: 'bar', labels: hours.map((_, i) => String(i).padStart(2, '0') + ':00'), yTitle: t('analyst.scans.scans'),
        datasets: [{ label: t('analyst.scans.shownScans'), data: hours.map((x) => x.scans), color: COLOURS.EXTRA }],
      });
      mount(table, rows.length ? h('table', { class: 'data' },
        h('thead', {}, h('tr', {}, ['analyst.scans.hour', 'analyst.district', 'analyst.scans.category', 'analyst.scans.scans', 'analyst.scans.admits', 'analyst.scans.denials', 'analyst.scans.referrals']
          .map((k, i) => h('th', { scope: 'col', class: i > 2 ? 'num' : null }, t(k))))),
        h('tbody', {}, rows.map((r) => h('tr', {}, h('td', {}, dateTime(r.hourStart)), h('td', {}, areaName(r.district)), h('td', {}, categoryName(r.category)),
          ['scans', 'admits', 'denials', 'referrals'].map((k) => countCell(r[k], r.suppressed, { field: k }))))))
        : h('p', { class: 'muted' }, t('analyst.scans.none')));
    } catch (e) {
      mount(table, failure(e));
    }
  }
  const exportButton = h('button', { type: 'button', class: 'secondary', id: 'scans-csv', onclick: () => download('scans-' + day.value + '.csv', csv([
    ['analyst.scans.hour', 'analyst.district', 'analyst.scans.category', 'analyst.scans.scans', 'analyst.scans.admits', 'analyst.scans.denials', 'analyst.scans.referrals'].map((k) => t(k)),
    ...rows.map((r) => [r.hourStart, areaName(r.district), categoryName(r.category), ...['scans', 'admits', 'denials', 'referrals'].map((k) => countText(r[k], r.suppressed))])])) }, t('console.csv'));
  for (const control of [day, category, area]) control.addEventListener('change', load);
  mount(container, h('section', { class: 'card' },
    h('h2', {}, t('analyst.tab.scans')),
    h('div', { class: 'inline-form' }, field('day', t('analyst.day'), day), field('category', t('analyst.scans.category'), category), field('district', t('analyst.district'), area), exportButton),
    h('p', { class: 'muted' }, t('analyst.scans.intro')),
    h('div', { class: 'chart-box' }, canvas), table));
  await load();
}
