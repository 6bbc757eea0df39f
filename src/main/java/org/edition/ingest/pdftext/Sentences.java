package org.edition.ingest.pdftext;

import java.util.regex.Pattern;

/** Small tests on the shape of a piece of text: does it end a sentence, does it start one. */
public final class Sentences {
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?][’”\"')\\]]*(?: ?\\d{1,3})?[’”\"')\\]]*$");
    private static final Pattern TERMINAL = Pattern.compile(".*([.!?][’”\"')\\]]*\\d{0,3}|[’”\"')\\]])$");

    private Sentences() {
    }

    /** Whether the text ends a sentence: a full stop, question or exclamation mark, perhaps quoted, perhaps with a note number. */
    public static boolean endsSentence(String text) {
        return !text.endsWith("…") && !text.endsWith("...") && SENTENCE_END.matcher(text).matches();
    }

    /** Whether a note text ends in a way a complete note ends: a full stop, a closing quote or bracket, a URL. */
    public static boolean endsComplete(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        String last = t.substring(t.lastIndexOf(' ') + 1);
        if (last.contains("://") || last.startsWith("www.")) {
            return !last.endsWith("-") && !last.endsWith("/") && !last.endsWith(",");
        }
        return TERMINAL.matcher(t).matches();
    }

    /** Whether the text begins like a new sentence or paragraph: a capital, a digit, a quote or a bracket. */
    public static boolean startsSentence(String text) {
        if (text.isEmpty()) {
            return false;
        }
        int c = text.codePointAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || "‘“\"'([…•".indexOf(c) >= 0;
    }

    /** Whether the text begins with a lower-case letter: the rest of a sentence. */
    public static boolean startsLowercase(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }
}
