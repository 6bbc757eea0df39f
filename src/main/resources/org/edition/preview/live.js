// The preview's live reload, added by `edition serve` to the pages it serves; never part of site/.
// It waits for the next build with a script request the server holds open (the site's
// Content-Security-Policy allows scripts from the page's own origin and no other connection), then
// reloads the page when the site changed, or shows the build's error over the last good page.
(function () {
  'use strict';
  var me = document.currentScript;
  var generation = me.getAttribute('data-generation');
  var shown = '0';
  var failures = 0;
  var overlayId = 'edition-preview-overlay';

  function poll() {
    var s = document.createElement('script');
    s.src = '/_edition/wait.js?generation=' + generation + '&failure=' + shown;
    s.onload = function () { s.remove(); };
    s.onerror = function () {
      s.remove();
      failures = Math.min(failures + 1, 8);
      setTimeout(poll, 250 * failures);
    };
    document.head.appendChild(s);
  }

  function element(name, className, text) {
    var e = document.createElement(name);
    if (className) { e.className = className; }
    if (text) { e.textContent = text; }
    return e;
  }

  function stylesheet() {
    if (!document.getElementById(overlayId + '-style')) {
      var link = element('link');
      link.id = overlayId + '-style';
      link.rel = 'stylesheet';
      link.href = '/_edition/overlay.css';
      document.head.appendChild(link);
    }
  }

  function hide() {
    var old = document.getElementById(overlayId);
    if (old) { old.remove(); }
  }

  function show(failure) {
    hide();
    stylesheet();
    var box = element('section');
    box.id = overlayId;
    box.setAttribute('role', 'alert');
    box.setAttribute('aria-labelledby', overlayId + '-title');
    var title = element('h2', '', 'The build failed');
    title.id = overlayId + '-title';
    box.appendChild(title);
    var list = element('ul');
    failure.diagnostics.forEach(function (d) {
      var item = element('li', 'edition-preview-' + d.severity);
      if (d.position) { item.appendChild(element('code', 'edition-preview-position', d.position)); item.appendChild(document.createTextNode(': ')); }
      item.appendChild(element('strong', '', d.severity + ': '));
      item.appendChild(document.createTextNode(d.message));
      list.appendChild(item);
    });
    box.appendChild(list);
    box.appendChild(element('p', '', failure.summary));
    var close = element('button', '', 'Hide');
    close.type = 'button';
    close.addEventListener('click', hide);
    box.appendChild(close);
    document.body.appendChild(box);
  }

  window.EditionPreview = {
    reload: function () { location.reload(); },
    failed: function (failure) { failures = 0; shown = String(failure.number); show(failure); poll(); },
    cleared: function () { failures = 0; shown = '0'; hide(); poll(); },
    again: function () { failures = 0; poll(); }
  };

  // Started after the page has loaded, so that the waiting request never holds up its load event.
  if (document.readyState === 'complete') {
    setTimeout(poll, 0);
  } else {
    window.addEventListener('load', function () { setTimeout(poll, 0); });
  }
})();
