// Newsgraph web UI. Everything from the store (titles, text, names, quotes) is scraped, untrusted content:
// it only ever reaches the page as text (textContent, createTextNode, attribute values), never as HTML,
// and only http(s) URLs become links. No innerHTML anywhere in this file.
'use strict';

const main = () => document.getElementById('main');

/** Creates an element with attributes and children (strings become text nodes). */
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k === 'class') e.className = v;
    else if (k === 'on') for (const [ev, fn] of Object.entries(v)) e.addEventListener(ev, fn);
    else e.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    e.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return e;
}

function safeHref(url) {
  return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
}

async function api(path) {
  const r = await fetch(path, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' });
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || ('HTTP ' + r.status));
  return body;
}

function show(...nodes) {
  const m = main();
  m.replaceChildren(...nodes);
}

function showError(err) {
  show(el('p', { class: 'error' }, String(err.message || err)));
}

function entityHref(name) {
  return '#/entity/' + encodeURIComponent(name);
}

// ---- search -------------------------------------------------------------------------------------------

const FACET_PARAMS = { source: 'source', language: 'language', entity: 'entity', country: 'country',
  event_root: 'event_root', modality: 'modality', actor: 'actor' };

// CAMEO 1.1b3 root codes (fixed by the codebook), so that facets and charts can name them.
const ROOTS = { '01': 'Make public statement', '02': 'Appeal', '03': 'Express intent to cooperate', '04': 'Consult',
  '05': 'Engage in diplomatic cooperation', '06': 'Engage in material cooperation', '07': 'Provide aid', '08': 'Yield',
  '09': 'Investigate', '10': 'Demand', '11': 'Disapprove', '12': 'Reject', '13': 'Threaten', '14': 'Protest',
  '15': 'Exhibit force posture', '16': 'Reduce relations', '17': 'Coerce', '18': 'Assault', '19': 'Fight',
  '20': 'Use unconventional mass violence' };
const MODALITIES = ['asserted', 'reported', 'hypothetical', 'negated', 'denied', 'future'];

function facetLabel(dim, value) {
  return dim === 'event_root' && ROOTS[value] ? value + ' ' + ROOTS[value] : value;
}

function searchParams(hash) {
  const i = hash.indexOf('?');
  return new URLSearchParams(i >= 0 ? hash.slice(i + 1) : '');
}

async function searchView(params) {
  const q = params.get('q') || '';
  const form = el('form', { class: 'search', role: 'search' },
    el('input', { type: 'search', name: 'q', id: 'q', value: q, placeholder: 'Search articles (e.g. Tillerson AND Russia)', 'aria-label': 'search text' }),
    el('label', {}, 'from ', el('input', { type: 'date', name: 'from', value: params.get('from') || '' })),
    el('label', {}, 'to ', el('input', { type: 'date', name: 'to', value: params.get('to') || '' })),
    el('select', { name: 'kind', 'aria-label': 'what to search' },
      el('option', { value: 'articles' }, 'articles'), el('option', { value: 'quotes' }, 'quotes')),
    el('label', {}, el('input', { type: 'checkbox', name: 'copies', value: 'include' }), ' include copies'),
    el('button', { type: 'submit', id: 'go' }, 'Search'));
  form.kind.value = params.get('kind') === 'quotes' ? 'quotes' : 'articles';
  form.copies.checked = params.get('copies') === 'include';
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const p = new URLSearchParams(params);
    for (const k of ['q', 'from', 'to', 'kind']) { const v = form[k].value; if (v) p.set(k, v); else p.delete(k); }
    if (form.copies.checked) p.set('copies', 'include'); else p.delete('copies');
    p.delete('cursor');
    location.hash = '#/?' + p.toString();
  });
  const results = el('div', { class: 'results', id: 'results' }, el('p', {}, 'Searching…'));
  const facets = el('div', { class: 'facets', id: 'facets' });
  show(form, el('div', { class: 'layout' }, facets, results));
  let data;
  try {
    data = await api('/api/search?' + params.toString());
  } catch (e) {
    results.replaceChildren(el('p', { class: 'error' }, String(e.message)));
    return;
  }
  const exportParams = new URLSearchParams(params);
  exportParams.delete('cursor'); exportParams.delete('limit'); exportParams.delete('kind');
  const exports = el('p', { class: 'exports' }, 'Export all ' + data.total + ' matches: ',
    el('a', { id: 'export-jsonl', href: '/api/search/export?' + withParam(exportParams, 'format', 'jsonl') }, 'JSON Lines'),
    el('a', { id: 'export-csv', href: '/api/search/export?' + withParam(exportParams, 'format', 'csv') }, 'CSV'));
  const list = data.hits.map(h => el('div', { class: 'hit' },
    el('a', { class: 'title', href: '#/article/' + encodeURIComponent(h.article_id) }, h.title || '(untitled)'),
    el('div', { class: 'meta' }, [h.published, h.source, h.copy_of ? 'copy of ' + h.copy_of : null].filter(Boolean).join(' · ')),
    h.speaker ? el('div', { class: 'meta' }, 'said by ' + h.speaker) : null,
    el('p', { class: 'snippet' }, h.snippet || '')));
  const pager = data.next_cursor
    ? el('p', {}, el('a', { id: 'next', href: '#/?' + withParam(params, 'cursor', data.next_cursor) }, 'Next page →')) : null;
  results.replaceChildren(el('p', { id: 'total' }, data.total + (data.total === 1 ? ' match' : ' matches')), exports, ...list, pager);
  // Names in the query that are entities: one click to their pages.
  const words = q.replace(/\b(AND|OR|NOT)\b|["()*?~^:+\-]/g, ' ').trim();
  if (words.length >= 3) {
    api('/api/entities?limit=5&q=' + encodeURIComponent(words)).then(r => {
      if (!r.entities.length) return;
      results.insertBefore(el('p', { id: 'entity-matches' }, 'Entities: ', ...r.entities.map(e =>
        el('a', { href: entityHref(e.name), class: 'entity-match' }, e.name + ' (' + e.type + ', ' + e.articles + ')'))), results.children[1]);
    }, () => {});
  }
  const countries = (data.facets || {}).country || [];
  if (countries.length) {
    const box = el('div', { class: 'mapbox' }, el('h3', {}, 'Countries named in the matches'));
    results.appendChild(box);
    worldMap(countries, iso => {
      const p = new URLSearchParams(params);
      if (!p.getAll('country').includes(iso)) p.append('country', iso);
      p.delete('cursor');
      location.hash = '#/?' + p.toString();
    }).then(svg => box.appendChild(svg), e => box.appendChild(el('p', { class: 'error' }, String(e.message))));
  }
  for (const [dim, values] of Object.entries(data.facets || {})) {
    if (!values.length) continue;
    facets.appendChild(el('h3', {}, dim));
    const param = FACET_PARAMS[dim];
    for (const v of values) {
      if (dim === 'year') {
        // A year is a date range: ticking it sets from/to, unticking clears them.
        const box = el('input', { type: 'checkbox', 'data-facet': dim, 'data-value': v.value });
        box.checked = params.get('from') === v.value + '-01-01' && params.get('to') === v.value + '-12-31';
        box.addEventListener('change', () => {
          const p = new URLSearchParams(params);
          if (box.checked) { p.set('from', v.value + '-01-01'); p.set('to', v.value + '-12-31'); } else { p.delete('from'); p.delete('to'); }
          p.delete('cursor');
          location.hash = '#/?' + p.toString();
        });
        facets.appendChild(el('label', {}, box, ' ' + v.value + ' (' + v.count + ')'));
        continue;
      }
      if (!param) {
        facets.appendChild(el('div', {}, v.value + ' (' + v.count + ')'));
        continue;
      }
      const selected = params.getAll(param).includes(v.value);
      const box = el('input', { type: 'checkbox', 'data-facet': dim, 'data-value': v.value });
      box.checked = selected;
      box.addEventListener('change', () => {
        const p = new URLSearchParams(params);
        const rest = p.getAll(param).filter(x => x !== v.value);
        p.delete(param);
        for (const x of rest) p.append(param, x);
        if (box.checked) p.append(param, v.value);
        p.delete('cursor');
        location.hash = '#/?' + p.toString();
      });
      facets.appendChild(el('label', {}, box, ' ' + v.value + ' (' + v.count + ')'));
    }
  }
}

function withParam(params, k, v) {
  const p = new URLSearchParams(params);
  p.set(k, v);
  return p.toString();
}

// ---- map --------------------------------------------------------------------------------------------

let worldOutline = null; // the bundled outline (ui/world.json), fetched once per page load

/** A world map (bundled Natural Earth outline, no tile server) shading countries by count; click filters. */
async function worldMap(values, onPick) {
  if (!worldOutline) worldOutline = await api('/ui/world.json');
  const NS = 'http://www.w3.org/2000/svg';
  const counts = new Map(values.map(v => [v.value, v.count]));
  const max = Math.max(1, ...counts.values());
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', worldOutline.viewBox);
  svg.setAttribute('class', 'map');
  svg.setAttribute('id', 'map');
  for (const [iso, d] of Object.entries(worldOutline.countries)) {
    const path = document.createElementNS(NS, 'path');
    path.setAttribute('d', d);
    const n = counts.get(iso) || 0;
    path.setAttribute('class', 'country c' + (n ? Math.min(4, 1 + Math.floor(3 * n / max)) : 0));
    if (!iso.startsWith('_')) path.setAttribute('data-iso', iso);
    const t = document.createElementNS(NS, 'title');
    t.textContent = iso.startsWith('_') ? '' : iso + ': ' + n + (n === 1 ? ' match' : ' matches');
    path.appendChild(t);
    if (n && onPick) path.addEventListener('click', () => onPick(iso));
    svg.appendChild(path);
  }
  return svg;
}

// ---- article ------------------------------------------------------------------------------------------

function actorText(code, name) {
  return code ? (name ? name + ' (' + code + ')' : code) : '—';
}

/** What a hover over an event's words says: code and label, who to whom, modality, reporter, PLOVER. */
function eventTitle(v, m) {
  const modality = (m && m.modality) || v.modality;
  const reporter = (m && m.reporter_text) || (m ? null : v.reporter_text);
  return 'event ' + v.code + ' ' + v.label + ' · ' + actorText(v.source_code, v.source_name) + ' → ' + actorText(v.target_code, v.target_name)
    + ' · ' + modality + (reporter ? ' · reported by ' + reporter : '')
    + (v.plover_event ? ' · PLOVER ' + v.plover_event + (v.plover_mode ? '/' + v.plover_mode : '') : '')
    + ' · Goldstein ' + v.goldstein;
}

function eventItem(v, withArticle) {
  return el('li', { class: 'event-item', 'data-code': v.code },
    el('a', { href: '#/events?' + withParam(new URLSearchParams(), 'event_code', v.code), class: 'code' }, v.code), ' ' + v.label + ': ',
    actorText(v.source_code, v.source_name) + ' → ' + actorText(v.target_code, v.target_name) + ' ',
    el('span', { class: 'modality mod-' + v.modality }, v.modality),
    v.reporter_text ? ' (reported by ' + v.reporter_text + ')' : null,
    withArticle ? [' · ', el('a', { href: '#/article/' + encodeURIComponent(v.article_id) }, v.title || v.article_id),
      v.published ? ' ' + v.published : null] : null);
}

/** The body with entities, quotes and dates highlighted: flat segments, each with every span over it. */
function highlightedBody(a) {
  const text = a.text || '';
  const byId = new Map((a.entities || []).map(e => [e.entity, e]));
  const spans = [];
  for (const m of a.mentions || []) {
    const ent = byId.get(m.entity);
    spans.push({ start: m.start_char, end: m.end_char, kind: 'ent', type: m.type, entity: ent,
      title: m.type + (ent ? ' · ' + ent.name + (ent.country ? ' · ' + ent.country : '')
        + ((ent.roles || []).length ? ' · ' + ent.roles.map(r => r.title).join(', ') : '') : '') });
  }
  for (const q of a.quotes || []) {
    const sp = byId.get(q.speaker);
    spans.push({ start: q.start_char, end: q.end_char, kind: 'quote',
      title: q.kind + ' quote · speaker: ' + (sp ? sp.name : (q.speaker_text || 'unknown')) + (q.verb ? ' · verb: ' + q.verb : '') });
  }
  for (const d of a.dates || []) {
    spans.push({ start: d.start_char, end: d.end_char, kind: 'date', title: d.type + ' ' + d.value });
  }
  // Events: every mention's action words, titled with the event's codes, actors, modality and reporter.
  const events = new Map((a.events || []).map(v => [v.event, v]));
  const mentions = (a.event_mentions || []).length ? a.event_mentions : (a.events || []).map(v => ({ ...v, mention: 0 }));
  for (const m of mentions) {
    const v = events.get(m.event);
    if (!v) continue;
    spans.push({ start: m.start_char, end: m.end_char, kind: 'event', modality: m.modality, code: v.code, title: eventTitle(v, m) });
  }
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    if (s.start >= 0 && s.end <= text.length && s.start < s.end) { cuts.add(s.start); cuts.add(s.end); }
  }
  const points = [...cuts].sort((x, y) => x - y);
  const body = el('div', { class: 'body', id: 'body' });
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i], to = points[i + 1];
    const piece = text.slice(from, to);
    const over = spans.filter(s => s.start <= from && s.end >= to);
    if (!over.length) { body.appendChild(document.createTextNode(piece)); continue; }
    const ent = over.find(s => s.kind === 'ent');
    const ev = over.find(s => s.kind === 'event');
    const classes = [...new Set(over.map(s => s.kind === 'ent' ? 'ent ' + s.type : s.kind === 'event' ? 'event mod-' + s.modality : s.kind))].join(' ');
    const title = over.map(s => s.title).join('\n');
    const node = ent && ent.entity
      ? el('a', { class: classes, href: entityHref(ent.entity.name), title: title, 'data-entity': ent.entity.name }, piece)
      : el('span', { class: classes, title: title, 'data-event-code': ev ? ev.code : null }, piece);
    body.appendChild(node);
  }
  return body;
}

async function articleView(id) {
  let a;
  try {
    a = await api('/api/articles/' + encodeURIComponent(id));
  } catch (e) { showError(e); return; }
  const url = safeHref(a.url);
  const meta = el('p', { class: 'meta' },
    [a.published, a.source_name, (a.authors || []).join(', '), a.language].filter(Boolean).join(' · '), ' ',
    url ? el('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank', id: 'source-link' }, 'original page') : (a.url ? '(' + a.url + ')' : null));
  const aside = el('aside', {},
    el('h3', {}, 'Entities'),
    el('ul', { id: 'entities' }, ...(a.entities || []).map(e => el('li', {},
      el('a', { href: entityHref(e.name), class: 'entity-link' }, e.name), ' ' + e.type + (e.country ? ' · ' + e.country : '') + ' · ' + e.mentions + '×'))),
    el('h3', {}, 'Quotes'),
    el('ul', { id: 'quotes' }, ...(a.quotes || []).map(q => el('li', {}, '“' + q.text + '” — ' + (q.speaker_text || '?')))),
    el('h3', {}, 'Copies'),
    (a.copies || []).length ? el('ul', {}, ...a.copies.map(c => el('li', {}, el('a', { href: '#/article/' + encodeURIComponent(c.id) }, c.title || c.id),
      ' ' + [c.source_name, c.published].filter(Boolean).join(' · ')))) : el('p', { class: 'note' }, 'none'),
    a.copy_of ? el('p', {}, 'Copy of ', el('a', { href: '#/article/' + encodeURIComponent(a.copy_of) }, a.copy_of)) : null,
    el('h3', {}, 'Events'),
    (a.events || []).length ? el('ul', { id: 'article-events' }, ...a.events.map(v => eventItem(v, false))) : el('p', { class: 'note' }, 'none coded'),
    el('p', { class: 'legend' }, el('span', { class: 'ent PERSON' }, 'entity'), el('span', { class: 'quote' }, 'quote'), el('span', { class: 'date' }, 'date'),
      el('span', { class: 'event mod-asserted' }, 'event')));
  const bare = !(a.mentions || []).length && !(a.quotes || []).length && !(a.dates || []).length && !(a.events || []).length;
  show(el('div', { class: 'article' },
    el('div', {}, el('h1', { id: 'title' }, a.title || '(untitled)'), meta,
      bare ? el('p', { class: 'note', id: 'no-annotations' }, 'No entities, quotes, dates or events are stored for this article (it was ingested without the annotate stage).') : null,
      highlightedBody(a),
      a.credit ? el('p', { class: 'meta' }, a.credit) : null), aside));
}

// ---- entity -------------------------------------------------------------------------------------------

/** A bar chart per month (plain SVG, nothing fetched): points are {day, <field>}; unit names the counted things. */
function timelineChart(points, field, unit, id) {
  field = field || 'articles'; unit = unit || 'article(s)';
  const NS = 'http://www.w3.org/2000/svg';
  const months = new Map();
  for (const p of points) { const m = String(p.day).slice(0, 7); months.set(m, (months.get(m) || 0) + p[field]); }
  const keys = [...months.keys()].sort();
  const w = 600, h = 120, pad = 20;
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('class', 'timeline'); svg.setAttribute('id', id || 'timeline');
  svg.setAttribute('viewBox', '0 0 ' + w + ' ' + h); svg.setAttribute('width', w); svg.setAttribute('height', h);
  const max = Math.max(1, ...months.values());
  const bw = keys.length ? (w - 2 * pad) / keys.length : 0;
  keys.forEach((k, i) => {
    const v = months.get(k);
    const r = document.createElementNS(NS, 'rect');
    const bh = (h - 2 * pad) * v / max;
    r.setAttribute('x', pad + i * bw + 1); r.setAttribute('y', h - pad - bh);
    r.setAttribute('width', Math.max(1, bw - 2)); r.setAttribute('height', bh);
    const t = document.createElementNS(NS, 'title'); t.textContent = k + ': ' + v + ' ' + unit; r.appendChild(t);
    svg.appendChild(r);
    if (i === 0 || i === keys.length - 1) {
      const label = document.createElementNS(NS, 'text');
      label.setAttribute('x', pad + i * bw); label.setAttribute('y', h - 5); label.textContent = k; svg.appendChild(label);
    }
  });
  return svg;
}

async function entityView(name) {
  let e;
  try {
    e = await api('/api/entity?name=' + encodeURIComponent(name));
  } catch (err) { showError(err); return; }
  show(el('div', { class: 'entity' },
    el('h1', { id: 'entity-name' }, e.name),
    el('p', { class: 'meta' }, [e.type, e.country, e.article_count + ' article(s)', e.mention_count + ' mention(s)',
      e.first_seen ? 'from ' + e.first_seen + ' to ' + e.last_seen : null].filter(Boolean).join(' · ')),
    (e.roles || []).length ? el('p', {}, 'Roles: ' + e.roles.map(r => r.title + (r.country ? ' (' + r.country + ')' : '')).join('; ')) : null,
    (e.aliases || []).length ? el('p', {}, 'Also: ' + e.aliases.map(a => a.alias).join(', ')) : null,
    el('h2', {}, 'Timeline'), timelineChart(e.timeline || []),
    el('h2', {}, 'Articles'),
    el('ul', { id: 'entity-articles' }, ...(e.articles || []).map(a => el('li', {},
      el('a', { href: '#/article/' + encodeURIComponent(a.id) }, a.title || a.id), ' ' + [a.published, a.source_name].filter(Boolean).join(' · ')))),
    el('h2', {}, 'Mentions'),
    (e.mentions || []).length ? el('ul', { id: 'entity-mentions' }, ...e.mentions.map(m => {
      const at = m.start_char - m.context_start, ctx = m.context || '';
      return el('li', {}, '…' + ctx.slice(0, at), el('mark', {}, ctx.slice(at, at + (m.end_char - m.start_char))),
        ctx.slice(at + (m.end_char - m.start_char)) + '… ', el('a', { href: '#/article/' + encodeURIComponent(m.article_id) }, m.title || m.article_id));
    })) : el('p', { class: 'note' }, 'none found'),
    el('h2', {}, 'Quotes'),
    (e.quotes || []).length ? el('ul', { id: 'entity-quotes' }, ...e.quotes.map(q => el('li', {}, '“' + q.text + '” ',
      el('a', { href: '#/article/' + encodeURIComponent(q.article_id) }, q.title || q.article_id)))) : el('p', { class: 'note' }, 'none found'),
    el('h2', {}, 'Events'),
    (e.events || []).length ? el('div', {}, el('p', {}, e.event_count + ' event(s) with ' + e.name + ' as source or target; ',
      el('a', { href: '#/events?' + withParam(new URLSearchParams(), 'entity', e.name), id: 'entity-explore' }, 'explore them')),
      el('ul', { id: 'entity-events' }, ...e.events.map(v => eventItem(v, true)))) : el('p', { class: 'note' }, 'none coded'),
    el('p', {}, el('a', { href: '#/?' + withParam(new URLSearchParams(), 'entity', e.name) }, 'Search articles naming ' + e.name))));
}

// ---- events -------------------------------------------------------------------------------------------

const EVENT_FILTERS = ['event_code', 'event_root', 'modality', 'actor', 'country', 'entity', 'from', 'to', 'source', 'bbox', 'near'];

/** The event explorer: filters, a timeline of events per month, the offline map of actor countries, top codes and actors, the events. */
async function eventsView(params) {
  const root = el('select', { name: 'event_root', 'aria-label': 'CAMEO root' }, el('option', { value: '' }, 'any root'),
    ...Object.entries(ROOTS).map(([k, v]) => el('option', { value: k }, k + ' ' + v)));
  const modality = el('select', { name: 'modality', 'aria-label': 'modality' }, el('option', { value: '' }, 'any modality'),
    ...MODALITIES.map(m => el('option', { value: m }, m)));
  const form = el('form', { class: 'search', id: 'event-filters' },
    el('input', { type: 'text', name: 'event_code', placeholder: 'CAMEO code (04, 042)', size: 14, value: params.get('event_code') || '', 'aria-label': 'event code' }),
    root, modality,
    el('input', { type: 'text', name: 'actor', placeholder: 'actor (SYRGOV, Assad)', size: 16, value: params.get('actor') || '', 'aria-label': 'actor' }),
    el('input', { type: 'text', name: 'country', placeholder: 'country (SYR)', size: 8, value: params.get('country') || '', 'aria-label': 'country' }),
    el('label', {}, 'from ', el('input', { type: 'date', name: 'from', value: params.get('from') || '' })),
    el('label', {}, 'to ', el('input', { type: 'date', name: 'to', value: params.get('to') || '' })),
    el('button', { type: 'submit', id: 'events-go' }, 'Filter'));
  root.value = params.get('event_root') || '';
  modality.value = params.get('modality') || '';
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const p = new URLSearchParams();
    for (const k of EVENT_FILTERS) {
      const v = form[k] ? form[k].value.trim() : params.get(k);
      if (v) p.set(k, v);
    }
    location.hash = '#/events?' + p.toString();
  });
  const filters = new URLSearchParams();
  for (const k of EVENT_FILTERS) for (const v of params.getAll(k)) filters.append(k, v);
  const body = el('div', { id: 'events-body' }, el('p', {}, 'Loading…'));
  show(el('h1', {}, 'Event explorer'), form, body);
  let list, days, countries, roots, actors;
  try {
    const pageParams = new URLSearchParams(filters);
    pageParams.set('limit', '50');
    if (params.get('cursor')) pageParams.set('cursor', params.get('cursor'));
    [list, days, countries, roots, actors] = await Promise.all([api('/api/events?' + pageParams),
      ...['day', 'country', 'root', 'actor'].map(by => api('/api/events/aggregate?' + withParam(filters, 'by', by)))]);
  } catch (e) {
    body.replaceChildren(el('p', { class: 'error' }, String(e.message)));
    return;
  }
  const refine = (k, v) => () => { const p = new URLSearchParams(filters); p.set(k, v); location.hash = '#/events?' + p.toString(); };
  const exports = el('p', { class: 'exports' }, 'Export the ' + list.total + ' matching events: ',
    el('a', { id: 'events-export-jsonl', href: '/api/events/export?' + withParam(filters, 'format', 'jsonl') }, 'JSON Lines'),
    el('a', { id: 'events-export-csv', href: '/api/events/export?' + withParam(filters, 'format', 'csv') }, 'CSV'),
    ' · whole store as GDELT: ',
    el('a', { href: '/api/gdelt/events?header=true' }, 'Events'), el('a', { href: '/api/gdelt/mentions?header=true' }, 'Mentions'),
    el('a', { href: '/api/gdelt/gkg?header=true' }, 'GKG'));
  const top = (title, id, groups, key, label) => el('div', { class: 'top' }, el('h3', {}, title),
    groups.length ? el('ul', { id: id }, ...groups.slice(0, 12).map(g => el('li', {},
      el('a', { href: '#', class: 'refine', on: { click: ev => { ev.preventDefault(); refine(key, g.key)(); } } }, label(g)), ' ' + g.events)))
      : el('p', { class: 'note' }, 'none'));
  const rows = list.events.map(v => el('tr', { class: 'event-row', 'data-code': v.code },
    el('td', {}, v.published || ''), el('td', {}, v.code + ' ' + v.label), el('td', {}, actorText(v.source_code, v.source_name)),
    el('td', {}, actorText(v.target_code, v.target_name)), el('td', {}, el('span', { class: 'modality mod-' + v.modality }, v.modality)),
    el('td', {}, el('a', { href: '#/article/' + encodeURIComponent(v.article_id) }, v.title || v.article_id))));
  const pager = list.next_cursor
    ? el('p', {}, el('a', { id: 'events-next', href: '#/events?' + withParam(filters, 'cursor', list.next_cursor) }, 'Next page →')) : null;
  const mapBox = el('div', { class: 'mapbox' }, el('h3', {}, 'Actor countries (click to filter) and where events happened (points: click for the place)'));
  body.replaceChildren(el('p', { id: 'events-total' }, list.total + (list.total === 1 ? ' event' : ' events')), exports,
    el('h2', {}, 'Timeline'), timelineChart(days.groups.map(g => ({ day: g.key, events: g.events })), 'events', 'event(s)', 'events-timeline'),
    mapBox,
    el('div', { class: 'layout' },
      top('Roots', 'top-roots', roots.groups, 'event_root', g => g.key + ' ' + (ROOTS[g.key] || '')),
      top('Actors', 'top-actors', actors.groups, 'actor', g => g.label ? g.label + ' (' + g.key + ')' : g.key)),
    el('h2', {}, 'Events'),
    rows.length ? el('table', { class: 'rows', id: 'events-table' }, el('tr', {}, ...['date', 'event', 'source', 'target', 'modality', 'article']
      .map(h => el('th', {}, h))), ...rows) : el('p', { class: 'note', id: 'events-none' }, 'No events match.'),
    pager, el('h2', {}, 'Tables'), await statsTable());
  worldMap(countries.groups.map(g => ({ value: g.key, count: g.events })), iso => refine('country', iso)())
    .then(async svg => { mapBox.appendChild(svg); await placePoints(svg, filters); },
      e => mapBox.appendChild(el('p', { class: 'error' }, String(e.message))));
}

/**
 * The events' places as points on the map (the outline's equirectangular frame: x = lon + 180, y = 90 - lat),
 * sized by how many events happened there; a click opens the place's page.
 */
async function placePoints(svg, filters) {
  const NS = 'http://www.w3.org/2000/svg';
  const places = await api('/api/events/aggregate?' + withParam(filters, 'by', 'place'));
  const max = Math.max(1, ...places.groups.map(g => g.events));
  for (const g of places.groups) {
    if (typeof g.lat !== 'number' || typeof g.lon !== 'number') continue;
    const c = document.createElementNS(NS, 'circle');
    c.setAttribute('cx', String(g.lon + 180));
    c.setAttribute('cy', String(90 - g.lat));
    c.setAttribute('r', String(0.8 + 2.2 * Math.sqrt(g.events / max)));
    c.setAttribute('class', 'place-point');
    c.setAttribute('data-place', g.key);
    const t = document.createElementNS(NS, 'title');
    t.textContent = g.key + ': ' + g.events + (g.events === 1 ? ' event' : ' events');
    c.appendChild(t);
    c.addEventListener('click', () => { location.hash = placeHash(g.key); });
    svg.appendChild(c);
  }
}

function placeHash(fullName) {
  return '#/place/' + encodeURIComponent(fullName);
}

/** A place page: where it is, the articles naming it, the events that happened there, on the offline map. */
async function placeView(fullName) {
  let p;
  try {
    p = await api('/api/place?name=' + encodeURIComponent(fullName));
  } catch (err) { showError(err); return; }
  const at = p.place;
  if (!at) { show(el('div', { class: 'place' }, el('h1', {}, fullName), el('p', { class: 'note' }, 'No stored article names this place.'))); return; }
  const near = at.lat.toFixed(4) + ',' + at.lon.toFixed(4) + ',50';
  const mapBox = el('div', { class: 'mapbox' });
  show(el('div', { class: 'place' },
    el('h1', { id: 'place-name' }, p.full_name),
    el('p', { class: 'meta', id: 'place-meta' }, [at.lat.toFixed(4) + ', ' + at.lon.toFixed(4), at.feature_code, at.country,
      at.fips ? 'FIPS ' + at.fips : null, at.adm1 ? 'ADM1 ' + at.adm1 : null, at.geonames_id ? 'GeoNames ' + at.geonames_id : null,
      at.article_count + ' article(s)', at.mention_count + ' mention(s)'].filter(Boolean).join(' · ')),
    mapBox,
    el('p', {}, el('a', { id: 'place-nearby', href: '#/events?' + new URLSearchParams({ near: near }).toString() }, 'Events within 50 km')),
    el('h2', {}, 'Timeline'), timelineChart(p.timeline || []),
    el('h2', {}, 'Events that happened here'),
    (p.events || []).length ? el('ul', { id: 'place-events' }, ...p.events.map(v => eventItem(v, true))) : el('p', { class: 'note' }, 'none coded'),
    el('h2', {}, 'Articles'),
    el('ul', { id: 'place-articles' }, ...(p.articles || []).map(a => el('li', {},
      el('a', { href: '#/article/' + encodeURIComponent(a.id) }, a.title || a.id), ' ' + (a.published || '') + ' · ' + a.mentions + ' mention(s)')))));
  try {
    const svg = await worldMap([], null);
    mapBox.appendChild(svg);
    const c = document.createElementNS('http://www.w3.org/2000/svg', 'circle');
    c.setAttribute('cx', String(at.lon + 180));
    c.setAttribute('cy', String(90 - at.lat));
    c.setAttribute('r', '2');
    c.setAttribute('class', 'place-point');
    c.setAttribute('id', 'place-point');
    svg.appendChild(c);
  } catch (e) { mapBox.appendChild(el('p', { class: 'error' }, String(e.message))); }
}

async function statsTable() {
  try {
    const s = await api('/api/stats');
    const fmt = ['parquet', 'csv', 'jsonl'];
    return el('table', { class: 'rows' }, el('tr', {}, el('th', {}, 'table'), el('th', {}, 'rows'), el('th', {}, 'export')),
      ...Object.entries(s).filter(([, v]) => typeof v === 'number' && v !== null).map(([k, v]) => el('tr', {}, el('td', {}, k), el('td', {}, v),
        el('td', {}, ...(k === 'copies' ? [] : fmt.map(f => el('a', { href: '/api/export/' + encodeURIComponent(k) + '?format=' + f, class: 'export' }, f + ' ')))))));
  } catch (e) { return el('p', { class: 'error' }, e.message); }
}

// ---- router -------------------------------------------------------------------------------------------

function route() {
  const h = location.hash || '#/';
  if (h.startsWith('#/article/')) return articleView(decodeURIComponent(h.slice(10)));
  if (h.startsWith('#/entity/')) return entityView(decodeURIComponent(h.slice(9)));
  if (h.startsWith('#/place/')) return placeView(decodeURIComponent(h.slice(8)));
  if (h.startsWith('#/events')) return eventsView(searchParams(h));
  return searchView(searchParams(h));
}

window.addEventListener('hashchange', route);
window.addEventListener('DOMContentLoaded', route);
