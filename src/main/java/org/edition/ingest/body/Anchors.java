package org.edition.ingest.body;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Hands out unique, stable anchor ids within one page. */
public final class Anchors {
    // Compiled once: String.replaceAll and matches compile their expression at every call, and a slug is made
    // for every section, note and reference of every report.
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("(^-+|-+$)");
    private static final Pattern LAST_WORD = Pattern.compile("-[^-]*$");
    private static final Pattern TAKEN_SHAPE = Pattern.compile("p\\d+.*|(note|ref|page)-.*|opening");
    private final Set<String> taken = new HashSet<>();

    /** Claims an id that must be unique; a second claim is a programming error. */
    void claim(String id) {
        if (!taken.add(id)) {
            throw new IllegalStateException("anchor claimed twice: " + id);
        }
    }

    /** The id itself if free, otherwise the id with {@code -2}, {@code -3} … appended. */
    String unique(String wanted, String fallback) {
        String base = wanted.isEmpty() ? fallback : wanted;
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /**
     * A unique id for a section heading: its slug, prefixed with {@code s-} where the slug could
     * clash with the ids of paragraphs, notes, references or pages.
     */
    String section(String heading) {
        String slug = slug(heading);
        if (TAKEN_SHAPE.matcher(slug).matches()) {
            slug = "s-" + slug;
        }
        return unique(slug, "section");
    }

    /**
     * A URL- and id-safe slug: ASCII letters and digits, lower case, words joined by hyphens;
     * {@code "US–RUSSIA RELATIONS BEFORE TRUMP"} → {@code us-russia-relations-before-trump}.
     */
    public static String slug(String text) {
        String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String slug = EDGE_HYPHENS.matcher(NOT_ALPHANUMERIC.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        if (slug.length() > 60) {
            slug = LAST_WORD.matcher(slug.substring(0, 60)).replaceAll("");
        }
        return slug;
    }
}
