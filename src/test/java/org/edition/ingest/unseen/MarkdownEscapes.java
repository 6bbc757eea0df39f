package org.edition.ingest.unseen;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown escaping of author text both ways: {@link #escape} writes text as a perfect importer
 * would, {@link #plain} reads any importer's Markdown back to the author's characters, so that
 * escapes, autolink brackets and entities never count as differences.
 */
final class MarkdownEscapes {
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>]+");
    private static final Pattern URL_TAIL = Pattern.compile("[.,;:!?)\\]”’\"']+$");
    private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^>\\s]+)>");
    private static final Pattern BACKSLASH_ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern SPECIAL = Pattern.compile("[\\\\*_\\[\\]<>`]");

    private MarkdownEscapes() {
    }

    /** The URLs in a text, without the sentence punctuation that follows them. */
    static List<String> urls(String text) {
        List<String> urls = new ArrayList<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            urls.add(URL_TAIL.matcher(m.group()).replaceAll(""));
        }
        return urls;
    }

    /**
     * Escapes author text that opens a paragraph or list item: as {@link #escape}, and a start that
     * Markdown would read as a list marker or heading ({@code 1991. The}, {@code # 3}) is escaped too.
     */
    static String escapeBlock(String text) {
        String escaped = escape(text);
        if (escaped.matches("^\\d+[.)](\\s.*|$)")) {
            return escaped.replaceFirst("^(\\d+)([.)])", "$1\\\\$2");
        } else if (escaped.matches("^[#+\\-](\\s.*|$)")) {
            return "\\" + escaped;
        }
        return escaped;
    }

    /**
     * Escapes author text for edition Markdown: Markdown specials get a backslash, bare URLs become
     * autolinks, and {@code [^n]} references are kept as they are.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile(TruthDocument.REFERENCE.pattern() + "|" + URL.pattern()).matcher(text);
        int at = 0;
        while (m.find()) {
            out.append(escapePlain(text.substring(at, m.start())));
            String found = m.group();
            if (found.startsWith("[^")) {
                out.append(found);
                at = m.end();
            } else {
                String url = URL_TAIL.matcher(found).replaceAll("");
                out.append('<').append(url).append('>');
                at = m.start() + url.length();
            }
        }
        out.append(escapePlain(text.substring(at)));
        return out.toString();
    }

    private static String escapePlain(String text) {
        return SPECIAL.matcher(text).replaceAll(r -> Matcher.quoteReplacement("\\" + r.group()));
    }

    /** Removes every HTML comment (page markers and other editorial markers). */
    static String withoutComments(String markdown) {
        return COMMENT.matcher(markdown).replaceAll("");
    }

    /**
     * The author's characters of a piece of Markdown: autolink brackets removed, backslash escapes
     * and the common entities resolved, Unicode in composed form. Comments and references are left
     * alone (callers remove them first).
     */
    static String plain(String markdown) {
        String text = AUTOLINK.matcher(markdown).replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
        text = BACKSLASH_ESCAPE.matcher(text).replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
