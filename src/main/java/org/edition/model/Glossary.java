package org.edition.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The edition's glossary: its entries in alphabetical order and, once linked, every occurrence of
 * their terms in the reports.
 *
 * @param entries     the entries, sorted by term
 * @param occurrences every occurrence, in report and reading order
 */
public record Glossary(List<GlossaryEntry> entries, List<TermOccurrence> occurrences) {

    /** A glossary without entries. */
    public static final Glossary EMPTY = new Glossary(List.of(), List.of());

    public Glossary {
        entries = entries.stream().sorted(Comparator.comparing(GlossaryEntry::sortKey).thenComparing(GlossaryEntry::id)).toList();
        occurrences = List.copyOf(occurrences);
    }

    /** The entry with this id, if any. */
    public Optional<GlossaryEntry> entry(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The occurrences of one entry. */
    public List<TermOccurrence> occurrencesOf(String entryId) {
        return occurrences.stream().filter(o -> o.entryId().equals(entryId)).toList();
    }

    /** The occurrences of one entry in one report. */
    public List<TermOccurrence> occurrencesOf(String entryId, String reportId) {
        return occurrences.stream().filter(o -> o.entryId().equals(entryId) && o.reportId().equals(reportId)).toList();
    }

    /** The letters that have entries, in order. */
    public List<String> letters() {
        return entries.stream().map(GlossaryEntry::letter).distinct().sorted().toList();
    }

    /** The entries filed under a letter. */
    public List<GlossaryEntry> entriesUnder(String letter) {
        return entries.stream().filter(e -> e.letter().equals(letter)).toList();
    }

    /** The kinds used by the entries, in the canonical order. */
    public List<String> kinds() {
        return GlossaryEntry.KINDS.stream().filter(k -> entries.stream().anyMatch(e -> e.kind().equals(k))).toList();
    }
}
