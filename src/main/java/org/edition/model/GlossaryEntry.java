package org.edition.model;

import java.util.List;
import java.util.Locale;

/**
 * An entry of the edition's glossary.
 *
 * @param id              its id, used in its page's URL ({@code glossary/inf-treaty.html})
 * @param term            the entry's name
 * @param kind            what it is: treaty, law, organisation, event, programme, person, place, concept
 * @param aliases         other forms the texts use for it (abbreviations, variants)
 * @param definitionHtml  the definition, rendered from Markdown
 * @param definition      the definition as plain text
 * @param related         ids of related entries
 * @param link            one reference link, or empty
 * @param caseInsensitive whether the term and aliases match in any letter case
 * @param declaredAt      where it is declared ({@code content/glossary.yaml:12})
 */
public record GlossaryEntry(String id, String term, String kind, List<String> aliases, String definitionHtml,
        String definition, List<String> related, String link, boolean caseInsensitive, String declaredAt) {

    /** The kinds an entry may have. */
    public static final List<String> KINDS = List.of("treaty", "law", "organisation", "event", "programme", "person",
            "place", "concept");

    public GlossaryEntry {
        aliases = List.copyOf(aliases);
        related = List.copyOf(related);
        link = link == null ? "" : link;
    }

    /** The term and its aliases: every form that links to the entry. */
    public List<String> forms() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(term), aliases.stream()).toList();
    }

    // Compiled once: the index sorts and files entries by them, asking each entry many times.
    private static final java.util.regex.Pattern LEADING_PUNCTUATION = java.util.regex.Pattern.compile("^[^\\p{L}\\p{N}]+");
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");

    /** The letter the glossary index files it under (A–Z, or # for anything else). */
    public String letter() {
        String first = unmarked();
        char c = first.isEmpty() ? '#' : Character.toUpperCase(first.charAt(0));
        return c >= 'A' && c <= 'Z' ? String.valueOf(c) : "#";
    }

    /** A key for sorting entries alphabetically, ignoring case, accents and leading punctuation. */
    public String sortKey() {
        return unmarked().toLowerCase(Locale.ROOT);
    }

    /** The term without its leading punctuation, decomposed (NFKD), without its combining marks. */
    private String unmarked() {
        String bare = LEADING_PUNCTUATION.matcher(term).replaceAll("");
        return MARKS.matcher(java.text.Normalizer.normalize(bare, java.text.Normalizer.Form.NFKD)).replaceAll("");
    }
}
