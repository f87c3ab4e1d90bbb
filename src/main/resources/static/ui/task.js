// The task edit page: one-click tag suggestions, and each reminder row showing only the fields of its form.
'use strict';

document.addEventListener('click', (event) => {
  const suggestion = event.target.closest('button[data-add-tag]');
  if (!suggestion) {
    return;
  }
  const input = document.getElementById('tags');
  const tags = input.value.split(/[\s,]+/).filter((tag) => tag);
  if (!tags.includes(suggestion.value)) {
    tags.push(suggestion.value);
  }
  input.value = tags.join(' ');
  window.todo?.notice('Tag ' + suggestion.value + ' added; save to keep it.', 'ok');
});

// Without this script every field of a row shows, and the server reads those of the chosen form.
function showForm(select) {
  const row = select.closest('fieldset');
  for (const field of row.querySelectorAll('[data-kind]')) {
    field.hidden = field.dataset.kind !== select.value;
  }
}
document.addEventListener('change', (event) => {
  if (event.target.matches('select[data-reminder-kind]')) {
    showForm(event.target);
  }
});
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('select[data-reminder-kind]').forEach(showForm);
});
