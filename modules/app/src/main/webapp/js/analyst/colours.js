// Colours by district now (stacked bars, 16 districts and visitors) and over time (a line per
// colour for one district, up to 31 days: one request, the district switch redraws locally).
import { t } from '../i18n.js';
import { h, mount, field, option } from '../dom.js';
import { asStaff } from '../staff-session.js';
import { csv, download, failure } from '../console/shell.js';
import { draw, COLOURS } from '../console/chart.js';
import { colourName } from '../labels.js';
import { AREAS, CODE_COLOURS, countCell, countText, areaName } from './figures.js';
import { cityToday } from '../operator/statistics.js';

const NOW = '{ colourCounts { district residency colour count suppressed } }';
const SERIES = 'query($from: Date!, $to: Date!) { colourCountSeries(from: $from, to: $to) { day counts { district colour count suppressed } } }';

/** { area: { colour: { count, suppressed } } } */
function byArea(counts) {
  const out = {};
  for (const c of counts) {
    (out[c.district] ||= {})[c.colour] = { count: c.count, suppressed: c.suppressed };
  }
  return out;
}

export async function coloursNow(container) {
  const counts = byArea((await asStaff(NOW)).colourCounts);
  const canvas = h('canvas', { id: 'districts-chart', role: 'img', 'aria-label': t('analyst.now.chart') });
  const cell = (area, colour) => (counts[area] || {})[colour] || { count: null, suppressed: true };
  const table = h('table', { class: 'data', id: 'colour-counts' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('analyst.district')), CODE_COLOURS.map((c) => h('th', { scope: 'col', class: 'num' }, colourName(c))))),
    h('tbody', {}, AREAS.map((area) => h('tr', {}, h('th', { scope: 'row' }, areaName(area)),
      CODE_COLOURS.map((c) => countCell(cell(area, c).count, cell(area, c).suppressed, { district: area, colour: c }))))));
  const exportButton = h('button', { type: 'button', class: 'secondary', id: 'now-csv', onclick: () => download('colours-by-district.csv', csv([
    [t('analyst.district'), ...CODE_COLOURS.map(colourName)],
    ...AREAS.map((area) => [areaName(area), ...CODE_COLOURS.map((c) => countText(cell(area, c).count, cell(area, c).suppressed))])])) }, t('console.csv'));
  mount(container, h('section', { class: 'card' },
    h('h2', {}, t('analyst.tab.now')),
    h('p', { class: 'muted' }, t('analyst.suppressedNote')),
    h('div', { class: 'row-actions' }, exportButton),
    h('div', { class: 'chart-box' }, canvas), table));
  await draw(canvas, {
    type: 'bar', stacked: true, labels: AREAS.map(areaName), yTitle: t('analyst.persons'),
    datasets: CODE_COLOURS.map((c) => ({ label: colourName(c), color: COLOURS[c],
      data: AREAS.map((area) => (cell(area, c).suppressed ? null : cell(area, c).count)) })),
  });
}

export async function coloursOverTime(container) {
  const today = cityToday();
  const monthAgo = new Date(new Date(today + 'T00:00:00Z').getTime() - 30 * 86400000).toISOString().slice(0, 10);
  const from = h('input', { type: 'date', id: 'series-from', value: monthAgo });
  const to = h('input', { type: 'date', id: 'series-to', value: today });
  const area = h('select', { id: 'series-district' }, AREAS.map((a, i) => option(a, areaName(a), i === 0)));
  const canvas = h('canvas', { id: 'series-chart', role: 'img', 'aria-label': t('analyst.series.chart') });
  const table = h('div', { id: 'series-table' });
  let days = [];
  const value = (day, c) => {
    const x = day.counts.find((k) => k.district === area.value && k.colour === c);
    return x || { count: null, suppressed: true };
  };
  async function render() {
    const started = performance.now();
    await draw(canvas, {
      type: 'line', labels: days.map((d) => d.day), yTitle: t('analyst.persons'),
      datasets: CODE_COLOURS.map((c) => ({ label: colourName(c), color: COLOURS[c],
        data: days.map((d) => (value(d, c).suppressed ? null : value(d, c).count)) })),
    });
    mount(table, h('table', { class: 'data' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('analyst.day')), CODE_COLOURS.map((c) => h('th', { scope: 'col', class: 'num' }, colourName(c))))),
      h('tbody', {}, days.map((d) => h('tr', {}, h('td', {}, d.day),
        CODE_COLOURS.map((c) => countCell(value(d, c).count, value(d, c).suppressed, { day: d.day, colour: c })))))));
    canvas.dataset.renderMs = String(Math.round(performance.now() - started)); // measured by the browser test
  }
  async function load() {
    try {
      days = (await asStaff(SERIES, { from: from.value, to: to.value })).colourCountSeries;
      await render();
    } catch (e) {
      mount(table, failure(e));
    }
  }
  const exportButton = h('button', { type: 'button', class: 'secondary', id: 'series-csv', onclick: () => download('colours-' + area.value + '.csv', csv([
    [t('analyst.day'), t('analyst.district'), ...CODE_COLOURS.map(colourName)],
    ...days.map((d) => [d.day, areaName(area.value), ...CODE_COLOURS.map((c) => countText(value(d, c).count, value(d, c).suppressed))])])) }, t('console.csv'));
  from.addEventListener('change', load);
  to.addEventListener('change', load);
  area.addEventListener('change', () => render());
  mount(container, h('section', { class: 'card' },
    h('h2', {}, t('analyst.tab.series')),
    h('div', { class: 'inline-form' }, field('from', t('analyst.from'), from), field('to', t('analyst.to'), to), field('district', t('analyst.district'), area), exportButton),
    h('p', { class: 'muted' }, t('analyst.series.intro')),
    h('div', { class: 'chart-box' }, canvas), table));
  await load();
}
