// Shared by the dashboard's sections: a withheld count as a cell, districts in the API's order.
import { t } from '../i18n.js';
import { h } from '../dom.js';
import { DISTRICTS } from '../labels.js';

export const AREAS = [...DISTRICTS, 'VISITOR'];
export const CODE_COLOURS = ['GREEN', 'ORANGE', 'RED'];

/** A table cell for a count the API may have withheld: the text "withheld", never a number. */
export function countCell(count, suppressed, data = {}) {
  return suppressed
    ? h('td', { class: 'num suppressed', dataset: { ...data, suppressed: 'true' }, title: t('analyst.suppressedHint') }, t('analyst.suppressed'))
    : h('td', { class: 'num', dataset: data }, String(count));
}

/** The CSV text of a count the API may have withheld. */
export function countText(count, suppressed) {
  return suppressed ? t('analyst.suppressed') : count;
}

export function areaName(area) {
  return t('district.' + area);
}
