package org.edition.ingest.body;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Hands out unique, stable anchor ids within one page. */
public final class Anchors {
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
        if (slug.matches("p\\d+.*|(note|ref|page)-.*|opening")) {
            slug = "s-" + slug;
        }
        return unique(slug, "section");
    }

    /**
     * A URL- and id-safe slug: ASCII letters and digits, lower case, words joined by hyphens;
     * {@code "US–RUSSIA RELATIONS BEFORE TRUMP"} → {@code us-russia-relations-before-trump}.
     */
    public static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-[^-]*$", "");
        }
        return slug;
    }
}
