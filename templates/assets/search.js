/*
 * The search page: builds a lunr index over the edition's paragraphs and notes (loaded as a script,
 * so it works from file://) and lists results with keyword-in-context snippets. Result text is set
 * with textContent only: nothing from the sources is ever parsed as markup.
 */
(function () {
  'use strict';
  var doc = document;
  var data = window.EDITION_SEARCH_DATA || [];
  var status = doc.getElementById('search-status');
  var list = doc.getElementById('search-results');
  var input = doc.getElementById('search-query');
  var header = doc.getElementById('site-search');
  var query = new URLSearchParams(window.location.search).get('q') || '';
  input.value = query;
  if (header) { header.value = query; }
  if (typeof window.lunr !== 'function') {
    status.textContent = 'The search library did not load.';
    return;
  }
  if (!query.trim()) {
    status.textContent = data.length + ' paragraphs and notes can be searched.';
    return;
  }

  var index = window.lunr(function () {
    this.ref('i');
    this.field('t');
    this.metadataWhitelist = ['position'];
    for (var i = 0; i < data.length; i++) {
      this.add({ i: String(i), t: data[i].t });
    }
  });

  function search(q) {
    try {
      return index.search(q);
    } catch (e) {
      return index.search(q.replace(/[:~^*+\-]/g, ' '));
    }
  }
  var terms = query.trim().split(/\s+/).map(function (w) { return '+' + w.replace(/[:~^*+\-]/g, ''); }).join(' ');
  var results = search(terms);
  if (results.length === 0) { results = search(query); }

  function snippet(text, positions) {
    var span = doc.createElement('span');
    span.className = 'snippet';
    if (!positions.length) {
      span.textContent = text.length > 200 ? text.slice(0, 200) + '…' : text;
      return span;
    }
    positions.sort(function (a, b) { return a[0] - b[0]; });
    var start = Math.max(0, positions[0][0] - 80);
    var end = Math.min(text.length, positions[0][0] + 160);
    if (start > 0) { start = text.indexOf(' ', start) + 1 || start; }
    var cursor = start;
    if (start > 0) { span.appendChild(doc.createTextNode('…')); }
    positions.forEach(function (p) {
      if (p[0] < cursor || p[0] + p[1] > end) { return; }
      span.appendChild(doc.createTextNode(text.slice(cursor, p[0])));
      var mark = doc.createElement('mark');
      mark.textContent = text.slice(p[0], p[0] + p[1]);
      span.appendChild(mark);
      cursor = p[0] + p[1];
    });
    span.appendChild(doc.createTextNode(text.slice(cursor, end)));
    if (end < text.length) { span.appendChild(doc.createTextNode('…')); }
    return span;
  }

  var shown = results.slice(0, 100);
  status.textContent = results.length === 0 ? 'Nothing found for “' + query + '”.' :
    results.length + (results.length === 1 ? ' passage' : ' passages') + ' found for “' + query + '”' +
    (results.length > shown.length ? '; the first ' + shown.length + ' are shown.' : '.');
  shown.forEach(function (r) {
    var d = data[Number(r.ref)];
    var positions = [];
    Object.keys(r.matchData.metadata).forEach(function (term) {
      var meta = r.matchData.metadata[term].t;
      if (meta && meta.position) { positions = positions.concat(meta.position); }
    });
    var li = doc.createElement('li');
    var a = doc.createElement('a');
    a.href = d.u;
    a.textContent = d.r + (d.s ? ' — ' + d.s : '') + (d.p ? ', ' + d.p : '');
    li.appendChild(a);
    li.appendChild(snippet(d.t, positions));
    list.appendChild(li);
  });
}());
