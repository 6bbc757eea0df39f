/**
 * The edition check ({@code edition check}): reads a published site as a reader and a crawler would,
 * offline — links and anchors, ids, alternative texts, reachability from the home page, resources from
 * other hosts, notes and their back-links, annotations and emendations still anchored — and lists the
 * editors' remaining work. Every finding is a {@link org.edition.diagnostics.Diagnostic} naming the file
 * and line (jsoup's source positions).
 */
package org.edition.check;
