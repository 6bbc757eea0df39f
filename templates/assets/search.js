/*
 * The search page. The index is made when the edition is built (org.edition.render.search.SearchIndex) and
 * split into small scripts in assets/search/: a table of contents (index.js, loaded with the page), the
 * postings of a run of words per part (t<n>.js) and the searched texts, sixteen documents per part
 * (d<n>.js). A query loads the postings parts of its words, ranks the documents, then loads the texts of
 * the results it shows, twenty at a time. Parts are scripts added to the page, not data fetched, so search
 * works from file:// and under any URL prefix.
 *
 * Ranking: passages holding every word first; among them those holding the words as the query's phrase
 * (its small words in between), then those holding them closest together, then by BM25 term weights.
 * Result text is set with textContent only: nothing from the sources is ever parsed as markup.
 */
(function (root) {
  'use strict';

  /* Words, cut and normalised exactly as SearchTerms.java cuts them. */
  var WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
  var MARKS = /\p{M}+/gu;
  var STOP = new Set(('a able about across after all almost also am among an and any are as at be because been but by can ' +
    'cannot could dear did do does either else ever every for from get got had has have he her hers him his how however i ' +
    'if in into is it its just least let like likely may me might most must my neither no nor not of off often on only or ' +
    'other our own rather said say says she should since so some than that the their them then there these they this tis ' +
    'to too twas us wants was we were what when where which while who whom why will with would yet you your').split(' '));

  function stem(w) {
    var n = w.length;
    if (n > 4 && /ies$/.test(w) && !/[ea]ies$/.test(w)) { return w.slice(0, -3) + 'y'; }
    if (n > 3 && /es$/.test(w) && !/[aeo]es$/.test(w)) { return w.slice(0, -1); }
    if (n > 3 && /s$/.test(w) && !/(us|ss|is)$/.test(w)) { return w.slice(0, -1); }
    return w;
  }

  function normalise(word) {
    var w = word.toLowerCase();
    if (/[^\x00-\x7f]/.test(w)) { w = w.normalize('NFKD').replace(MARKS, ''); }
    w = w.replace(/’/g, "'");
    if (w.slice(-2) === "'s") { w = w.slice(0, -2); }
    return stem(w.replace(/'/g, ''));
  }

  /** Every word of a text: its indexed form (null for a function word), its position, where it stands. */
  function words(text) {
    var out = [];
    var m;
    var position = 0;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) {
      var term = normalise(m[0]);
      out.push({ term: term && !STOP.has(term) ? term : null, position: position, start: m.index, end: m.index + m[0].length });
      position++;
    }
    return out;
  }

  /* Numbers in postings: base-32 digits, lowest first, the last digit from LAST, the others from MORE. */
  var LAST = '0123456789abcdefghijklmnopqrstuv';
  var MORE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ-_.~+=';
  var DIGIT = {};
  for (var k = 0; k < 32; k++) { DIGIT[LAST.charCodeAt(k)] = k; DIGIT[MORE.charCodeAt(k)] = 32 + k; }

  /** A word's postings: document → its positions there. */
  function decode(text) {
    var numbers = [];
    var n = 0;
    var scale = 1;
    for (var i = 0; i < text.length; i++) {
      var d = DIGIT[text.charCodeAt(i)];
      if (d >= 32) { n += (d - 32) * scale; scale *= 32; } else { numbers.push(n + d * scale); n = 0; scale = 1; }
    }
    var docs = new Map();
    var doc = -1;
    for (var j = 0; j < numbers.length;) {
      doc += numbers[j++];
      var count = numbers[j++];
      var positions = [];
      var at = 0;
      for (var c = 0; c < count; c++) { at += numbers[j++]; positions.push(at); }
      docs.set(doc, positions);
    }
    return docs;
  }

  /**
   * The search engine over an index's table of contents; load(name) gives a promise of a part's data.
   * Kept apart from the page, so that bench/search-bytes.sh can run it on a built site with Node.
   */
  function Engine(index, load) {
    this.index = index;
    this.load = load;
    this.terms = {};
  }

  /** The postings part that holds a word: the last whose first word is not after it. */
  Engine.prototype.partOf = function (term) {
    var parts = this.index.parts;
    var lo = 0;
    var hi = parts.length - 1;
    if (hi < 0 || term < parts[0]) { return -1; }
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (parts[mid] <= term) { lo = mid; } else { hi = mid - 1; }
    }
    return lo;
  };

  /** A promise of a word's postings ({df, docs}), or of null when no document holds it. */
  Engine.prototype.postings = function (term) {
    var self = this;
    var part = this.partOf(term);
    if (part < 0) { return Promise.resolve(null); }
    return this.load('t' + part).then(function (data) {
      for (var i = 0; i < data.length; i += 3) {
        if (data[i] === term) {
          if (!self.terms[term]) { self.terms[term] = { df: data[i + 1], docs: decode(data[i + 2]) }; }
          return self.terms[term];
        }
      }
      return null;
    });
  };

  /** A promise of the ranked results of a query: [{doc, matched, phrase, near, weight}], best first. */
  Engine.prototype.search = function (query) {
    var self = this;
    var asked = words(query).filter(function (w) { return w.term; });
    var distinct = [];
    asked.forEach(function (w) { if (distinct.indexOf(w.term) < 0) { distinct.push(w.term); } });
    if (!distinct.length) { return Promise.resolve([]); }
    return Promise.all(distinct.map(function (t) { return self.postings(t); })).then(function (lists) {
      var found = {};
      distinct.forEach(function (t, i) { if (lists[i]) { found[t] = lists[i]; } });
      var present = distinct.filter(function (t) { return found[t]; });
      if (!present.length) { return []; }
      var all = present.length === distinct.length;
      var candidates = new Set();
      if (all) {
        var rarest = present.slice().sort(function (a, b) { return found[a].df - found[b].df; })[0];
        found[rarest].docs.forEach(function (_, doc) {
          if (present.every(function (t) { return found[t].docs.has(doc); })) { candidates.add(doc); }
        });
      }
      if (!candidates.size) {
        present.forEach(function (t) { found[t].docs.forEach(function (_, doc) { candidates.add(doc); }); });
      }
      var n = self.index.documents;
      var results = [];
      candidates.forEach(function (doc) {
        var matched = 0;
        var weight = 0;
        present.forEach(function (t) {
          var at = found[t].docs.get(doc);
          if (at) {
            matched++;
            var df = found[t].df;
            weight += Math.log(1 + (n - df + 0.5) / (df + 0.5)) * at.length / (at.length + 1.2);
          }
        });
        var whole = matched === distinct.length;
        results.push({ doc: doc, matched: matched, phrase: whole && phrase(asked, found, doc) ? 1 : 0,
          near: whole ? nearness(asked, found, doc) : 0, weight: weight });
      });
      results.sort(function (a, b) {
        return b.matched - a.matched || b.phrase - a.phrase || b.near - a.near || b.weight - a.weight || a.doc - b.doc;
      });
      return results;
    });
  };

  /** Whether the document holds the query's words in the query's order and spacing. */
  function phrase(asked, found, doc) {
    var first = found[asked[0].term].docs.get(doc);
    var sets = asked.map(function (w) { return new Set(found[w.term].docs.get(doc)); });
    return first.some(function (p) {
      return asked.every(function (w, i) { return sets[i].has(p + w.position - asked[0].position); });
    });
  }

  /** How close together the document holds one of each query word: 1 for as close as in the query, less further apart. */
  function nearness(asked, found, doc) {
    var terms = [];
    asked.forEach(function (w) { if (terms.indexOf(w.term) < 0) { terms.push(w.term); } });
    var events = [];
    terms.forEach(function (t, i) { found[t].docs.get(doc).forEach(function (p) { events.push([p, i]); }); });
    events.sort(function (a, b) { return a[0] - b[0]; });
    var count = new Array(terms.length).fill(0);
    var covered = 0;
    var best = Infinity;
    for (var lo = 0, hi = 0; hi < events.length; hi++) {
      if (count[events[hi][1]]++ === 0) { covered++; }
      while (covered === terms.length) {
        best = Math.min(best, events[hi][0] - events[lo][0]);
        if (--count[events[lo][1]] === 0) { covered--; }
        lo++;
      }
    }
    var span = asked[asked.length - 1].position - asked[0].position;
    return Math.min(1, (span + 1) / (best + 1));
  }

  /** A promise of documents by number: [url, report, section, place, text] each. */
  Engine.prototype.documents = function (ids) {
    var self = this;
    var per = this.index.perPart;
    return Promise.all(ids.map(function (id) {
      return self.load('d' + Math.floor(id / per)).then(function (data) { return data[id % per]; });
    }));
  };

  if (typeof module === 'object' && module.exports) {
    module.exports = { Engine: Engine, words: words, normalise: normalise };
    return;
  }

  /* The page. */
  var doc = root.document;
  var status = doc.getElementById('search-status');
  var list = doc.getElementById('search-results');
  var input = doc.getElementById('search-query');
  var header = doc.getElementById('site-search');
  var query = new URLSearchParams(root.location.search).get('q') || '';
  var SHOWN = 20;
  input.value = query;
  if (header) { header.value = query; }

  function done(text) {
    status.textContent = text;
    status.setAttribute('data-state', 'done');
  }

  var index = root.EDITION_SEARCH_INDEX;
  if (!index) {
    done('The search index did not load.');
    return;
  }
  var script = doc.currentScript;
  var base = script ? script.src.replace(/search\.js(?:[?#].*)?$/, 'search/') : 'assets/search/';
  var loading = {};
  var waiting = {};
  root.EDITION_SEARCH_PART = function (name, data) {
    if (waiting[name]) { waiting[name](data); delete waiting[name]; }
  };
  function load(name) {
    if (!loading[name]) {
      loading[name] = new Promise(function (resolve, reject) {
        waiting[name] = resolve;
        var s = doc.createElement('script');
        s.src = base + name + '.js';
        s.onerror = function () { reject(new Error('part ' + name + ' of the search index did not load')); };
        doc.head.appendChild(s);
      });
    }
    return loading[name];
  }

  if (!query.trim()) {
    done(index.documents + ' paragraphs, notes and glossary entries can be searched.');
    return;
  }

  var engine = new Engine(index, load);
  var marked = new Set(words(query).map(function (w) { return w.term; }).filter(Boolean));

  function snippet(text) {
    var span = doc.createElement('span');
    span.className = 'snippet';
    var hits = words(text).filter(function (w) { return w.term && marked.has(w.term); });
    if (!hits.length) {
      span.textContent = text.length > 200 ? text.slice(0, 200) + '…' : text;
      return span;
    }
    var start = Math.max(0, hits[0].start - 80);
    var end = Math.min(text.length, hits[0].start + 160);
    if (start > 0) { start = text.indexOf(' ', start) + 1 || start; }
    var cursor = start;
    if (start > 0) { span.appendChild(doc.createTextNode('…')); }
    hits.forEach(function (h) {
      if (h.start < cursor || h.end > end) { return; }
      span.appendChild(doc.createTextNode(text.slice(cursor, h.start)));
      var mark = doc.createElement('mark');
      mark.textContent = text.slice(h.start, h.end);
      span.appendChild(mark);
      cursor = h.end;
    });
    span.appendChild(doc.createTextNode(text.slice(cursor, end)));
    if (end < text.length) { span.appendChild(doc.createTextNode('…')); }
    return span;
  }

  var more = doc.createElement('button');
  more.type = 'button';
  more.className = 'search-more';
  more.hidden = true;
  list.parentNode.insertBefore(more, list.nextSibling);

  function show(results, from) {
    var page = results.slice(from, from + SHOWN);
    return engine.documents(page.map(function (r) { return r.doc; })).then(function (docs) {
      docs.forEach(function (d) {
        var li = doc.createElement('li');
        var a = doc.createElement('a');
        a.href = d[0];
        a.textContent = d[1] + (d[2] ? ' — ' + d[2] : '') + (d[3] ? ', ' + d[3] : '');
        li.appendChild(a);
        li.appendChild(snippet(d[4]));
        list.appendChild(li);
      });
      var next = from + page.length;
      more.hidden = next >= results.length;
      more.textContent = 'Show ' + Math.min(SHOWN, results.length - next) + ' more of ' + results.length;
      more.onclick = function () { more.disabled = true; show(results, next).then(function () { more.disabled = false; }); };
      return next;
    });
  }

  status.textContent = 'Searching…';
  engine.search(query).then(function (results) {
    if (!results.length) {
      done('Nothing found for “' + query + '”.');
      return null;
    }
    return show(results, 0).then(function () {
      done(results.length + (results.length === 1 ? ' passage' : ' passages') + ' found for “' + query + '”' +
        (results.length > SHOWN ? '; the first ' + Math.min(SHOWN, results.length) + ' are shown.' : '.'));
    });
  }).catch(function (e) {
    done('The search failed: ' + e.message + '.');
  });
}(typeof window === 'undefined' ? this : window));
