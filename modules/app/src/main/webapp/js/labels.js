// The closed lists the forms offer, with their labels from the page bundle (the API's enums).
import { t } from './i18n.js';
import { option } from './dom.js';

export const DISTRICTS = ['HEPING', 'HEDONG', 'HEXI', 'NANKAI', 'HEBEI', 'HONGQIAO', 'DONGLI', 'XIQING',
  'JINNAN', 'BEICHEN', 'WUQING', 'BAODI', 'BINHAI', 'NINGHE', 'JINGHAI', 'JIZHOU'];
export const RELATIONSHIPS = ['SPOUSE', 'PARENT', 'CHILD', 'GRANDPARENT', 'GRANDCHILD'];

/** <option>s for values labelled by prefix.VALUE in the bundle. */
export function options(prefix, values, selected) {
  return values.map((value) => option(value, t(prefix + '.' + value), value === selected));
}

export function colourName(colour) {
  return colour ? t('colour.' + colour) : t('colour.NONE');
}
