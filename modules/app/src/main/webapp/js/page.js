// What every page has: the language switch (中文 / English).
import { t, language, setLanguage } from './i18n.js';
import { h } from './dom.js';

/** A button that switches between Chinese and English and calls rerender. */
export function languageSwitch(rerender) {
  const other = language() === 'zh-CN' ? 'en' : 'zh-CN';
  return h('button', {
    type: 'button', id: 'language', lang: other,
    'aria-label': t('language.switch'),
    onclick: async () => { await setLanguage(other); rerender(); },
  }, other === 'en' ? 'English' : '中文');
}
