// A few DOM helpers instead of a framework (docs/adr/0020). Text always goes in as text nodes,
// never as HTML, so nothing the API or a person typed can become markup.

/** h('div', {class: 'x', onclick: f}, 'text', child, [more]) */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2), value);
    } else if (name === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (value === true) {
      el.setAttribute(name, '');
    } else {
      el.setAttribute(name, String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else if (child instanceof Node) el.appendChild(child);
    else el.appendChild(document.createTextNode(String(child)));
  }
}

/** Replaces the content of el. */
export function mount(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** A labelled form field; the error slot shows the API's field-level errors. */
export function field(name, label, control, hint) {
  control.id = control.id || 'f-' + name;
  control.name = name;
  return h('div', { class: 'field', dataset: { field: name } },
    h('label', { for: control.id }, label),
    control,
    hint ? h('p', { class: 'hint', id: control.id + '-hint' }, hint) : null,
    h('p', { class: 'field-error', role: 'alert', id: control.id + '-error' }));
}

/** Shows an ApiError: beside its field when the form has it, else in the form's message area. */
export function showError(form, error, fallbackText) {
  for (const el of form.querySelectorAll('.field-error, .form-error')) el.textContent = '';
  const name = error.field ? error.field.replace(/\[\d+\]/g, '').split('.').pop() : null;
  const slot = name ? form.querySelector(`.field[data-field="${name}"] .field-error`) : null;
  const text = error.message || fallbackText;
  if (slot) {
    slot.textContent = text;
    const input = slot.parentElement.querySelector('input, select, textarea');
    if (input) input.focus();
  } else {
    const general = form.querySelector('.form-error');
    if (general) general.textContent = text;
  }
}

export function option(value, label, selected) {
  return h('option', { value, selected: selected ? true : null }, label);
}

/** An image from SVG text the API drew, as an <img> (the SVG is never put into the page's DOM). */
export function svgImage(svg, alt, cls) {
  const url = 'data:image/svg+xml;base64,' + btoa(unescape(encodeURIComponent(svg)));
  return h('img', { src: url, alt, class: cls });
}
