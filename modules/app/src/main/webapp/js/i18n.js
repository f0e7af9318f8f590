// The pages' texts in zh-CN (the default) and English, from /i18n/<lang>.json. The person's
// choice is kept on the device; the API is asked in the same language (graphql.js).
const SUPPORTED = ['zh-CN', 'en'];
const KEY = 'hc.lang';
let current = initial();
let texts = {};

function initial() {
  const chosen = localStorage.getItem(KEY);
  if (SUPPORTED.includes(chosen)) return chosen;
  for (const wanted of navigator.languages || []) {
    if (wanted.toLowerCase().startsWith('zh')) return 'zh-CN';
    if (wanted.toLowerCase().startsWith('en')) return 'en';
  }
  return 'zh-CN';
}

export function language() {
  return current;
}

/** Loads the bundle of the current language; call once before rendering. */
export async function loadTexts() {
  const response = await fetch('/i18n/' + current + '.json', { cache: 'no-cache' });
  texts = await response.json();
  document.documentElement.lang = current;
}

/** Switches language, keeps the choice, reloads the bundle. */
export async function setLanguage(lang) {
  if (!SUPPORTED.includes(lang)) return;
  current = lang;
  localStorage.setItem(KEY, lang);
  await loadTexts();
}

/** The text for key with {name} placeholders filled; the key itself if missing (visible bug). */
export function t(key, args = {}) {
  const pattern = texts[key];
  if (pattern === undefined) return key;
  return pattern.replace(/\{(\w+)\}/g, (m, name) => (name in args ? String(args[name]) : m));
}

/** A moment in city time (Asia/Shanghai), as people there read it. */
export function dateTime(iso) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(current, {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: 'short', day: 'numeric',
    hour: '2-digit', minute: '2-digit', hour12: false,
  }).format(new Date(iso));
}

/** A clock with seconds, city time. */
export function clock(date) {
  return new Intl.DateTimeFormat(current, {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
  }).format(date);
}

/** Another language's bundle, for pages that show both at once (the venue poster). */
export async function textsOf(lang) {
  const response = await fetch('/i18n/' + lang + '.json', { cache: 'no-cache' });
  const bundle = await response.json();
  return (key, args = {}) => (bundle[key] || key).replace(/\{(\w+)\}/g, (m, name) => (name in args ? String(args[name]) : m));
}
