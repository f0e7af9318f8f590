// Charts through Chart.js (vendored from npm by the build, loaded only by the pages that draw one;
// docs/adr/0024). Every chart has its numbers in a table beside it, for screen readers and CSV.
import { language } from '../i18n.js';

async function library() {
  if (!globalThis.Chart) await import('/vendor/chartjs/chart.umd.min.js');
  return globalThis.Chart;
}

export const COLOURS = { GREEN: '#0b7a35', ORANGE: '#b84d00', RED: '#b3141b', NONE: '#6b7280', EXTRA: '#1d4ed8' };

/**
 * Draws a chart into canvas (replacing the one drawn there before). type 'bar' or 'line';
 * datasets: [{ label, data: [numbers or null], color }]; stacked for bars.
 */
export async function draw(canvas, { type, labels, datasets, stacked = false, yTitle }) {
  const Chart = await library();
  const old = Chart.getChart(canvas);
  if (old) old.destroy();
  return new Chart(canvas, {
    type,
    data: {
      labels,
      datasets: datasets.map((d) => ({
        label: d.label, data: d.data, backgroundColor: d.color, borderColor: d.color,
        borderWidth: type === 'line' ? 2 : 0, pointRadius: type === 'line' ? 2 : 0, spanGaps: false,
      })),
    },
    options: {
      animation: false, responsive: true, maintainAspectRatio: false, normalized: true,
      locale: language(),
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { stacked },
        y: { stacked, beginAtZero: true, title: yTitle ? { display: true, text: yTitle } : undefined, ticks: { precision: 0 } },
      },
      plugins: { legend: { position: 'bottom' } },
    },
  });
}
