// One venue's scans per hour of a day (city time) as stacked bars: admitted, denied, referred;
// the same numbers in a table, and as CSV.
import { t, language } from '../i18n.js';
import { h, mount, field, option } from '../dom.js';
import { asStaff } from '../staff-session.js';
import { csv, download, failure } from '../console/shell.js';
import { draw, COLOURS } from '../console/chart.js';

const VENUES = '{ myVenues(first: 100) { edges { node { id name } } } }';
const HOURS = `query($v: ID!, $from: DateTime!, $to: DateTime!, $after: String) {
  venueScanStatistics(venueId: $v, from: $from, to: $to, first: 100, after: $after) {
    edges { node { hourStart scans admits denials referrals } } pageInfo { hasNextPage endCursor } } }`;

/** Today in the city (Asia/Shanghai) as yyyy-mm-dd. */
export function cityToday() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

/** The start of a city day as an instant (the city has no daylight saving: +08:00). */
export function cityDayStart(day) {
  return new Date(day + 'T00:00:00+08:00');
}

export async function statistics(container) {
  const list = (await asStaff(VENUES)).myVenues.edges.map((e) => e.node);
  if (!list.length) {
    mount(container, h('p', { class: 'muted' }, t('operator.venues.none')));
    return;
  }
  const venue = h('select', { id: 'stats-venue' }, list.map((v, i) => option(v.id, v.name, i === 0)));
  const day = h('input', { type: 'date', id: 'stats-day', value: cityToday() });
  const canvas = h('canvas', { id: 'venue-chart', role: 'img', 'aria-label': t('operator.stats.chart') });
  const table = h('div', { id: 'venue-hours' });
  const exportButton = h('button', { type: 'button', class: 'secondary', id: 'stats-csv' }, t('console.csv'));
  let rows = [];
  async function load() {
    try {
      const from = cityDayStart(day.value);
      const to = new Date(from.getTime() + 24 * 3600 * 1000);
      const hours = [];
      let after = null;
      do {
        const page = (await asStaff(HOURS, { v: venue.value, from: from.toISOString(), to: to.toISOString(), after })).venueScanStatistics;
        hours.push(...page.edges.map((e) => e.node));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      const byHour = new Map(hours.map((x) => [Math.floor((new Date(x.hourStart) - from) / 3600000), x]));
      rows = Array.from({ length: 24 }, (_, hr) => {
        const x = byHour.get(hr) || { scans: 0, admits: 0, denials: 0, referrals: 0 };
        return { hour: String(hr).padStart(2, '0') + ':00', scans: x.scans, admits: x.admits, denials: x.denials, referrals: x.referrals };
      });
      await draw(canvas, {
        type: 'bar', stacked: true, labels: rows.map((r) => r.hour), yTitle: t('operator.stats.scans'),
        datasets: [
          { label: t('operator.stats.admits'), data: rows.map((r) => r.admits), color: COLOURS.GREEN },
          { label: t('operator.stats.denials'), data: rows.map((r) => r.denials), color: COLOURS.RED },
          { label: t('operator.stats.referrals'), data: rows.map((r) => r.referrals), color: COLOURS.ORANGE },
        ],
      });
      const shown = rows.filter((r) => r.scans > 0);
      mount(table, shown.length ? h('table', { class: 'data' },
        h('thead', {}, h('tr', {}, ['operator.stats.hour', 'operator.stats.scans', 'operator.stats.admits', 'operator.stats.denials', 'operator.stats.referrals']
          .map((k, i) => h('th', { scope: 'col', class: i ? 'num' : null }, t(k))))),
        h('tbody', {}, shown.map((r) => h('tr', {}, h('td', {}, r.hour),
          ['scans', 'admits', 'denials', 'referrals'].map((k) => h('td', { class: 'num' }, String(r[k])))))))
        : h('p', { class: 'muted' }, t('operator.stats.none')));
    } catch (e) {
      mount(table, failure(e));
    }
  }
  exportButton.addEventListener('click', () => {
    const head = ['operator.stats.hour', 'operator.stats.scans', 'operator.stats.admits', 'operator.stats.denials', 'operator.stats.referrals'].map((k) => t(k));
    download('venue-scans-' + day.value + '.csv', csv([head, ...rows.map((r) => [day.value + ' ' + r.hour, r.scans, r.admits, r.denials, r.referrals])]));
  });
  venue.addEventListener('change', load);
  day.addEventListener('change', load);
  mount(container, h('section', { class: 'card' },
    h('h2', {}, t('operator.tab.statistics')),
    h('div', { class: 'inline-form' }, field('venue', t('operator.stats.venue'), venue), field('day', t('operator.stats.day'), day), exportButton),
    h('p', { class: 'muted' }, t('operator.stats.intro')),
    h('div', { class: 'chart-box' }, canvas), table));
  await load();
}
