// The task list's behaviour (CSP: no inline script, no hx-on, so it is bound here by data- attributes, on the document,
// because htmx replaces the list and the back button replaces the whole body).
'use strict';
(() => {
  const DEBOUNCE_MS = 300;
  const UNDO_MS = 5000;

  const notice = (text, kind) => window.todo.notice(text, kind);
  const queryForm = () => document.querySelector('form[data-task-query]');
  const ask = (form) => htmx.trigger(form, 'tasks-query');

  // Search as you type, once typing pauses; any other control asks at once.
  let typing;
  document.addEventListener('input', (event) => {
    const form = event.target.closest('form[data-task-query]');
    if (form && event.target.type === 'search') {
      clearTimeout(typing);
      typing = setTimeout(() => ask(form), DEBOUNCE_MS);
    }
  });
  document.addEventListener('change', (event) => {
    const form = event.target.closest('form[data-task-query]');
    if (form && event.target.type !== 'search') {
      ask(form);
    }
  });
  document.addEventListener('submit', (event) => {
    if (event.target.matches('form[data-task-query]')) {
      clearTimeout(typing);
    }
  });

  // The query last sent; null when the list is the page's URL (a first visit, back, forward, a failed request).
  let lastAsked = null;
  const forget = () => { lastAsked = null; };
  ['htmx:historyRestore', 'htmx:sendError', 'htmx:responseError'].forEach((name) => document.addEventListener(name, forget));
  window.addEventListener('popstate', forget);

  // The list's URL is the API's query: no empty parameters, tags one by one, a chosen day as an instant at its start
  // (or end) in the browser's zone, which is the user's. The quick add says which zone its day and time are in.
  document.addEventListener('htmx:configRequest', (event) => {
    const form = event.detail.elt;
    if (form.matches('form[data-task-query]')) {
      tidy(event.detail.formData, form);
      const asked = JSON.stringify([...event.detail.formData.entries()]);
      if (asked === (lastAsked ?? JSON.stringify([...new URLSearchParams(location.search).entries()]))) {
        event.preventDefault(); // the list shows this, or will (a field left after typing, Enter after a change)
      }
      else {
        lastAsked = asked;
      }
    }
    else if (form.matches('form[data-task-add]')) {
      event.detail.formData.set('zone', Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
    }
  });

  function tidy(data, form) {
    const entries = [...data.entries()];
    for (const name of new Set(entries.map(([name]) => name))) {
      data.delete(name);
    }
    for (const [name, value] of entries) {
      if (name === 'tag') {
        tags(value).forEach((tag) => data.append('tag', tag));
      }
      else if (value.trim() !== '') {
        const field = form.elements.namedItem(name);
        const day = field instanceof HTMLInputElement ? field.dataset.day : undefined;
        data.append(name, day ? instant(value, day === 'end') : value);
      }
    }
  }

  const tags = (text) => text.split(/[\s,]+/).filter((tag) => tag !== '');

  function instant(day, end) {
    const [year, month, date] = day.split('-').map(Number);
    const at = end ? new Date(year, month - 1, date, 23, 59, 59, 999) : new Date(year, month - 1, date);
    const offset = -at.getTimezoneOffset();
    const two = (n) => String(Math.trunc(Math.abs(n))).padStart(2, '0');
    return day + (end ? 'T23:59:59.999' : 'T00:00:00') + (offset < 0 ? '-' : '+') + two(offset / 60) + ':'
      + two(offset % 60);
  }

  // Back and forward ask the server for the whole page: a later step wins over an earlier one still loading (two
  // quick steps back would otherwise end on whichever answer came last).
  let restoring;
  document.addEventListener('htmx:historyCacheMiss', (event) => {
    restoring?.abort();
    restoring = event.detail.xhr;
  });

  // A filter chip's remove button clears that value in the form, which asks again; "Clear filters" clears them all.
  document.addEventListener('click', (event) => {
    const remove = event.target.closest('button[data-remove-name]');
    const clear = event.target.closest('[data-clear-filters]');
    const form = queryForm();
    if (!form || !(remove || clear)) {
      return;
    }
    for (const field of form.querySelectorAll('.filters input, .filters select')) {
      if (clear || field.name === remove.dataset.removeName) {
        clearValue(field, clear ? null : remove.dataset.removeValue);
      }
    }
    form.querySelector('input[type="search"]')?.focus();
    ask(form);
  });

  function clearValue(field, value) {
    if (field.type === 'checkbox') {
      field.checked = field.checked && value !== null && field.value !== value;
    }
    else if (field.name === 'tag' && value !== null) {
      field.value = tags(field.value).filter((tag) => tag !== value).join(', ');
    }
    else {
      field.value = '';
    }
  }

  // Quick add: say what was added (it may be on another page or filtered out) and empty the form for the next one.
  const adding = new WeakMap();
  document.addEventListener('htmx:beforeRequest', (event) => {
    if (event.detail.elt.matches('form[data-task-add]')) {
      adding.set(event.detail.elt, event.detail.elt.elements.namedItem('title').value.trim());
    }
  });
  document.addEventListener('htmx:afterRequest', (event) => {
    const form = event.detail.elt;
    if (form.matches('form[data-task-add]') && event.detail.xhr.status < 300) {
      for (const field of form.querySelectorAll('input:not([type="hidden"])')) {
        field.value = '';
        field.removeAttribute('aria-invalid');
      }
      form.elements.namedItem('priority').value = 'MEDIUM';
      form.querySelectorAll('.error').forEach((error) => { error.textContent = ''; });
      notice('Added “' + adding.get(form) + '”.', 'ok');
    }
  });

  // Delete with undo: the item is hidden at once and the DELETE waits UNDO_MS, so that Undo really undoes (nothing
  // was sent). Leaving the page (pagehide, or the tab hidden, which is what a phone gives) sends the waiting
  // deletes at once with keepalive, so none is lost; a delete that fails brings its item back and says so.
  const waiting = new Map();
  const itemOf = (url) => document.querySelector('button[data-delete="' + CSS.escape(url) + '"]')?.closest('li');

  document.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-delete]');
    if (button) {
      wait(button.dataset.delete, button.dataset.title, button.closest('li'));
    }
    const undo = event.target.closest('button[data-undo]');
    if (undo) {
      keep(undo.dataset.undo);
    }
  });

  function wait(url, title, item) {
    if (waiting.has(url)) {
      return;
    }
    const next = item.nextElementSibling?.querySelector('a.title');
    item.hidden = true;
    const toast = document.createElement('div');
    toast.className = 'notice undo';
    const text = document.createElement('span');
    text.textContent = 'Deleted “' + title + '”.';
    const undo = document.createElement('button');
    undo.type = 'button';
    undo.dataset.undo = url;
    undo.textContent = 'Undo';
    toast.append(text, ' ', undo);
    document.getElementById('notices').append(toast);
    undo.focus();
    waiting.set(url, { title, toast, next, timer: setTimeout(() => send(url, false), UNDO_MS) });
  }

  function keep(url) {
    const delete_ = waiting.get(url);
    if (!delete_) {
      return;
    }
    waiting.delete(url);
    clearTimeout(delete_.timer);
    delete_.toast.remove();
    const item = itemOf(url);
    if (item) {
      item.hidden = false;
      item.querySelector('button[data-delete]').focus();
    }
    notice('Kept “' + delete_.title + '”.', 'ok');
  }

  function send(url, leaving) {
    const delete_ = waiting.get(url);
    if (!delete_) {
      return;
    }
    waiting.delete(url);
    clearTimeout(delete_.timer);
    const hadFocus = delete_.toast.contains(document.activeElement);
    delete_.toast.remove();
    if (hadFocus) {
      (delete_.next || document.querySelector('[data-shortcut="add"]'))?.focus();
    }
    const headers = JSON.parse(document.body.getAttribute('hx-headers') || '{}');
    fetch(url, { method: 'DELETE', headers, credentials: 'same-origin', keepalive: leaving })
      .then((response) => {
        if (response.ok) {
          itemOf(url)?.remove();
        }
        else {
          failed(url, delete_.title, response.status);
        }
      })
      .catch(() => failed(url, delete_.title, 0));
  }

  function failed(url, title, status) {
    const item = itemOf(url);
    if (item) {
      item.hidden = false;
    }
    notice('“' + title + '” could not be deleted' + (status ? ' (' + status + ')' : '') + '. It is still there.');
  }

  const sendAll = () => [...waiting.keys()].forEach((url) => send(url, true));
  window.addEventListener('pagehide', sendAll);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') {
      sendAll();
    }
  });

  // Screen readers hear what a search, a filter or a page turn found (the list itself is replaced, not announced).
  document.addEventListener('htmx:afterSettle', (event) => {
    const status = document.getElementById('list-status');
    const list = document.getElementById('list');
    if (status && list && event.detail.requestConfig?.verb === 'get' && !event.detail.elt.closest('#list li')) {
      status.textContent = list.querySelector('.problem, .summary, .empty')?.textContent.replace(/\s+/g, ' ').trim() || '';
    }
  });

  // A list shown again while deletes wait keeps their items hidden; notices swapped in by the server go away in time.
  document.addEventListener('htmx:afterSwap', () => {
    for (const url of waiting.keys()) {
      const item = itemOf(url);
      if (item) {
        item.hidden = true;
      }
    }
    for (const expiring of document.querySelectorAll('#notices [data-expires]')) {
      expiring.removeAttribute('data-expires');
      setTimeout(() => expiring.remove(), 8000);
    }
  });
})();
