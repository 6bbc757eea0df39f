package org.edition.ingest.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.Intervention;

/**
 * Joins the lines of a paragraph, heading or note: with a space, or, where a line ends in a hyphen
 * and the next begins with a lower-case letter, by undoing the hyphenation unless the word is
 * hyphenated somewhere else in the text (then it is a compound and keeps its hyphen); URLs broken
 * across lines are joined without a space.
 */
final class Joiner {
    private static final Pattern HYPHENATED = Pattern.compile("(\\p{L}+)[-‐](\\p{L}+)");
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)[-‐\u00ad]$");
    private static final Pattern FIRST_WORD = Pattern.compile("^(\\p{Ll}+)");
    private final Set<String> compounds;
    private final ImportLog log;

    private Joiner(Set<String> compounds, ImportLog log) {
        this.compounds = compounds;
        this.log = log;
    }

    /** A joiner that knows the words hyphenated inside the lines of the document. */
    static Joiner of(List<List<TextLine>> pages, ImportLog log) {
        Set<String> compounds = new HashSet<>();
        for (List<TextLine> page : pages) {
            for (TextLine line : page) {
                String text = line.text();
                Matcher m = HYPHENATED.matcher(text);
                while (m.find()) {
                    if (m.end() < text.length()) {
                        compounds.add((m.group(1) + "-" + m.group(2)).toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return new Joiner(compounds, log);
    }

    /**
     * Appends a line's pieces to a text.
     *
     * @param text the text so far (changed)
     * @param next the line's pieces
     * @param page the page, for the report
     */
    void append(List<Inline> text, List<Inline> next, int page) {
        if (text.isEmpty()) {
            text.addAll(next);
            return;
        }
        if (next.isEmpty()) {
            return;
        }
        int last = text.size() - 1;
        if (text.get(last) instanceof Inline.Words w && next.get(0) instanceof Inline.Words n) {
            String before = w.text().stripTrailing();
            String after = n.text().stripLeading();
            String joined = join(before, after, page);
            List<Inline> rest = new ArrayList<>(next.subList(1, next.size()));
            text.set(last, new Inline.Words(joined));
            text.addAll(rest);
        } else {
            if (text.get(last) instanceof Inline.Words w && !w.text().endsWith(" ")) {
                text.set(last, new Inline.Words(w.text() + " "));
            } else if (!(text.get(last) instanceof Inline.Words)) {
                text.add(new Inline.Words(" "));
            }
            if (next.get(0) instanceof Inline.Words n) {
                text.add(new Inline.Words(n.text().stripLeading()));
                text.addAll(next.subList(1, next.size()));
            } else {
                text.addAll(next);
            }
        }
        List<Inline> merged = LineText.merge(text);
        text.clear();
        text.addAll(merged);
    }

    private String join(String before, String after, int page) {
        String lastToken = before.substring(before.lastIndexOf(' ') + 1);
        if ((lastToken.contains("://") || lastToken.startsWith("www.")) && !lastToken.matches(".*[.,;)]$")
                && !after.isEmpty() && !Character.isUpperCase(after.charAt(0))) {
            log.did(Intervention.Kind.URL_REJOINED, page, lastToken);
            return before + after;
        }
        String end = before.length() > 80 ? before.substring(before.length() - 80) : before;
        Matcher word = LAST_WORD.matcher(end);
        Matcher first = FIRST_WORD.matcher(after);
        if (word.find() && first.find()) {
            String compound = (word.group(1) + "-" + first.group(1)).toLowerCase(Locale.ROOT);
            if (before.endsWith("\u00ad") || !compounds.contains(compound)) {
                log.did(Intervention.Kind.HYPHEN_JOINED, page, word.group(1) + "-" + first.group(1));
                return before.substring(0, before.length() - 1) + after;
            }
            log.did(Intervention.Kind.HYPHEN_KEPT, page, word.group(1) + "-" + first.group(1));
            return before + after;
        }
        if (before.endsWith("/") || before.endsWith("-") || before.endsWith("‐")) {
            return before + after;
        }
        return before + " " + after;
    }
}
