package org.edition.ingest.pdftext;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edition.ingest.importer.WordCount;

/**
 * Tells how much a text looks like a PDF dump: plain text without Markdown syntax, hard-wrapped lines
 * of similar length, note numbers glued to words, form feeds.
 */
public final class PdfTextSniffer {
    /**
     * Markdown's marks. Every one begins with one of the characters of the leading look-ahead, which
     * changes nothing the expression finds but spares the seven alternatives at every other character.
     */
    private static final Pattern MARKDOWN = Pattern.compile(
            "(?m)(?=[<\\[#*_|`\\]-])(?:<sup>|^\\[\\^[^\\]]{1,1000}\\]:|^#{1,6} \\S|^(?:---|\\*\\*\\*|___)\\s*$|\\]\\([^)]{0,1000}\\)|^\\|.*\\|\\s*$|^```)");
    private static final Pattern GLUED = Pattern.compile("\\p{Ll}[.,;:’”)]?\\d{1,3}(?=\\s|$)");

    /** What only Markdown written as Markdown holds: footnote definitions, superscript tags. */
    private static final Pattern WRITTEN_MARKDOWN = Pattern.compile("(?m)<sup>|^\\[\\^[^\\]]{1,1000}\\]:");

    /**
     * A score from 0 (surely not a PDF dump) to 90 (surely one). Form feeds between pages are a dump's
     * own mark (no Markdown file has them), so a text with several is a dump whatever a few of its lines
     * look like (a report quoting code or a configuration file: {@code # comment}, {@code |a|b|}).
     */
    public int score(String text) {
        if (formFeeds(text) >= 2 && !WRITTEN_MARKDOWN.matcher(text).find()) {
            return 90;
        }
        Matcher markdown = MARKDOWN.matcher(text);
        int markdownHits = 0;
        while (markdown.find() && markdownHits < 5) {
            markdownHits++;
        }
        if (markdownHits >= 2) {
            return 5;
        }
        List<Integer> lengths = new ArrayList<>();
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (WordCount.of(t) >= 4) {
                lengths.add(t.length());
            }
        }
        if (lengths.size() < 5) {
            return markdownHits > 0 ? 5 : 30;
        }
        Collections.sort(lengths);
        int median = lengths.get(lengths.size() / 2);
        long similar = lengths.stream().filter(l -> l >= median * 0.6 && l <= median * 1.25).count();
        boolean wrapped = median >= 35 && median <= 130 && similar >= lengths.size() * 0.6;
        int glued = 0;
        Matcher g = GLUED.matcher(text);
        while (g.find() && glued < 3) {
            glued++;
        }
        int score = 40 + (wrapped ? 30 : 0) + (glued >= 3 ? 10 : 0) + (text.indexOf('\f') >= 0 ? 10 : 0);
        return Math.min(90, score - (markdownHits > 0 ? 30 : 0));
    }

    private static int formFeeds(String text) {
        int count = 0;
        for (int i = text.indexOf('\f'); i >= 0 && count < 2; i = text.indexOf('\f', i + 1)) {
            count++;
        }
        return count;
    }
}
