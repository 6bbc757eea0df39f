package org.edition.ingest.importer;

import java.util.regex.Pattern;

/**
 * Writes plain source text as Markdown that renders as the same text: characters Markdown would
 * read as syntax are escaped with a backslash. Importers use it for every piece of author's text.
 */
public final class MarkdownText {
    private static final Pattern BLOCK_START = Pattern.compile("^( {0,3})([#>+=-]|\\d{1,9}[.)])(?=\\s|$)");
    private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");
    private static final Pattern HTML_START = Pattern.compile("<(?=[A-Za-z/!?])");
    private static final Pattern BARE_URL = Pattern.compile("(?<![\\w</])(https?://[^\\s<>\"]+[^\\s<>\".,;:!?)\\]’”'])");

    private MarkdownText() {
    }

    /**
     * Escapes text that will stand inside a paragraph or note: emphasis and link syntax, HTML and
     * entity starts, and a block marker at the start ({@code #}, {@code >}, {@code 1.} …).
     * Bare URLs become autolinks {@code <https://…>}.
     */
    public static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '|'
                    || (c == '~' && i + 1 < text.length() && text.charAt(i + 1) == '~')) {
                s.append('\\');
            }
            s.append(c);
        }
        String escaped = ENTITY.matcher(s).replaceAll("&amp;");
        escaped = HTML_START.matcher(escaped).replaceAll("\\\\<");
        escaped = BLOCK_START.matcher(escaped).replaceFirst("$1\\\\$2");
        return autolink(escaped);
    }

    /** Wraps bare http(s) URLs in angle brackets, undoing the escapes {@link #escape} put inside them. */
    private static String autolink(String escaped) {
        java.util.regex.Matcher m = BARE_URL.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String url = m.group(1).replace("\\_", "_").replace("\\*", "*").replace("\\~", "~")
                    .replace("\\[", "[").replace("\\]", "]").replace("\\|", "|").replace("\\\\", "\\")
                    .replace("&amp;", "&");
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement("<" + url + ">"));
        }
        m.appendTail(out);
        return out.toString();
    }
}
