/* Applies the reader's chosen colour scheme (kept in localStorage) before the page is painted. */
(function () {
  'use strict';
  try {
    var theme = window.localStorage.getItem('edition-theme');
    if (theme === 'light' || theme === 'dark') {
      document.documentElement.setAttribute('data-theme', theme);
    }
  } catch (e) {
    /* Storage may be unavailable (private mode, file:// restrictions): the system scheme applies. */
  }
}());
