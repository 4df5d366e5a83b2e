// Biannian reader. Every piece of text from a chronicle or the authority goes in with textContent
// (through el() and text nodes), never innerHTML: a chronicle containing markup shows it as text.
'use strict';

const view = document.getElementById('view');
const TYPE_PAGE = { PER: 'person', ROLE: 'person', PLACE: 'place' };
const TYPE_NAME = { PER: '人 person', PLACE: '地 place', OFFICE: '官 office', POLITY: '國 polity', GROUP: '族 group', WORK: '書 work', ROLE: '稱 role', DATE: '時 date' };
const REGIME_COLOURS = ['#8c2f1c', '#1d5fa8', '#2a7a3b', '#7a2e8c', '#a06a00', '#444'];
const SVG = 'http://www.w3.org/2000/svg';

// ---- small helpers

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function setAttrs(node, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') node.setAttribute('class', v);
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, String(v));
  }
}

function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

async function api(path) {
  const res = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await res.json();
  if (!res.ok) throw new Error((body && body.detail) || res.statusText);
  return body;
}

function qs(params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') p.set(k, v);
  const s = p.toString();
  return s ? '?' + s : '';
}

function enc(id) {
  return encodeURIComponent(id);
}

function entityHref(type, id) {
  return '#/' + (TYPE_PAGE[type] || 'entity') + '/' + enc(id);
}

function westernRange(d) {
  if (!d || !d.julian) return '';
  const first = d.julian.replace(/^0+(?=\d{3}-)/, '');
  const last = d.lastJulian && d.lastJulian !== d.julian ? ' – ' + d.lastJulian.replace(/^0+(?=\d{3}-)/, '') : '';
  return first + last + ' (Julian)';
}

// JDN → civil date string (Julian before 1582-10-15, Gregorian from then), as the server writes it.
function civil(jdn) {
  let a = jdn + 32082, gregorian = jdn >= 2299161;
  let b = 0, c;
  if (gregorian) {
    a = jdn + 32044;
    b = Math.floor((4 * a + 3) / 146097);
    c = a - Math.floor(146097 * b / 4);
  } else {
    c = a;
  }
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor(1461 * d / 4);
  const m = Math.floor((5 * e + 2) / 153);
  const day = e - Math.floor((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * Math.floor(m / 10);
  const year = (gregorian ? 100 * b : 0) + d - 4800 + Math.floor(m / 10);
  return { year, month, day, text: year + '-' + String(month).padStart(2, '0') + '-' + String(day).padStart(2, '0') };
}

function julianToJdn(y, m, d) {
  const a = Math.floor((14 - m) / 12), yy = y + 4800 - a, mm = m + 12 * a - 3;
  return d + Math.floor((153 * mm + 2) / 5) + 365 * yy + Math.floor(yy / 4) - 32083;
}

function showError(e) {
  clear(view);
  view.appendChild(el('p', { class: 'error', role: 'alert' }, String(e.message || e)));
}

function title(text) {
  document.title = text + ' — 編年 Biannian';
}

// ---- routing: every page has a stable URL (#/page/id?params)

const routes = {
  entries: pageEntries, entry: pageEntry, search: pageSearch, timeline: pageTimeline, map: pageMap,
  people: pagePeople, person: id => pageEntity(id, 'persons'), place: id => pageEntity(id, 'places'),
  entity: id => pageEntity(id, 'entities'), work: pageWork, sources: pageSources,
};

function currentRoute() {
  const hash = location.hash.replace(/^#\/?/, '') || 'entries';
  const [path, query] = hash.split('?');
  const [page, ...rest] = path.split('/');
  return { page, id: rest.length ? decodeURIComponent(rest.join('/')) : null, params: new URLSearchParams(query || '') };
}

let chart = null;

async function render() {
  const { page, id, params } = currentRoute();
  for (const a of document.querySelectorAll('nav a')) {
    a.classList.toggle('current', a.dataset.page === page || (page === 'entry' && a.dataset.page === 'entries'));
  }
  if (chart) { chart.dispose(); chart = null; }
  view.classList.remove('wide');
  clear(view);
  view.dataset.page = page;
  view.dataset.ready = 'false';
  view.appendChild(el('p', { class: 'muted' }, '…'));
  try {
    await (routes[page] || pageEntries)(id, params);
  } catch (e) {
    showError(e);
  }
  view.dataset.ready = 'true';
}

window.addEventListener('hashchange', render);
window.addEventListener('DOMContentLoaded', render);

function go(page, params) {
  location.hash = '#/' + page + qs(params);
}

// ---- the entry, laid out as a printed 綱目: date, headline, narrative, sources and notes

function renderEntry(e, options) {
  const d = e.date || {};
  const marks = e.display;
  // The date's own diagnostics repeat those the parser placed in the text: show each code once.
  const placed = new Set((e.diagnostics || []).map(x => x.code));
  const problems = (e.diagnostics || []).concat((d.diagnostics || []).filter(x => !placed.has(x.code)).map(x => ({ code: x.code, message: x.message })),
    marks.sourceDiagnostics || []);
  const head = el('div', { class: 'entry-head' },
    el('a', { class: 'zh', href: '#/entry/' + enc(e.id), title: e.id }, marks.label || '（無年）'),
    el('span', { class: 'west' }, westernRange(d)),
    el('span', { class: 'badge', title: 'precision' }, d.precision || 'NONE'),
    d.inherited ? el('span', { class: 'badge', title: 'the date carries over from the entry before' }, '承上') : null,
    problems.length ? el('span', { class: 'badge warn', title: problems.map(p => p.message).join('\n') }, '⚠ ' + problems.length) : null,
    el('span', { class: 'muted small' }, e.id));
  const card = el('article', { class: 'entry', id: 'entry-' + e.id, 'data-id': e.id }, head,
    el('div', { class: 'headline' }, runs(marks.headline, e)),
    marks.narrative ? el('div', { class: 'narrative' }, runs(marks.narrative, e)) : null,
    marks.blocks.length ? el('div', { class: 'blocks' }, marks.blocks.map(b => el('div', {}, runs(b, e)))) : null);
  if (problems.length) {
    // The message first, in words; the readings the calendar offers instead (the same day in the
    // months around, one-character variants); the code last, small, for those who search by it.
    const readingsOf = code => ((d.diagnostics || []).find(x => x.code === code && x.readings && x.readings.length) || {}).readings || [];
    card.appendChild(el('ul', { class: 'diaglist' }, problems.map(p => {
      const readings = p.readings && p.readings.length ? p.readings : readingsOf(p.code);
      return el('li', { 'data-code': p.code }, '⚠ ' + p.message, ' ', el('span', { class: 'badge diag-code' }, p.code),
        readings.length ? el('div', { class: 'readings small' }, '可能 perhaps: ', readings.slice(0, 4).map((r, i) => [i ? ' · ' : '',
          el('span', { class: 'reading', title: r.note || '' }, r.label), ' ', el('span', { class: 'muted' }, `(${(r.julian || '').replace(/^0+(?=\d{3}-)/, '')}${r.note ? ', ' + r.note : ''})`)])) : null);
    })));
  }
  const notes = (e.notes || []).filter(n => n.verdict);
  if (options && options.full && notes.length) {
    card.appendChild(el('ul', { class: 'diaglist', style: 'color:#4a443c' }, notes.map(n => el('li', {}, '按 ' + n.kind + '：' + n.verdict))));
  }
  return card;
}

function runs(list, e) {
  return list.map(run => {
    let node;
    if (run.m !== undefined) {
      const m = e.mentions[run.m];
      const tip = m.canonical + (m.id ? ' · ' + m.id : ' · unlinked') + ' · ' + (TYPE_NAME[m.type] || m.type);
      const linkable = m.id && m.type !== 'DATE' && m.type !== 'WORK';
      node = linkable
        ? el('a', { class: 'm ' + m.type, href: entityHref(m.type, m.id), title: tip, 'data-id': m.id, 'data-type': m.type }, run.t)
        : el('span', { class: 'm ' + m.type + (m.id ? '' : ' unlinked'), title: tip, 'data-type': m.type }, run.t);
      if (m.type === 'WORK') {
        node = el('a', { class: 'm WORK', href: '#/work/' + enc(m.id || m.canonical), title: tip, 'data-id': m.id || null }, run.t);
      }
    } else {
      node = document.createTextNode(run.t);
    }
    if (run.c !== undefined) {
      const c = e.citations[run.c];
      node = el('a', { class: 'cite', href: '#/work/' + enc(c.work), title: c.work + (c.section ? '·' + c.section : '') + (c.juan ? ' 卷' + c.juan : '') + (c.known ? '' : ' (unknown work)') }, node);
    }
    if (run.n !== undefined) {
      const n = e.notes[run.n];
      node = el('span', { class: 'note', title: '按 ' + n.kind + (n.verdict ? '：' + n.verdict : '') }, node);
    }
    if (run.d || run.s) {
      const msgs = (run.d || []).map(i => e.diagnostics[i]).concat((run.s || []).map(i => e.display.sourceDiagnostics[i])).filter(Boolean);
      node = el('span', { class: 'diag', title: msgs.map(x => x.code + '：' + x.message).join('\n'), 'data-code': msgs.map(x => x.code).join(' ') }, node);
    }
    return node;
  });
}

function legend() {
  return el('div', { class: 'legend', 'aria-label': 'legend' },
    ['PER', 'PLACE', 'OFFICE', 'POLITY', 'GROUP'].map(t => el('span', { class: 'm ' + t }, TYPE_NAME[t])),
    el('span', { class: 'cite' }, '出處 citation'), el('span', { class: 'note' }, '按 note'), el('span', { class: 'diag' }, '⚠ diagnostic'));
}

function filterForm(fields, params, onSubmit) {
  const inputs = {};
  const form = el('form', { class: 'filters', role: 'search' });
  for (const [name, label, type] of fields) {
    inputs[name] = el('input', { name, type: type || 'text', value: params.get(name) || '', 'aria-label': label });
    form.appendChild(el('label', {}, label, inputs[name]));
  }
  form.appendChild(el('button', { type: 'submit' }, '篩選 Filter'));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const out = {};
    for (const [name, input] of Object.entries(inputs)) out[name] = input.value.trim();
    onSubmit(out);
  });
  return form;
}

const FILTERS = [['person', '人物 person'], ['place', '地名 place'], ['work', '文獻 work'], ['regime', '曆 regime'], ['from', '自 from'], ['to', '至 to']];

function pager(total, offset, limit, onPage) {
  const p = el('div', { class: 'pager' });
  p.appendChild(el('span', { class: 'muted', 'data-total': total }, `${total ? offset + 1 : 0}–${Math.min(total, offset + limit)} / ${total}`));
  if (offset > 0) p.appendChild(el('button', { type: 'button', onclick: () => onPage(Math.max(0, offset - limit)) }, '← 前 previous'));
  if (offset + limit < total) p.appendChild(el('button', { type: 'button', onclick: () => onPage(offset + limit) }, '後 next →'));
  return p;
}

// ---- pages

async function pageEntries(id, params) {
  title('編年 Chronicle');
  const limit = 20;
  const offset = parseInt(params.get('offset') || '0', 10) || 0;
  const filters = {};
  for (const [k] of FILTERS) filters[k] = params.get(k) || '';
  const [docs, page] = await Promise.all([api('/api/documents'), api('/api/entries' + qs({ ...filters, offset, limit }))]);
  clear(view);
  view.appendChild(el('h1', {}, '編年 Chronicle'));
  view.appendChild(el('p', { class: 'muted small', id: 'documents' }, docs.documents.map(d => `${d.title || d.key}: ${d.entries} ${plural(d.entries, 'entry', 'entries')}`).join(' · ')));
  const jump = el('select', { id: 'year-jump', 'aria-label': 'jump to a year' }, el('option', { value: '' }, '跳至某年 Jump to a year…'));
  for (const d of docs.documents) {
    for (const y of d.years) jump.appendChild(el('option', { value: y.label, selected: filters.from === y.label ? 'selected' : null }, `${y.label} (${y.julianYear})`));
  }
  jump.addEventListener('change', () => go('entries', { ...filters, from: jump.value, to: '', offset: 0 }));
  view.appendChild(el('div', { class: 'toolbar' }, jump));
  view.appendChild(filterForm(FILTERS, params, f => go('entries', { ...f, offset: 0 })));
  view.appendChild(legend());
  const move = o => go('entries', { ...filters, offset: o });
  view.appendChild(pager(page.total, offset, limit, move));
  const list = el('div', { id: 'entries' });
  for (const e of page.entries) list.appendChild(renderEntry(e));
  if (!page.entries.length) list.appendChild(el('p', { class: 'muted' }, '無 No entries match.'));
  view.appendChild(list);
  view.appendChild(pager(page.total, offset, limit, move));
}

async function pageEntry(id) {
  const e = await api('/api/entries/' + enc(id));
  title(e.display.label + ' ' + e.id);
  clear(view);
  view.appendChild(el('div', { class: 'toolbar' },
    e.previous ? el('a', { href: '#/entry/' + enc(e.previous), rel: 'prev' }, '← ' + e.previous) : null,
    el('a', { href: '#/entries' + qs({ from: e.date && e.date.julian ? e.date.julian : '' }) }, '編年 chronicle from here'),
    e.next ? el('a', { href: '#/entry/' + enc(e.next), rel: 'next' }, e.next + ' →') : null));
  view.appendChild(legend());
  view.appendChild(renderEntry(e, { full: true }));
  const linked = e.mentions.filter(m => m.id && m.type !== 'DATE');
  if (linked.length) {
    view.appendChild(el('h2', {}, '所見 Mentioned'));
    const seen = new Set();
    view.appendChild(el('ul', { class: 'list', id: 'mentioned' }, linked.filter(m => !seen.has(m.id) && seen.add(m.id)).map(m =>
      el('li', {}, el('a', { href: m.type === 'WORK' ? '#/work/' + enc(m.id) : entityHref(m.type, m.id) }, m.canonical), ' ',
        el('span', { class: 'muted small' }, (TYPE_NAME[m.type] || m.type) + ' · ' + m.id)))));
  }
  if (e.citations.length) {
    view.appendChild(el('h2', {}, '出處 Sources'));
    view.appendChild(el('ul', { class: 'list', id: 'entry-sources' }, e.citations.map(c => el('li', {},
      el('a', { href: '#/work/' + enc(c.work) }, c.work), c.section ? '·' + c.section : '', c.juan ? ' 卷' + c.juan : '',
      c.known ? '' : el('span', { class: 'badge warn' }, 'unknown title')))));
  }
  const par = await api('/api/entries/' + enc(id) + '/parallels');
  if (par.parallels.length) {
    view.appendChild(el('h2', {}, '對讀 Parallels'));
    view.appendChild(parallelsView(e, par.parallels));
  }
}

// ---- an entry beside the passages of its sources, differences marked (issue 13)

/** {@code text} as nodes, each of {@code words} (first occurrence, in order) marked with class {@code cls}. */
function marked(text, words, cls) {
  const out = [];
  let at = 0;
  for (const w of words) {
    const i = w ? text.indexOf(w, at) : -1;
    if (i < 0) continue;
    out.push(text.slice(at, i), el('mark', { class: cls, title: w }, w));
    at = i + w.length;
  }
  out.push(text.slice(at));
  return out;
}

function parallelsView(e, parallels) {
  const entryText = e.headline + (e.narrative ? '\n' + e.narrative : '');
  const diffs = parallels.flatMap(p => p.differences).filter(d => d.kind !== 'TEXT');
  const left = el('div', { class: 'par-entry' }, el('h3', {}, e.display.label + ' ' + e.id),
    el('p', { class: 'par-text' }, marked(entryText, [...new Set(diffs.map(d => d.entryText))], 'diff')));
  const right = el('div', { class: 'par-sources' }, parallels.map(p => {
    const target = p.sourceEntry ? '#/entry/' + enc(p.sourceEntry) : null;
    const agreement = { SAME: 'ok', DIFFERENT: 'warn', UNKNOWN: 'muted' }[p.dateAgreement] || 'muted';
    return el('section', { class: 'parallel', 'data-document': p.document, 'data-agreement': p.dateAgreement },
      el('h3', {}, target ? el('a', { class: 'par-link', href: target }, p.document) : p.document, ' ',
        p.cited ? el('span', { class: 'badge' }, p.citation) : el('span', { class: 'badge muted' }, 'uncited'),
        p.juanFound ? el('span', { class: 'badge warn' }, 'in 卷' + p.juanFound) : null, ' ',
        el('span', { class: 'badge ' + agreement, title: 'the source dates it ' + (p.date.written || '?') }, (p.date.written || '') + ' ' + p.dateAgreement),
        ' ', el('span', { class: 'muted small' }, 'score ' + p.score + ' · ' + p.start + '–' + p.end)),
      el('p', { class: 'par-text' }, marked(p.text, p.differences.map(d => d.sourceText), 'diff')),
      p.differences.length ? el('ul', { class: 'par-diffs small' }, p.differences.map(d =>
        el('li', {}, el('span', { class: 'muted' }, d.kind + ' '), d.entryText, ' / ', el('mark', { class: 'diff' }, d.sourceText)))) : null);
  }));
  return el('div', { class: 'parallels', id: 'parallels' }, left, right);
}

async function pageSearch(id, params) {
  title('檢索 Search');
  const q = params.get('q') || '';
  const offset = parseInt(params.get('offset') || '0', 10) || 0;
  const limit = 20;
  clear(view);
  view.appendChild(el('h1', {}, '檢索 Search'));
  const box = el('input', { type: 'search', id: 'search-box', name: 'q', value: q, placeholder: '繼遷 / 继迁', 'aria-label': 'search text, traditional or simplified' });
  const form = filterForm(FILTERS, params, f => go('search', { q: box.value.trim(), ...f, offset: 0 }));
  form.insertBefore(el('label', {}, '字 words (繁/简)', box), form.firstChild);
  view.appendChild(form);
  box.focus();
  const filters = {};
  for (const [k] of FILTERS) filters[k] = params.get(k) || '';
  if (!q && !Object.values(filters).some(Boolean)) return;
  const page = await api('/api/search' + qs({ q, ...filters, offset, limit }));
  view.appendChild(pager(page.total, offset, limit, o => go('search', { q, ...filters, offset: o })));
  const list = el('ol', { class: 'hits', id: 'hits', start: offset + 1 });
  for (const h of page.results) {
    list.appendChild(el('li', { 'data-id': h.id },
      el('a', { href: '#/entry/' + enc(h.id) }, h.label || h.id), ' ',
      el('span', { class: 'muted small' }, westernRange(h) + ' · ' + h.id), el('br'),
      el('span', { class: 'snippet' }, highlight(h.snippet))));
  }
  view.appendChild(list);
}

// The snippet marks each match in 【】: those become <mark>, the rest text.
function highlight(snippet) {
  const out = [];
  const re = /【([^】]*)】/g;
  let last = 0, m;
  while ((m = re.exec(snippet)) !== null) {
    out.push(snippet.slice(last, m.index));
    out.push(el('mark', {}, m[1]));
    last = re.lastIndex;
  }
  out.push(snippet.slice(last));
  return out;
}

// ---- timeline: entries as ranges of days, zoomable from decades to days

async function fetchTimeline(params) {
  let offset = 0, all = [], first = null;
  for (;;) {
    const page = await api('/api/timeline' + qs({ from: params.from, to: params.to, offset, limit: 500 }));
    first = first || page;
    all = all.concat(page.items);
    offset += page.items.length;
    if (offset >= page.total || !page.items.length) break;
  }
  return { ...first, items: all };
}

const COLOUR_NAMES = { document: '書 chronicle', regime: '曆 calendar', year: '年 year' };

// The Chinese year (淳化五年) that a JDN falls in, from the documents' years (each with the JDN it
// starts on), or null.
function chineseYearAt(years, jdn) {
  let found = null;
  for (const y of years) if (y.firstJdn !== undefined && y.firstJdn <= jdn) found = y;
  return found ? found.label : null;
}

async function pageTimeline(id, params) {
  title('時間軸 Timeline');
  const [data, docs] = await Promise.all([fetchTimeline({ from: params.get('from'), to: params.get('to') }), api('/api/documents')]);
  const years = docs.documents.flatMap(d => d.years).filter(y => y.firstJdn !== undefined).sort((a, b) => a.firstJdn - b.firstJdn);
  clear(view);
  view.classList.add('wide');
  view.appendChild(el('h1', {}, '時間軸 Timeline'));
  if (!data.items.length) {
    view.appendChild(el('p', { class: 'muted' }, 'No dated entries.'));
    return;
  }
  // Colour by the calendar (regime) of the date, or by the chronicle the entry comes from.
  // Colour by chronicle, calendar or Chinese year: by default the first of these that tells the entries apart.
  const KEYS = { document: it => it.document, regime: it => it.regime, year: it => yearLabel(it.firstJdn) };
  const distinct = k => new Set(data.items.map(KEYS[k])).size;
  const by = KEYS[params.get('colour')] ? params.get('colour') : (['document', 'regime', 'year'].find(k => distinct(k) > 1) || 'regime');
  const keyOf = it => KEYS[by](it) || '?';
  const keys = [...new Set(data.items.map(keyOf))];
  const colour = it => REGIME_COLOURS[Math.max(0, keys.indexOf(keyOf(it))) % REGIME_COLOURS.length];
  const full = [data.minJdn - 15, data.maxJdn + 15];
  let start = parseInt(params.get('start'), 10), end = parseInt(params.get('end'), 10);
  if (!(start < end)) { start = full[0]; end = full[1]; }
  const range = el('span', { id: 'tl-range', class: 'muted' });
  const bar = el('div', { class: 'toolbar' },
    el('button', { type: 'button', id: 'tl-zoom-in', title: 'zoom in (+)', onclick: () => zoom(0.5) }, '＋ zoom in'),
    el('button', { type: 'button', id: 'tl-zoom-out', title: 'zoom out (−)', onclick: () => zoom(2) }, '－ zoom out'),
    el('button', { type: 'button', id: 'tl-left', title: 'earlier (←)', onclick: () => pan(-0.25) }, '← earlier'),
    el('button', { type: 'button', id: 'tl-right', title: 'later (→)', onclick: () => pan(0.25) }, 'later →'),
    el('button', { type: 'button', id: 'tl-reset', onclick: () => { start = full[0]; end = full[1]; draw(); } }, 'all'),
    el('span', { id: 'tl-colour' }, '色 colour by: ', ['document', 'regime', 'year'].map(k => [' ', k === by ? el('strong', {}, COLOUR_NAMES[k])
      : el('a', { href: '#/timeline' + qs({ from: params.get('from'), to: params.get('to'), colour: k }) }, COLOUR_NAMES[k])])),
    range);
  view.appendChild(bar);
  const docTitle = new Map(docs.documents.map(d => [d.key, d.title || d.key]));
  view.appendChild(el('div', { class: 'legend', id: 'tl-legend' }, keys.map(k => el('span', { style: 'color:' + REGIME_COLOURS[keys.indexOf(k) % REGIME_COLOURS.length], title: k },
    '■ ' + (by === 'document' ? docTitle.get(k) + ' (' + k + ')' : k) + (by === 'regime' ? ' calendar' : '')))));
  function yearLabel(jdn) { return chineseYearAt(years, jdn); }
  const box = svg('svg', { class: 'timeline', id: 'timeline', role: 'img', 'aria-label': 'timeline of entries' });
  view.appendChild(box);
  view.appendChild(el('p', { class: 'muted small' }, `${data.total} dated ${plural(data.total, 'entry', 'entries')}; ${data.undated} undated. Wheel or +/− to zoom, drag or ←/→ to move, click an entry to open it.`));

  // Lanes: each item goes in the first lane where it does not overlap the one before.
  const items = data.items.slice().sort((a, b) => a.firstJdn - b.firstJdn || b.lastJdn - a.lastJdn);
  const laneEnds = [];
  for (const it of items) {
    let lane = laneEnds.findIndex(endJdn => endJdn < it.firstJdn);
    if (lane < 0) { lane = laneEnds.length; laneEnds.push(0); }
    laneEnds[lane] = it.lastJdn;
    it.lane = lane;
  }
  const lanes = laneEnds.length;

  function zoom(f, centre) {
    const c = centre !== undefined ? centre : (start + end) / 2;
    let span = Math.min(Math.max((end - start) * f, 3), 365.25 * 400);
    start = Math.round(c - (c - start) * span / (end - start));
    end = Math.round(start + span);
    draw();
  }
  function pan(f) {
    const d = Math.round((end - start) * f) || (f > 0 ? 1 : -1);
    start += d; end += d;
    draw();
  }
  box.addEventListener('wheel', ev => {
    ev.preventDefault();
    const r = box.getBoundingClientRect();
    zoom(ev.deltaY > 0 ? 1.25 : 0.8, start + (end - start) * (ev.clientX - r.left) / r.width);
  }, { passive: false });
  let drag = null;
  box.addEventListener('pointerdown', ev => { if (ev.target === box || ev.target.classList.contains('tick')) drag = { x: ev.clientX, start, end }; });
  window.addEventListener('pointerup', () => { drag = null; });
  box.addEventListener('pointermove', ev => {
    if (!drag) return;
    const w = box.getBoundingClientRect().width;
    const d = Math.round((drag.x - ev.clientX) * (drag.end - drag.start) / w);
    start = drag.start + d; end = drag.end + d;
    draw();
  });
  view.addEventListener('keydown', ev => {
    if (ev.target.tagName === 'INPUT') return;
    if (ev.key === '+' || ev.key === '=') zoom(0.5);
    else if (ev.key === '-') zoom(2);
    else if (ev.key === 'ArrowLeft' && ev.target === view) pan(-0.25);
    else if (ev.key === 'ArrowRight' && ev.target === view) pan(0.25);
  });

  function draw() {
    clear(box);
    const width = box.getBoundingClientRect().width || 1000;
    const height = box.getBoundingClientRect().height || 420;
    box.setAttribute('viewBox', `0 0 ${width} ${height}`);
    const x = jdn => (jdn - start) / (end - start) * width;
    const top = 32, laneH = Math.max(4, Math.min(26, (height - top - 8) / Math.max(1, lanes)));
    for (const t of ticks(start, end)) {
      box.appendChild(svg('line', { class: 'tick', x1: x(t.jdn), x2: x(t.jdn), y1: 0, y2: height }));
      // Western years on the axis, and the Chinese year in force there beneath them.
      const zh = t.year ? chineseYearAt(years, t.jdn + 45) : null;
      box.appendChild(svg('text', { x: x(t.jdn) + 3, y: 12 }, t.label));
      if (zh) box.appendChild(svg('text', { x: x(t.jdn) + 3, y: 24, class: 'tick-zh' }, zh));
    }
    let shown = 0;
    for (const it of items) {
      if (it.lastJdn + 1 < start || it.firstJdn > end) continue;
      shown++;
      const x0 = x(it.firstJdn), x1 = Math.max(x(it.lastJdn + 1), x0 + 3);
      const link = svg('a', { href: '#/entry/' + enc(it.id), 'data-id': it.id, class: 'tl-item' },
        svg('title', {}, `${it.label} ${westernRange(it)}\n${it.headline}`),
        svg('rect', { x: x0, y: top + it.lane * laneH, width: x1 - x0, height: laneH - 2, rx: 2, fill: colour(it), 'fill-opacity': 0.7 }));
      box.appendChild(link);
      if (x1 - x0 > 60 && laneH >= 12) {
        box.appendChild(svg('text', { x: x0 + 3, y: top + it.lane * laneH + laneH - 5, 'pointer-events': 'none', fill: '#fff' }, it.label));
      }
    }
    range.textContent = `${civil(start).text} – ${civil(end).text} (Julian) · ${shown} shown`;
    range.dataset.start = start;
    range.dataset.end = end;
    history.replaceState(null, '', '#/timeline' + qs({ from: params.get('from'), to: params.get('to'), colour: params.get('colour'), start, end }));
  }
  draw();
}

// Tick marks suited to the span shown: decades, years, months or days.
function ticks(start, end) {
  const days = end - start, out = [];
  const a = civil(start), b = civil(end);
  if (days > 365 * 30) {
    for (let y = Math.ceil(a.year / 10) * 10; y <= b.year; y += 10) out.push({ jdn: julianToJdn(y, 1, 1), label: String(y) });
  } else if (days > 365 * 2.5) {
    for (let y = a.year + 1; y <= b.year; y++) out.push({ jdn: julianToJdn(y, 1, 1), label: String(y), year: true });
  } else if (days > 60) {
    for (let y = a.year, m = a.month + 1; ; m++) {
      if (m > 12) { m = 1; y++; }
      const j = julianToJdn(y, m, 1);
      if (j > end) break;
      out.push({ jdn: j, label: m === 1 ? y + '-01' : String(m).padStart(2, '0') });
    }
  } else {
    const step = days > 20 ? 5 : 1;
    for (let j = start; j <= end; j += step) out.push({ jdn: j, label: civil(j).text.slice(5) });
  }
  return out;
}

// ---- map: Natural Earth basemap drawn in SVG, places sized by entries

let basemap = null;

async function loadBasemap() {
  if (!basemap) basemap = await (await fetch('/basemap.json')).json();
  return basemap;
}

const COS = Math.cos(36 * Math.PI / 180);
const px = lon => lon * COS;
const py = lat => -lat;

function drawBasemap(box) {
  const layer = (lines, cls, closed) => {
    const g = svg('g', { class: cls });
    for (const line of lines) {
      let d = '';
      for (let i = 0; i + 1 < line.length; i += 2) d += (i ? 'L' : 'M') + (px(line[i] / 100)).toFixed(2) + ' ' + (py(line[i + 1] / 100)).toFixed(2);
      g.appendChild(svg('path', { d: d + (closed ? 'Z' : ''), 'vector-effect': 'non-scaling-stroke' }));
    }
    box.appendChild(g);
  };
  layer(basemap.land, 'land', true);
  layer(basemap.coast, 'coast', false);
  layer(basemap.rivers, 'river', false);
  layer(basemap.lakes, 'lake', true);
}

function fitBox(box, points, marginDeg) {
  let w = 100, e = 115, s = 33, n = 42;
  if (points.length) {
    w = Math.min(...points.map(p => p[0])); e = Math.max(...points.map(p => p[0]));
    s = Math.min(...points.map(p => p[1])); n = Math.max(...points.map(p => p[1]));
  }
  w -= marginDeg; e += marginDeg; s -= marginDeg; n += marginDeg;
  const vb = [px(w), py(n), px(e) - px(w), n - s];
  box.setAttribute('viewBox', vb.map(v => v.toFixed(3)).join(' '));
  box.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  return Math.max(vb[2], vb[3]);
}

async function pageMap(id, params) {
  title('地圖 Map');
  const year = params.get('year') || '';
  const from = params.get('from') || year, to = params.get('to') || year;
  const [geo, docs] = await Promise.all([api('/api/places.geojson' + qs({ from, to })), api('/api/documents'), loadBasemap()]);
  clear(view);
  view.classList.add('wide');
  // The heading names what is shown, in the selector's own words: one year, a range, or all years.
  const shown = from || to ? (from === to ? from : `${from || '…'} – ${to || '…'}`) : '';
  view.appendChild(el('h1', { id: 'map-title' }, '地圖 Map' + (shown ? ' · ' + shown : ' · 全部 all years')));
  const select = el('select', { id: 'map-year', 'aria-label': 'show the places of one year' }, el('option', { value: '' }, '全部 all years'));
  const labels = new Set();
  for (const d of docs.documents) for (const y of d.years) {
    if (labels.has(y.label)) continue;
    labels.add(y.label);
    select.appendChild(el('option', { value: y.label, selected: y.label === year ? 'selected' : null }, `${y.label} (${y.julianYear})`));
  }
  // A year given in the address that no chronicle lists (a Western year, a range) still shows as chosen.
  if (shown && !(year && labels.has(year))) select.appendChild(el('option', { value: year || from, selected: 'selected' }, shown));
  select.addEventListener('change', () => go('map', { year: select.value }));
  view.appendChild(el('div', { class: 'toolbar' }, el('label', {}, '年 year ', select),
    el('span', { class: 'muted small', id: 'map-count', 'data-located': geo.features.length, 'data-unlocated': geo.unlocated || 0 },
      `${geo.features.length} places located` + (geo.unlocated ? `, ${geo.unlocated} without coordinates` : ''))));
  const box = svg('svg', { class: 'map', id: 'map', role: 'img', 'aria-label': 'map of the places mentioned' });
  view.appendChild(box);
  drawBasemap(box);
  const size = fitBox(box, geo.features.map(f => f.geometry.coordinates), 1.2);
  const maxEntries = Math.max(1, ...geo.features.map(f => f.properties.entries));
  const radius = n => size * (0.006 + 0.018 * Math.sqrt(n / maxEntries));
  const fontSize = size * 0.022;
  const dots = svg('g', {});
  const sorted = geo.features.slice().sort((a, b) => b.properties.entries - a.properties.entries || a.properties.id.localeCompare(b.properties.id));
  // Labels are placed greatest place first, each at the first of four spots beside its dot that
  // overlaps no label or dot already placed; a label with no free spot is left out (its name is in
  // the dot's tooltip and in the list below).
  const taken = sorted.map(f => { const [lon, lat] = f.geometry.coordinates, r = radius(f.properties.entries); return [px(lon) - r, py(lat) - r, px(lon) + r, py(lat) + r]; });
  const overlaps = (a, b) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
  for (const f of sorted) {
    const [lon, lat] = f.geometry.coordinates;
    const p = f.properties;
    const r = radius(p.entries), cx = px(lon), cy = py(lat);
    const w = [...p.name].length * fontSize, h = fontSize;
    const spots = [[cx + r * 1.1, cy + h * 0.35, 'start'], [cx - r * 1.1, cy + h * 0.35, 'end'], [cx, cy - r - h * 0.2, 'middle'], [cx, cy + r + h * 0.9, 'middle']];
    let label = null;
    for (const [x, y, anchor] of spots) {
      const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
      // The box the font draws is taller than its size (ascent and descent of the CJK face): keep a margin.
      const rect = [left - h * 0.05, y - h * 1.0, left + w + h * 0.05, y + h * 0.25];
      if (!taken.some(t => overlaps(t, rect))) {
        taken.push(rect);
        label = svg('text', { class: 'place-label', x, y, 'text-anchor': anchor, style: `font-size:${fontSize.toFixed(3)}px` }, p.name);
        break;
      }
    }
    dots.appendChild(svg('a', { href: '#/place/' + enc(p.id), class: 'place', 'data-id': p.id, 'data-entries': p.entries },
      svg('title', {}, `${p.name} · ${p.id} · ${p.entries} ${plural(p.entries, 'entry', 'entries')} · ${p.coordinateSource} (${p.coordinatePrecision})`),
      svg('circle', { class: 'place-dot', cx, cy, r, 'vector-effect': 'non-scaling-stroke' }), label));
  }
  box.appendChild(dots);
  box.appendChild(sizeLegend(box, radius, maxEntries, fontSize));
  view.appendChild(el('h2', {}, '地名 Places'));
  view.appendChild(el('ol', { class: 'list', id: 'map-places' }, sorted.map(f => el('li', {},
    el('a', { href: '#/place/' + enc(f.properties.id) }, f.properties.name), ' ',
    el('span', { class: 'muted small' }, `${f.properties.entries} ${plural(f.properties.entries, 'entry', 'entries')} · ${f.properties.coordinatePrecision} · ${f.properties.coordinateSource}`)))));
  const unlocated = geo.unlocatedPlaces || [];
  if (unlocated.length) {
    view.appendChild(el('h2', {}, '無座標 Places without coordinates'));
    view.appendChild(el('p', { class: 'small', id: 'map-why-unlocated' }, UNLOCATED_WHY));
    view.appendChild(el('ul', { class: 'list', id: 'map-unlocated' }, unlocated.map(u => el('li', { 'data-reason': u.reason },
      el('a', { href: '#/place/' + enc(u.id) }, u.name), ' ',
      el('span', { class: 'muted small' }, `${u.entries} ${plural(u.entries, 'entry', 'entries')} · ${UNLOCATED_REASON[u.reason] || u.reason}`)))));
  }
}

const UNLOCATED_WHY = 'A place is drawn only where an authority pack gives its coordinates (the built-in pack has the '
  + 'prefectures, forts and rivers of the north-west, from CHGIS and the standard histories). A name found by the '
  + 'annotator\'s rules (X州, X寨, X族…) has no record at all; a record may lack coordinates when its site is unknown. '
  + 'Add coordinates in a pack of your own (--authority DIR, see docs/authority.md).';
const UNLOCATED_REASON = { NO_RECORD: 'found by rule, not in any authority pack', NO_COORDINATES: 'in the authority, site not given' };

function plural(n, one, many) {
  return n === 1 ? one : many;
}

// Circle sizes for a few entry counts, in the lower-left corner of the map, in the map's own units.
function sizeLegend(box, radius, maxEntries, fontSize) {
  const vb = box.getAttribute('viewBox').split(' ').map(Number);
  const counts = [...new Set([1, Math.round(maxEntries / 4), maxEntries])].filter(n => n >= 1);
  const g = svg('g', { class: 'size-legend', id: 'map-size-legend' });
  const pad = fontSize * 0.6, rMax = radius(maxEntries);
  let x = vb[0] + pad + rMax, y = vb[1] + vb[3] - pad - rMax;
  g.appendChild(svg('rect', { x: vb[0] + pad * 0.3, y: y - rMax - fontSize * 1.6, width: counts.length * (2 * rMax + fontSize * 3) + pad,
    height: 2 * rMax + fontSize * 2.2, fill: '#fff', 'fill-opacity': 0.85 }));
  g.appendChild(svg('text', { class: 'place-label', x: vb[0] + pad, y: y - rMax - fontSize * 0.5, style: `font-size:${(fontSize * 0.8).toFixed(3)}px` }, '圈 circle = entries'));
  for (const n of counts) {
    const r = radius(n);
    g.appendChild(svg('circle', { class: 'place-dot', cx: x, cy: y + rMax - r, r, 'vector-effect': 'non-scaling-stroke' }));
    g.appendChild(svg('text', { class: 'place-label', x: x + rMax + fontSize * 0.2, y: y + rMax, style: `font-size:${(fontSize * 0.8).toFixed(3)}px`, 'data-entries': n }, String(n)));
    x += 2 * rMax + fontSize * 3;
  }
  return g;
}

// ---- people: co-occurrence network

async function pagePeople() {
  title('人物 People');
  const net = await api('/api/network?limit=60&minWeight=1');
  clear(view);
  view.appendChild(el('h1', {}, '人物 People'));
  view.appendChild(el('p', { class: 'muted small' }, `The ${net.nodes.length} most mentioned of ${net.totalPersons} persons; a line joins two who appear in the same entries (thicker: more entries). Colour: polity (grey: not known, e.g. a name found by rule that no authority pack records).`));
  const box = el('div', { class: 'chart', id: 'network', role: 'img', 'aria-label': 'network of persons' });
  view.appendChild(box);
  const polityOf = n => n.polityName || (n.polity ? n.polity : UNKNOWN_POLITY);
  const polities = [...new Set(net.nodes.map(polityOf))].sort((a, b) => (a === UNKNOWN_POLITY) - (b === UNKNOWN_POLITY));
  if (window.echarts) {
    // A canvas draws with the fonts loaded when it draws, and never again: load the glyphs of the
    // names first, or a machine without CJK fonts gets boxes.
    await loadFontsFor(net.nodes.map(n => n.name).join('') + polities.join(''));
    chart = echarts.init(box, null, { renderer: 'canvas' });
    const maxM = Math.max(1, ...net.nodes.map(n => n.mentions));
    const at = forceLayout(net.nodes, net.edges);
    // Drawn smallest first, so that the most mentioned persons and their labels lie on top; where
    // labels collide ECharts keeps the label of the larger node.
    const order = net.nodes.slice().sort((a, b) => a.mentions - b.mentions || a.id.localeCompare(b.id));
    chart.setOption({
      tooltip: { formatter: p => (p.dataType === 'edge' ? `${p.data.sourceName} — ${p.data.targetName}: ${p.data.value}` : `${p.data.name} (${p.data.id}) · ${p.data.value} · ${polities[p.data.category]}`) },
      textStyle: { fontFamily: UI_FONT },
      animation: false,
      legend: { data: polities, top: 4, left: 8, right: 8 },
      color: polities.map((p, i) => (p === UNKNOWN_POLITY ? '#9a948a' : REGIME_COLOURS[i % (REGIME_COLOURS.length - 1)])),
      series: [{
        type: 'graph', layout: 'none', roam: true, draggable: true,
        // The nodes are fitted into this box, below the legend and clear of the edges.
        top: 64, bottom: 28, left: 40, right: 110,
        categories: polities.map(name => ({ name })),
        label: { show: true, position: 'right', fontSize: 12 },
        labelLayout: { hideOverlap: true },
        data: order.map(n => ({ id: n.id, name: n.name, value: n.mentions, x: at.get(n.id)[0], y: at.get(n.id)[1],
          category: polities.indexOf(polityOf(n)), symbolSize: 8 + 30 * Math.sqrt(n.mentions / maxM) })),
        links: net.edges.map(e => ({ source: e.source, target: e.target, value: e.weight, sourceName: name(e.source), targetName: name(e.target), lineStyle: { width: Math.min(8, 0.6 + e.weight) , opacity: 0.5 } })),
      }],
    });
    chart.on('click', p => { if (p.dataType === 'node') location.hash = '#/person/' + enc(p.data.id); });
    window.addEventListener('resize', () => chart && chart.resize());
  }
  function name(id) { const n = net.nodes.find(x => x.id === id); return n ? n.name : id; }
  view.appendChild(el('h2', {}, '人名 Persons'));
  view.appendChild(el('table', { id: 'people-table' },
    el('thead', {}, el('tr', {}, el('th', {}, '人物'), el('th', {}, 'polity'), el('th', {}, 'mentions'), el('th', {}, 'entries'))),
    el('tbody', {}, net.nodes.map(n => el('tr', {},
      el('td', {}, el('a', { href: '#/person/' + enc(n.id) }, n.name), ' ', el('span', { class: 'muted small' }, n.id)),
      el('td', {}, polityOf(n)), el('td', {}, n.mentions), el('td', {}, n.entries))))));
}

const UI_FONT = getComputedStyle(document.documentElement).getPropertyValue('--ui').trim() || 'sans-serif';

async function loadFontsFor(text) {
  if (!document.fonts || !document.fonts.load) return;
  try {
    await document.fonts.load('12px "Biannian Noto Serif TC"', text);
  } catch (e) {
    // No web font: the machine's own fonts are used.
  }
}

const UNKNOWN_POLITY = '不詳 polity unknown';

// A force-directed layout (Fruchterman–Reingold) computed here rather than by ECharts, so that it
// is the same on every load and its extent is known: ECharts then fits it inside the chart.
function forceLayout(nodes, edges) {
  const n = nodes.length, pos = nodes.map((_, i) => [Math.cos(2 * Math.PI * i / n) * (1 + i % 3), Math.sin(2 * Math.PI * i / n) * (1 + i % 3)]);
  const index = new Map(nodes.map((x, i) => [x.id, i]));
  const k = Math.sqrt(16 / Math.max(1, n));
  let t = 0.5;
  for (let step = 0; step < 300; step++) {
    const d = pos.map(() => [0, 0]);
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      const dx = pos[i][0] - pos[j][0], dy = pos[i][1] - pos[j][1], dist = Math.max(0.01, Math.hypot(dx, dy)), f = k * k / dist;
      d[i][0] += dx / dist * f; d[i][1] += dy / dist * f; d[j][0] -= dx / dist * f; d[j][1] -= dy / dist * f;
    }
    for (const e of edges) {
      const i = index.get(e.source), j = index.get(e.target);
      if (i === undefined || j === undefined) continue;
      const dx = pos[i][0] - pos[j][0], dy = pos[i][1] - pos[j][1], dist = Math.max(0.01, Math.hypot(dx, dy));
      const f = dist * dist / k * Math.min(3, Math.log2(1 + e.weight)) / 4;
      d[i][0] -= dx / dist * f; d[i][1] -= dy / dist * f; d[j][0] += dx / dist * f; d[j][1] += dy / dist * f;
    }
    for (let i = 0; i < n; i++) {
      // A pull to the centre keeps persons with no line from drifting to the edge.
      d[i][0] -= pos[i][0] * 0.05; d[i][1] -= pos[i][1] * 0.05;
      const len = Math.max(0.0001, Math.hypot(d[i][0], d[i][1])), m = Math.min(len, t);
      pos[i][0] += d[i][0] / len * m; pos[i][1] += d[i][1] / len * m;
    }
    t = Math.max(0.01, t * 0.985);
  }
  // A person with no line to anyone drifts far out and would shrink the rest into a knot once the
  // chart is fitted: bring every node within 1.2 times the radius that holds nine in ten of them.
  const cx = pos.reduce((a, p) => a + p[0], 0) / Math.max(1, n), cy = pos.reduce((a, p) => a + p[1], 0) / Math.max(1, n);
  const radii = pos.map(p => Math.hypot(p[0] - cx, p[1] - cy)).sort((a, b) => a - b);
  const cap = 1.2 * (radii[Math.floor(0.9 * (n - 1))] || 1);
  for (const p of pos) {
    const r = Math.hypot(p[0] - cx, p[1] - cy);
    if (r > cap) { p[0] = cx + (p[0] - cx) * cap / r; p[1] = cy + (p[1] - cy) * cap / r; }
  }
  return new Map(nodes.map((x, i) => [x.id, pos[i]]));
}

// ---- a person, place or other entity

async function pageEntity(id, kind) {
  const p = await api('/api/' + kind + '/' + enc(id));
  title(p.canonical);
  clear(view);
  const r = p.record || {};
  view.appendChild(el('h1', { id: 'entity-name' }, p.canonical, ' ', el('span', { class: 'muted small' }, p.id + ' · ' + (TYPE_NAME[p.type] || p.type))));
  const kv = el('dl', { class: 'kv' });
  const row = (k, v) => { if (v !== null && v !== undefined && v !== '') kv.append(el('dt', {}, k), el('dd', {}, v)); };
  row('polity', r.polity ? el('a', { href: '#/entity/' + enc(r.polity) }, r.polityName || r.polity) : null);
  row('kind', r.subtype);
  row('within', r.parent ? el('a', { href: '#/place/' + enc(r.parent) }, r.parentName || r.parent) : null);
  row('years', r.firstYear || r.lastYear ? `${r.firstYear || '?'}–${r.lastYear || '?'}` : null);
  row(p.type === 'PLACE' ? 'CHGIS' : 'CBDB', r.externalId);
  if (r.coordinates) row('coordinates', `${r.coordinates.latitude.toFixed(3)}°N ${r.coordinates.longitude.toFixed(3)}°E · ${r.coordinates.precision} · ${r.coordinates.source}`);
  row('mentions', `${p.mentions} in ${p.entriesTotal ?? p.entries.length} ${plural(p.entriesTotal ?? p.entries.length, 'entry', 'entries')}`);
  row('note', r.note);
  view.appendChild(kv);
  if (r.names && r.names.length) {
    view.appendChild(el('h2', {}, '名號 Names'));
    view.appendChild(el('table', { id: 'names' }, el('thead', {}, el('tr', {}, el('th', {}, 'name'), el('th', {}, 'kind'), el('th', {}, 'years'), el('th', {}, 'source'), el('th', {}, 'in text'))),
      el('tbody', {}, r.names.map(n => el('tr', {}, el('td', {}, n.text), el('td', {}, n.kind),
        el('td', {}, n.firstYear || n.lastYear ? `${n.firstYear || ''}–${n.lastYear || ''}` : ''), el('td', {}, n.source || ''),
        el('td', {}, String(p.forms[n.text] || '')))))));
  }
  const roles = Object.entries(p.roles);
  if (roles.length) {
    view.appendChild(el('h2', {}, '稱謂 Roles'));
    view.appendChild(el('p', { id: 'roles' }, roles.map(([t, c]) => t + ' ×' + c).join('　')));
  }
  if (r.coordinates) {
    await loadBasemap();
    const box = svg('svg', { class: 'map', style: 'height:260px', role: 'img', 'aria-label': 'where the place lies' });
    view.appendChild(box);
    drawBasemap(box);
    const size = fitBox(box, [[r.coordinates.longitude, r.coordinates.latitude]], 4);
    box.appendChild(svg('circle', { class: 'place-dot', cx: px(r.coordinates.longitude), cy: py(r.coordinates.latitude), r: size * 0.02 }));
    view.appendChild(el('p', { class: 'small' }, el('a', { href: '#/map' }, '→ 地圖 full map')));
  }
  if (p.entries.length) {
    view.appendChild(el('h2', {}, '紀事 Entries'));
    view.appendChild(strip(p.entries));
    view.appendChild(entryTable(p.entries, 'entity-entries'));
  }
  if (p.related && p.related.length) {
    view.appendChild(el('h2', {}, '同見 Appears with'));
    view.appendChild(el('p', { id: 'related' }, p.related.map(x => [el('a', { href: '#/person/' + enc(x.id) }, x.canonical), ` ×${x.weight}　`])));
  }
}

function entryTable(entries, id) {
  return el('table', { id }, el('tbody', {}, entries.map(e => el('tr', { 'data-id': e.id },
    el('td', {}, el('a', { href: '#/entry/' + enc(e.id) }, e.label || e.id)),
    el('td', { class: 'muted small' }, westernRange(e)),
    el('td', {}, e.headline)))));
}

// A small timeline of a person's or place's entries.
function strip(entries) {
  const dated = entries.filter(e => e.firstJdn);
  const box = svg('svg', { class: 'strip', role: 'img', 'aria-label': 'entries in time' });
  if (!dated.length) return box;
  const lo = Math.min(...dated.map(e => e.firstJdn)) - 20, hi = Math.max(...dated.map(e => e.lastJdn)) + 20;
  box.setAttribute('viewBox', '0 0 1000 70');
  box.setAttribute('preserveAspectRatio', 'none');
  const x = j => (j - lo) / (hi - lo) * 1000;
  for (const t of ticks(lo, hi)) {
    box.appendChild(svg('line', { class: 'tick', x1: x(t.jdn), x2: x(t.jdn), y1: 0, y2: 70 }));
    box.appendChild(svg('text', { x: x(t.jdn) + 3, y: 66 }, t.label));
  }
  for (const e of dated) {
    box.appendChild(svg('a', { href: '#/entry/' + enc(e.id) }, svg('title', {}, e.label + ' ' + e.headline),
      svg('rect', { x: x(e.firstJdn), y: 12, width: Math.max(3, x(e.lastJdn + 1) - x(e.firstJdn)), height: 36, fill: '#8c2f1c', 'fill-opacity': 0.45 })));
  }
  return box;
}

// ---- sources

async function pageWork(id) {
  const w = await api('/api/works/' + enc(id));
  title(w.work);
  clear(view);
  view.appendChild(el('h1', { id: 'work-name' }, '《' + w.work + (w.section ? '·' + w.section : '') + '》'));
  const about = [];
  if (w.known) {
    if (w.authors && w.authors.length) about.push(w.authors[0] + ' 撰');
    if (w.date) about.push(w.date);
    if (w.kind) about.push(w.kind);
    if (w.shortForms && w.shortForms.length) about.push('also cited as ' + w.shortForms.map(x => '《' + x + '》').join(''));
  } else {
    about.push('not in the works authority: kept as the text cites it');
  }
  view.appendChild(el('p', { class: 'muted', id: 'work-about' }, about.join(' · ')));
  if (w.section) view.appendChild(el('p', { class: 'small' }, `The section ${w.section} is cited within 《${w.work}》: its rows are below.`));
  view.appendChild(el('h2', {}, '卷 Sections and juan cited'));
  view.appendChild(el('table', { id: 'work-rows' }, el('thead', {}, el('tr', {}, el('th', {}, 'section'), el('th', {}, 'juan'), el('th', {}, 'citations'), el('th', {}, 'entries'))),
    el('tbody', {}, w.rows.map(r => el('tr', {}, el('td', {}, r.section || '—'), el('td', {}, r.juan === null ? '—' : '卷' + r.juan), el('td', {}, r.citations),
      el('td', {}, r.entries.map(x => [el('a', { href: '#/entry/' + enc(x) }, x.split(':').pop()), ' '])))))));
  if (w.oppositions.length) {
    view.appendChild(el('h2', {}, '按 Set against other works'));
    view.appendChild(oppositionList(w.oppositions));
  }
  view.appendChild(el('h2', {}, '紀事 Entries citing it'));
  view.appendChild(w.entries.length ? entryTable(w.entries, 'work-entries') : el('p', { class: 'muted', id: 'work-entries' }, 'No citation block cites it.'));
  if (w.mentionedIn && w.mentionedIn.length) {
    view.appendChild(el('h2', {}, '所見 Entries naming it'));
    view.appendChild(entryTable(w.mentionedIn, 'work-mentioned'));
  }
}

function oppositionList(oppositions) {
  return el('ul', { class: 'list oppositions' }, oppositions.map(o => el('li', {},
    el('strong', {}, o.works.join(' ↔ ')),
    el('ul', {}, o.notes.map(n => el('li', {}, el('a', { href: '#/entry/' + enc(n.entry) }, n.entry), ' ',
      el('span', { class: 'badge' }, n.kind), ' ', n.verdict ? el('span', {}, '從 ' + n.verdict) : el('span', { class: 'muted' }, 'no verdict'),
      n.text ? el('div', { class: 'note small' }, n.text) : null))))));
}

async function pageSources() {
  title('文獻 Sources');
  const [data, docs] = await Promise.all([api('/api/works'), api('/api/documents')]);
  const titles = new Map(docs.documents.map(d => [d.key, d.title || d.key]));
  clear(view);
  view.appendChild(el('h1', {}, '文獻 Sources'));
  for (const d of data.documents) {
    // One document's source index at a time: all of them at once can be larger than a page should load.
    const s = d.sources || (await api('/api/works?document=' + enc(d.document))).documents[0].sources;
    const id = i => d.document + ':' + i;
    if (!s.byWork.length && !s.notes.length) {
      view.appendChild(el('p', { class: 'muted' }, `${titles.get(d.document) || d.document}: no citations of sources.`));
      continue;
    }
    view.appendChild(el('h2', { 'data-document': d.document }, titles.get(d.document) || d.document, ' ', el('span', { class: 'muted small' }, d.document)));
    view.appendChild(el('h3', {}, '所引書 Works cited'));
    view.appendChild(el('table', { class: 'works-table' },
      el('thead', {}, el('tr', {}, el('th', {}, 'work'), el('th', {}, 'entries'), el('th', {}, 'citations'), el('th', {}, 'sections'), el('th', {}, 'juan'))),
      el('tbody', {}, s.byWork.map(w => el('tr', {},
        el('td', {}, el('a', { href: '#/work/' + enc(w.work) }, w.work), w.known ? '' : el('span', { class: 'badge warn' }, 'unknown')),
        el('td', {}, w.entries.length), el('td', {}, w.citations), el('td', {}, w.sections.join('、')), el('td', {}, w.juans.join(', ')))))));
    view.appendChild(el('h3', {}, '孤證 Single-source entries'));
    view.appendChild(el('p', { class: 'single-source' }, s.singleSource.map(x => [el('a', { href: '#/entry/' + enc(id(x.entry)) }, String(x.entry)), el('span', { class: 'muted small' }, '（' + x.work + '）'), ' '])));
    const notesByEntry = new Map(s.notes.map(n => [n.entry + ':' + n.span.start, n]));
    view.appendChild(el('h3', {}, '按 Discrepancies, by pair of works'));
    view.appendChild(oppositionList(s.oppositions.map(o => ({
      works: o.works, notes: o.notes.map(n => ({ entry: id(n.entry), kind: n.kind, verdict: n.verdict, text: (notesByEntry.get(n.entry + ':' + n.span.start) || {}).text })),
    }))));
    if (s.juanMismatches.length || s.diagnostics.length) {
      view.appendChild(el('h3', {}, '⚠ Problems in the citations'));
      view.appendChild(el('ul', { class: 'diaglist source-problems' },
        s.juanMismatches.map(m => el('li', {}, el('a', { href: '#/entry/' + enc(id(m.entry)) }, String(m.entry)), ` 《${m.citation.work}》卷${m.citation.juan} cited for ${m.julianYear}; it covers ${m.juanCoversFrom}–${m.juanCoversTo}`)),
        s.diagnostics.map(x => el('li', {}, el('a', { href: '#/entry/' + enc(id(x.entry)) }, String(x.entry)), ' ' + x.code + '：' + x.message))));
    }
  }
}
