/**
 * The held-out evaluation of the pdf-text import: original reports written as truth documents, a
 * simulator that renders them as PDF text extractors do, and a scorer that measures what an import
 * recovered of their note references, note texts, headings and body words.
 */
package org.edition.ingest.unseen;
