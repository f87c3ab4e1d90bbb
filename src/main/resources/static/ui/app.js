// The web UI's own behaviour, shared by every screen. The CSP allows no inline or eval'd script, so what htmx's
// hx-on would do lives here, bound by data- attributes. A screen's own behaviour lives in its own file.
'use strict';

// The sign-in form reports the browser's time zone: the default zone of the user's dates.
document.addEventListener('DOMContentLoaded', () => {
  for (const input of document.querySelectorAll('input[data-browser-zone]')) {
    input.value = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  }
});

// A form marked data-reset is emptied once the server took it.
document.addEventListener('htmx:afterRequest', (event) => {
  const form = event.detail.elt;
  if (event.detail.successful && form instanceof HTMLFormElement && form.matches('[data-reset]')) {
    form.reset();
    form.querySelector('[autofocus], input:not([type="hidden"])')?.focus();
  }
});

// A request that failed without an answer to show (a refusal htmx does not swap, or no connection): say so.
function notice(text, kind) {
  const notices = document.getElementById('notices');
  if (!notices) {
    return;
  }
  const item = document.createElement('div');
  item.className = 'notice ' + (kind || 'problem');
  item.textContent = text;
  notices.append(item);
  setTimeout(() => item.remove(), 8000);
}
document.addEventListener('htmx:responseError', (event) => {
  const status = event.detail.xhr.status;
  if (status !== 503 && status !== 422) {
    notice(status === 404 ? 'That is gone: it was deleted or never existed.' : 'That did not work (' + status + ').');
  }
});
document.addEventListener('htmx:sendError', () => notice('No connection to the server. Please try again.'));

// Keyboard shortcuts: "/" focuses the search box, "n" opens quick add. Never while typing.
document.addEventListener('keydown', (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey || event.target.closest('input, textarea, select, [contenteditable]')) {
    return;
  }
  const target = { '/': '[data-shortcut="search"]', n: '[data-shortcut="add"]' }[event.key];
  const field = target && document.querySelector(target);
  if (field) {
    event.preventDefault();
    field.focus();
  }
});

window.todo = { notice };
