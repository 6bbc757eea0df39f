/**
 * Model: the edition as immutable records — the edition, its reports, their sections, paragraphs,
 * pull quotes and notes — that every later stage reads and none mutates.
 */
package org.edition.model;
