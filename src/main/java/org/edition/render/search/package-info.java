/**
 * Render, search: the edition's full-text index, made at build time and split into small scripts that the
 * search page loads as a query needs them ({@code assets/search/}): a table of contents, the postings of a
 * range of words per part, the searched texts sixteen documents per part. Scripts, not data fetched, so
 * that search works from {@code file://} and under any URL prefix; {@code templates/assets/search.js}
 * reads them, with the same words ({@link org.edition.render.search.SearchTerms}).
 */
package org.edition.render.search;
