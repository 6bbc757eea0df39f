/**
 * The comparison of the reports, as the link stage computes it: which passages address each theme,
 * the words that set each report apart, the glossary entries and sources they share, the dated events
 * they mention, and the passages of one report most like each paragraph of another. Immutable records
 * that the render stage only reads.
 */
package org.edition.model.compare;
