/*
 * The edition's reading aids, all progressive: without JavaScript every link still works.
 * - Note references open the note in a popover (on click, or on keyboard focus); Esc closes it.
 *   On wide screens the popover sits in the margin beside the text, like a side note.
 * - A paragraph's number offers a ready-made citation of that paragraph.
 * - The theme button cycles system → light → dark and remembers the choice.
 * - Citations get copy buttons.
 * - On a theme's page comparing more than two reports, two menus choose the pair set side by side
 *   (without JavaScript every report's column is shown, one after another).
 * Text from the sources is never parsed as markup: nodes are cloned or set with textContent.
 */
(function () {
  'use strict';
  var doc = document;
  var root = doc.documentElement;
  var wide = window.matchMedia('(min-width: 75rem)');

  /* ---- Theme ---- */
  var toggle = doc.querySelector('.theme-toggle');
  if (toggle) {
    var order = ['system', 'light', 'dark'];
    var current = function () { return root.getAttribute('data-theme') || 'system'; };
    var label = function () {
      /* The accessible name starts with the visible text (WCAG 2.5.3, Label in Name: voice control users
         say what they see), and says what pressing it does. */
      toggle.textContent = 'Theme: ' + current();
      toggle.setAttribute('aria-label', 'Theme: ' + current() + ' (press to change the colour scheme)');
    };
    toggle.hidden = false;
    label();
    toggle.addEventListener('click', function () {
      var next = order[(order.indexOf(current()) + 1) % order.length];
      if (next === 'system') {
        root.removeAttribute('data-theme');
      } else {
        root.setAttribute('data-theme', next);
      }
      try {
        if (next === 'system') {
          window.localStorage.removeItem('edition-theme');
        } else {
          window.localStorage.setItem('edition-theme', next);
        }
      } catch (e) { /* not remembered, still applied */ }
      label();
    });
  }

  /* ---- Copying ---- */
  function copyText(text, button) {
    var done = function () {
      var before = button.textContent;
      button.textContent = 'Copied';
      window.setTimeout(function () { button.textContent = before; }, 1500);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { fallbackCopy(text); done(); });
    } else {
      fallbackCopy(text);
      done();
    }
  }
  function fallbackCopy(text) {
    var area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'offscreen';
    doc.body.appendChild(area);
    area.select();
    try { doc.execCommand('copy'); } catch (e) { /* the text stays selectable */ }
    doc.body.removeChild(area);
  }
  function copyButton(text, what) {
    var b = doc.createElement('button');
    b.type = 'button';
    b.className = 'copy-button';
    b.textContent = 'Copy';
    b.setAttribute('aria-label', 'Copy ' + what);
    b.addEventListener('click', function () { copyText(typeof text === 'function' ? text() : text, b); });
    return b;
  }
  Array.prototype.forEach.call(doc.querySelectorAll('.cite-block .citation'), function (c) {
    var what = c.classList.contains('bibtex') ? 'the BibTeX entry' : 'the Chicago citation';
    c.parentNode.insertBefore(copyButton(function () { return c.textContent.trim(); }, what), c.nextSibling);
  });

  /* ---- Popovers (notes, paragraph citations) ---- */
  var popover = null;
  var owner = null;

  function closePopover(returnFocus) {
    if (!popover) { return; }
    popover.parentNode.removeChild(popover);
    popover = null;
    if (owner) {
      owner.setAttribute('aria-expanded', 'false');
      owner.removeAttribute('aria-controls');
      if (returnFocus) { owner.focus(); }
    }
    owner = null;
  }

  function stripIds(node) {
    if (node.nodeType !== 1) { return node; }
    node.removeAttribute('id');
    Array.prototype.forEach.call(node.querySelectorAll('[id]'), function (e) { e.removeAttribute('id'); });
    return node;
  }

  function place(box, anchor) {
    var container = box.offsetParent || doc.body;
    var a = anchor.getBoundingClientRect();
    var c = container.getBoundingClientRect();
    var top = a.bottom - c.top + 4;
    if (wide.matches) {
      box.classList.add('in-margin');
      top = a.top - c.top;
    } else {
      box.classList.remove('in-margin');
    }
    box.style.top = Math.round(top) + 'px';
  }

  function openPopover(anchor, content, labelText, extraClass) {
    closePopover(false);
    var box = doc.createElement('span');
    box.className = 'popover ' + extraClass;
    box.id = 'popover';
    box.setAttribute('role', 'group');
    box.setAttribute('aria-label', labelText);
    box.appendChild(content);
    var close = doc.createElement('button');
    close.type = 'button';
    close.className = 'popover-close';
    close.textContent = '×';
    close.setAttribute('aria-label', 'Close');
    close.addEventListener('click', function () { closePopover(true); });
    box.appendChild(close);
    var host = anchor.closest('.para, h2, h3, h4, h5, h6, .note-text, li') || anchor.parentNode;
    host.appendChild(box);
    place(box, anchor);
    popover = box;
    owner = anchor;
    anchor.setAttribute('aria-expanded', 'true');
    anchor.setAttribute('aria-controls', 'popover');
  }

  function noteContent(ref) {
    var note = doc.getElementById(ref.getAttribute('href').slice(1));
    var wrap = doc.createElement('span');
    wrap.className = 'popover-body';
    var head = doc.createElement('span');
    head.className = 'popover-title';
    head.textContent = 'Note ' + ref.textContent;
    wrap.appendChild(head);
    var text = note && note.querySelector('.note-text');
    if (text) {
      var copy = stripIds(text.cloneNode(true));
      var span = doc.createElement('span');
      span.className = 'popover-text';
      while (copy.firstChild) { span.appendChild(copy.firstChild); }
      wrap.appendChild(span);
    }
    var go = doc.createElement('a');
    go.href = '#' + (note ? note.id : '');
    go.className = 'popover-link';
    go.textContent = 'Go to the note';
    go.addEventListener('click', function () { closePopover(false); });
    wrap.appendChild(go);
    return wrap;
  }

  var article = doc.querySelector('article.report');
  function paragraphCitation(number, id) {
    var d = article.dataset;
    var url = d.pageUrl || (/^https?:$/.test(window.location.protocol) ? window.location.href.split('#')[0] : '');
    var text = d.citeBefore + d.citeTitle + d.citeAfter + ' ¶ ' + number + '. In ' + d.edition +
      (d.editors ? ', edited by ' + d.editors : '') + '.' + (url ? ' ' + url + '#' + id + '.' : '');
    return text.replace(/\s+/g, ' ').trim();
  }
  function citeContent(link) {
    var para = link.closest('.para');
    var number = link.textContent.replace(/[^0-9]/g, '');
    var text = paragraphCitation(number, para.id);
    var wrap = doc.createElement('span');
    wrap.className = 'popover-body';
    var head = doc.createElement('span');
    head.className = 'popover-title';
    head.textContent = 'Cite paragraph ' + number;
    wrap.appendChild(head);
    var body = doc.createElement('span');
    body.className = 'popover-text citation';
    body.textContent = text;
    wrap.appendChild(body);
    wrap.appendChild(copyButton(text, 'the citation of paragraph ' + number));
    return wrap;
  }

  function termContent(term) {
    var def = doc.getElementById('def-' + term.getAttribute('data-term'));
    var wrap = doc.createElement('span');
    wrap.className = 'popover-body';
    if (def) {
      var copy = stripIds(def.cloneNode(true));
      while (copy.firstChild) { wrap.appendChild(copy.firstChild); }
    }
    var go = doc.createElement('a');
    go.href = term.getAttribute('href');
    go.className = 'popover-link';
    go.textContent = 'Glossary entry and every occurrence';
    wrap.appendChild(go);
    return wrap;
  }
  function openTerm(term) {
    if (owner === term) { return; }
    openPopover(term, termContent(term), 'Glossary: ' + term.textContent, 'term-popover');
  }
  var hoverTimer = null;
  doc.addEventListener('mouseover', function (event) {
    var term = event.target.closest && event.target.closest('a.term');
    if (term) {
      window.clearTimeout(hoverTimer);
      hoverTimer = window.setTimeout(function () { openTerm(term); }, 250);
    }
  });
  doc.addEventListener('mouseout', function (event) {
    var term = event.target.closest && event.target.closest('a.term');
    if (term) { window.clearTimeout(hoverTimer); }
    var leaving = popover && owner && owner.classList.contains('term') &&
      !(event.relatedTarget && (popover.contains(event.relatedTarget) || owner.contains(event.relatedTarget)));
    if (leaving && (term === owner || (popover && popover.contains(event.target)))) {
      hoverTimer = window.setTimeout(function () { if (owner && owner.classList.contains('term')) { closePopover(false); } }, 400);
    }
  });

  doc.addEventListener('click', function (event) {
    var target = event.target;
    var ref = target.closest && target.closest('a[role="doc-noteref"]');
    if (ref) {
      event.preventDefault();
      if (owner === ref) { closePopover(false); return; }
      openPopover(ref, noteContent(ref), 'Note ' + ref.textContent, 'note-popover');
      return;
    }
    var number = article && target.closest && target.closest('a.para-number');
    if (number) {
      openPopover(number, citeContent(number), 'Cite paragraph ' + number.textContent, 'cite-popover');
      return;
    }
    if (popover && !popover.contains(target)) { closePopover(false); }
  });

  doc.addEventListener('focusin', function (event) {
    var term = event.target.closest && event.target.closest('a.term');
    if (term && term.matches(':focus-visible')) {
      openTerm(term);
      return;
    }
    var ref = event.target.closest && event.target.closest('a[role="doc-noteref"]');
    if (ref && owner !== ref && ref.matches(':focus-visible')) {
      openPopover(ref, noteContent(ref), 'Note ' + ref.textContent, 'note-popover');
      return;
    }
    if (popover && !popover.contains(event.target) && event.target !== owner) { closePopover(false); }
  });

  doc.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && popover) {
      event.preventDefault();
      closePopover(true);
    }
  });

  /* ---- Glossary index: filter by kind ---- */
  var filter = doc.querySelector('.kind-filter');
  if (filter) {
    filter.hidden = false;
    filter.addEventListener('change', function () {
      var kind = (filter.querySelector('input:checked') || {}).value || '';
      Array.prototype.forEach.call(doc.querySelectorAll('.entries .entry'), function (e) {
        e.hidden = kind !== '' && e.getAttribute('data-kind') !== kind;
      });
      Array.prototype.forEach.call(doc.querySelectorAll('section.letter'), function (s) {
        s.hidden = s.querySelectorAll('.entry:not([hidden])').length === 0;
      });
    });
  }

  /* ---- Margin: pull quotes and annotations beside their passage on wide screens ---- */
  var text = doc.querySelector('.report-text');
  function anchorOf(item) {
    if (item.classList.contains('annotation')) {
      var mark = doc.getElementById('annotated-' + item.id.replace(/^annotation-/, ''));
      if (mark) { return mark; }
    }
    var before = item.previousElementSibling;
    while (before && before.classList.contains('annotation')) { before = before.previousElementSibling; }
    return before || item;
  }
  function placeMargin() {
    if (!text) { return; }
    var items = Array.prototype.slice.call(text.querySelectorAll('.annotation, .pull-quote'));
    items.forEach(function (item) { item.classList.remove('in-margin'); item.style.top = ''; });
    if (!wide.matches) { return; }
    var base = text.getBoundingClientRect().top;
    var placed = items.map(function (item) {
      return { item: item, top: anchorOf(item).getBoundingClientRect().top - base };
    });
    placed.forEach(function (p) { p.item.classList.add('in-margin'); });
    placed.sort(function (a, b) { return a.top - b.top; });
    var bottom = -Infinity;
    placed.forEach(function (p) {
      var top = Math.max(p.top, bottom + 16);
      p.item.style.top = Math.round(top) + 'px';
      bottom = top + p.item.offsetHeight;
    });
  }
  placeMargin();
  if (wide.addEventListener) { wide.addEventListener('change', placeMargin); }

  /* ---- A theme's page with more than two reports: the reader picks the two set side by side ---- */
  var choice = doc.querySelector('.column-choice');
  var board = doc.querySelector('.side-by-side');
  if (choice && board) {
    var left = doc.getElementById('left-report');
    var right = doc.getElementById('right-report');
    var pair = function () {
      Array.prototype.forEach.call(board.querySelectorAll('.column'), function (column) {
        var report = column.getAttribute('data-report');
        column.hidden = report !== left.value && report !== right.value;
        column.style.order = report === left.value ? '0' : '1';
      });
      board.classList.add('paired');
    };
    /* A link to one report's column (#column-<id>, as the counts of a theme in parts make) sets it on the left. */
    var fromAddress = function () {
      var id = location.hash.indexOf('#column-') === 0 ? location.hash.slice('#column-'.length) : '';
      var named = /^[a-z0-9-]+$/.test(id) && board.querySelector('.column[data-report="' + id + '"]');
      if (!named) { return false; }
      if (right.value === id) { right.value = left.value; }
      left.value = id;
      pair();
      named.scrollIntoView();
      return true;
    };
    choice.hidden = false;
    left.addEventListener('change', pair);
    right.addEventListener('change', pair);
    window.addEventListener('hashchange', fromAddress);
    if (!fromAddress()) { pair(); }
  }

  window.addEventListener('resize', function () { if (popover && owner) { place(popover, owner); } });
}());
