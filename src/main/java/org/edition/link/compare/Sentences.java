package org.edition.link.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a paragraph into sentences: after a full stop, question or exclamation mark (and any closing quote
 * or bracket) followed by a space and a capital, a digit or an opening quote — but not after an initial
 * ("Donald J. Trump") or a common abbreviation ("Mr.", "U.S.", "e.g.").
 */
final class Sentences {
    private static final Pattern END = Pattern.compile("[.!?…][”’\"')\\]]*\\s+(?=[\\p{Lu}\\p{N}“‘\"'(])");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen",
            "col", "lt", "sgt", "no", "nos", "vol", "p", "pp", "ed", "eds", "e.g", "i.e", "etc", "cf", "vs", "u.s", "u.k",
            "u.n", "ch", "fig", "approx", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "aug", "sept", "oct", "nov", "dec");

    private Sentences() {
    }

    /** A sentence: where it starts and ends in the paragraph (end exclusive, trailing space left out). */
    record Span(int start, int end) {
        String of(String text) {
            return text.substring(start, end);
        }
    }

    /** The sentences of a text, in order. */
    static List<Span> of(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        Matcher m = END.matcher(text);
        while (m.find()) {
            if (isAbbreviation(text, m.start())) {
                continue;
            }
            int end = m.end();
            String sentence = text.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                out.add(new Span(start, start + text.substring(start, end).stripTrailing().length()));
            }
            start = end;
        }
        if (start < text.strip().length() + (text.length() - text.stripLeading().length())) {
            out.add(new Span(start, text.stripTrailing().length()));
        }
        return out;
    }

    private static boolean isAbbreviation(String text, int dot) {
        if (text.charAt(dot) != '.') {
            return false;
        }
        int from = dot;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && text.charAt(from - 1) != '(') {
            from--;
        }
        String word = text.substring(from, dot).toLowerCase(java.util.Locale.ROOT);
        return (word.length() == 1 && Character.isLetter(word.charAt(0))) || ABBREVIATIONS.contains(word);
    }
}
