// The recurring task editor: a rule builder for the common cases that writes the "Repeat" field (an RFC 5545
// RRULE), and reads it back when the user edits it by hand. Every change tells the page (a "rule-changed" event on
// the body), and htmx asks the server for the next dates a moment later (hx-trigger on #preview). The CSP allows no
// inline script, so this file is the builder's whole behaviour.
'use strict';

(() => {
  const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
  const UNITS = { DAILY: 'day', WEEKLY: 'week', MONTHLY: 'month', YEARLY: 'year' };
  const BUILT = ['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'COUNT', 'UNTIL'];

  const $ = (id) => document.getElementById(id);

  // A rule's parts by name, or null when it is not a list of NAME=value.
  function parts(rule) {
    const map = new Map();
    for (const part of rule.trim().replace(/^RRULE:/i, '').split(';')) {
      const [name, value, more] = part.split('=');
      if (!name || value === undefined || more !== undefined || map.has(name.toUpperCase())) {
        return null;
      }
      map.set(name.toUpperCase(), value.toUpperCase());
    }
    return map;
  }

  // What the builder shows of a rule, or null when it cannot show it (the rule stays "Custom").
  function read(rule) {
    const p = parts(rule);
    if (!p || !p.has('FREQ') || [...p.keys()].some((name) => !BUILT.includes(name))
        || !/^[1-9][0-9]*$/.test(p.get('INTERVAL') || '1') || (p.has('COUNT') && p.has('UNTIL'))) {
      return null;
    }
    const state = { freq: p.get('FREQ'), interval: Number(p.get('INTERVAL') || 1), days: [], monthBy: 'day',
      monthDay: null, position: null, weekday: null, ends: 'never', count: null, until: null };
    if (p.has('COUNT')) {
      if (!/^[1-9][0-9]*$/.test(p.get('COUNT'))) {
        return null;
      }
      state.ends = 'after';
      state.count = Number(p.get('COUNT'));
    }
    if (p.has('UNTIL')) {
      const until = /^([0-9]{4})([0-9]{2})([0-9]{2})/.exec(p.get('UNTIL'));
      if (!until) {
        return null;
      }
      state.ends = 'on';
      state.until = `${until[1]}-${until[2]}-${until[3]}`;
    }
    const byDay = p.has('BYDAY') ? p.get('BYDAY').split(',') : [];
    switch (state.freq) {
      case 'DAILY':
      case 'YEARLY':
        return byDay.length || p.has('BYMONTHDAY') ? null : state;
      case 'WEEKLY':
        if (p.has('BYMONTHDAY') || byDay.some((day) => !DAYS.includes(day))) {
          return null;
        }
        state.days = byDay;
        if (state.interval === 1 && byDay.length === 5 && DAYS.slice(0, 5).every((day) => byDay.includes(day))) {
          state.freq = 'WEEKDAYS';
        }
        return state;
      case 'MONTHLY': {
        if (p.has('BYMONTHDAY')) {
          const day = p.get('BYMONTHDAY');
          if (byDay.length || !/^([1-9]|[12][0-9]|3[01])$/.test(day)) {
            return null;
          }
          state.monthDay = Number(day);
          return state;
        }
        const nth = byDay.length === 1 ? /^(\+?[1-4]|-1)(MO|TU|WE|TH|FR|SA|SU)$/.exec(byDay[0]) : null;
        if (byDay.length && !nth) {
          return null;
        }
        if (nth) {
          Object.assign(state, { monthBy: 'weekday', position: String(Number(nth[1])), weekday: nth[2] });
        }
        return state;
      }
      default:
        return null;
    }
  }

  // The rule the builder's state means. UNTIL takes the start's kind (RFC 5545): a date for an all-day series, else
  // the end of that day in the series' own zone.
  function write(state, allDay) {
    const weekdays = state.freq === 'WEEKDAYS';
    const rule = ['FREQ=' + (weekdays ? 'WEEKLY' : state.freq)];
    if (!weekdays && state.interval > 1) {
      rule.push('INTERVAL=' + state.interval);
    }
    if (weekdays) {
      rule.push('BYDAY=MO,TU,WE,TH,FR');
    }
    if (state.freq === 'WEEKLY' && state.days.length) {
      rule.push('BYDAY=' + DAYS.filter((day) => state.days.includes(day)).join(','));
    }
    if (state.freq === 'MONTHLY') {
      rule.push(state.monthBy === 'weekday' ? 'BYDAY=' + state.position + state.weekday
        : 'BYMONTHDAY=' + state.monthDay);
    }
    if (state.ends === 'after' && state.count) {
      rule.push('COUNT=' + state.count);
    }
    if (state.ends === 'on' && state.until) {
      rule.push('UNTIL=' + state.until.replaceAll('-', '') + (allDay ? '' : 'T235959'));
    }
    return rule.join(';');
  }

  // The start date as a date in its own calendar (no zone: it is the series' local date).
  function startDay() {
    const value = $('startDate').value;
    return value ? new Date(value + 'T12:00:00') : new Date();
  }

  function fromControls() {
    const checked = (name) => document.querySelector(`input[name="${name}"]:checked`)?.value;
    return {
      freq: $('freq').value,
      interval: Math.max(1, Number($('interval').value) || 1),
      days: [...document.querySelectorAll('input[data-day]:checked')].map((box) => box.dataset.day),
      monthBy: checked('monthlyBy') || 'day',
      monthDay: Number($('month-day').value) || startDay().getDate(),
      position: $('month-position').value,
      weekday: $('month-weekday').value,
      ends: checked('ends') || 'never',
      count: Number($('count').value) || null,
      until: $('until').value || null,
    };
  }

  function toControls(state) {
    $('freq').value = state.freq;
    $('interval').value = state.interval;
    for (const box of document.querySelectorAll('input[data-day]')) {
      box.checked = state.days.includes(box.dataset.day);
    }
    $('month-by-' + state.monthBy).checked = true;
    if (state.monthDay) {
      $('month-day').value = state.monthDay;
    }
    if (state.position) {
      $('month-position').value = state.position;
      $('month-weekday').value = state.weekday;
    }
    $('ends-' + state.ends).checked = true;
    if (state.count) {
      $('count').value = state.count;
    }
    if (state.until) {
      $('until').value = state.until;
    }
  }

  // Shows the builder's parts that the chosen frequency uses.
  function showParts() {
    const freq = $('freq').value;
    for (const part of document.querySelectorAll('#series-form [data-when]')) {
      part.hidden = !part.dataset.when.split(' ').includes(freq);
    }
    const interval = Math.max(1, Number($('interval').value) || 1);
    $('interval-unit').textContent = (UNITS[freq] || '') + (interval === 1 ? '' : 's');
  }

  // A new frequency starts from the start date: its weekday, its day of the month.
  function defaults(freq) {
    const day = DAYS[(startDay().getDay() + 6) % 7];
    if (freq === 'WEEKLY' && !document.querySelector('input[data-day]:checked')) {
      document.querySelector(`input[data-day="${day}"]`).checked = true;
    }
    if (freq === 'MONTHLY') {
      $('month-day').value = startDay().getDate();
      $('month-weekday').value = day;
    }
  }

  // The preview asks again a moment after the last change (hx-trigger on #preview).
  function changed() {
    htmx.trigger(document.body, 'rule-changed');
  }

  function rewrite() {
    if ($('freq').value !== 'CUSTOM') {
      $('rrule').value = write(fromControls(), !$('startTime').value);
    }
    showParts();
    changed();
  }

  document.addEventListener('input', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLElement) || !target.closest('#rule')) {
      return;
    }
    if (target.id === 'rrule') {
      const state = read(target.value);
      if (state) {
        toControls(state);
      } else {
        $('freq').value = 'CUSTOM';
      }
      showParts();
      changed();
    } else {
      if (target.id === 'freq') {
        defaults(target.value);
      }
      rewrite();
    }
  });

  // The fields whose messages the preview updates say whether they are invalid.
  document.addEventListener('htmx:afterSettle', () => {
    for (const [field, message] of [['rrule', 'rrule-error'], ['startDate', 'dtstart-error'],
      ['timeZone', 'timeZone-error']]) {
      if ($(field) && $(message)) {
        $(field).setAttribute('aria-invalid', String($(message).textContent.trim() !== ''));
      }
    }
  });

  // On load: today and the browser's zone for a new series (app.js fills the zone), the builder from the rule, and
  // a first preview.
  document.addEventListener('DOMContentLoaded', () => {
    if (!$('series-form')) {
      return;
    }
    if (!$('startDate').value) {
      const today = new Date();
      $('startDate').value = [today.getFullYear(), String(today.getMonth() + 1).padStart(2, '0'),
        String(today.getDate()).padStart(2, '0')].join('-');
    }
    const state = $('rrule').value ? read($('rrule').value) : null;
    if (state) {
      toControls(state);
    } else if ($('rrule').value) {
      $('freq').value = 'CUSTOM';
    } else {
      defaults('WEEKLY');
      $('rrule').value = write(fromControls(), !$('startTime').value);
    }
    showParts();
    changed();
  });
})();
