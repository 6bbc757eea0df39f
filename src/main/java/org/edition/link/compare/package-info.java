/**
 * Link, comparisons: plain functions from the linked reports to the {@link org.edition.model.compare.Comparison}
 * — theme passages side by side, distinctive vocabulary (Monroe, Colaresi and Quinn 2008), shared glossary
 * entries and sources, a merged timeline of dated events, and related passages found through an
 * inverted index. {@link org.edition.link.compare.ReportComparer} runs them in order.
 */
package org.edition.link.compare;
