package org.edition.ingest.pdfmarkdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.edition.ingest.furniture.PrintedPageNumber;
import org.edition.ingest.furniture.RunningLineKey;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.Intervention;
import org.edition.ingest.pdfmarkdown.SourceBlock.Kind;

/**
 * What a page break leaves in the converter's text besides the notes: running heads and feet (the same
 * short line on page after page, maybe with the page number in it, found next to a note block or a rule
 * at least twice, so that a caption repeated in the body is not taken for one) and page numbers alone on
 * a line next to a note block or a rule. Both are removed, each recorded, so that a paragraph cut by the page
 * can be joined again.
 */
final class RunningLines {
    /** How often a short line must come back to be a running head or foot. */
    static final int REPEATS = 3;
    private static final int MAX_LENGTH = 80;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;,]$");

    private RunningLines() {
    }

    /**
     * Removes running heads, feet and page numbers.
     *
     * @param blocks the body's blocks
     * @param log    records each line removed
     * @return the blocks that remain
     */
    static List<SourceBlock> remove(List<SourceBlock> blocks, ImportLog log) {
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> atPageEnds = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            SourceBlock b = blocks.get(i);
            if (candidate(b)) {
                seen.merge(key(b.text()), 1, Integer::sum);
                atPageEnds.merge(key(b.text()), nextToPageEnd(blocks, i - 1) || nextToPageEnd(blocks, i + 1) ? 1 : 0,
                        Integer::sum);
            }
        }
        List<SourceBlock> rest = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            SourceBlock b = blocks.get(i);
            if (candidate(b) && seen.get(key(b.text())) >= REPEATS && atPageEnds.get(key(b.text())) >= 2
                    && !PrintedPageNumber.is(b.text())) {
                log.did(Intervention.Kind.RUNNING_HEAD_REMOVED, b.line(), b.text());
            } else if (b.is(Kind.PARAGRAPH) && PrintedPageNumber.is(b.text())
                    && (nextToPageEnd(blocks, i - 1) || nextToPageEnd(blocks, i + 1))) {
                log.did(Intervention.Kind.PAGE_NUMBER_REMOVED, b.line(), b.text());
            } else {
                rest.add(b);
            }
        }
        return rest;
    }

    /** A short paragraph that does not end like a sentence: it may be a running head. */
    private static boolean candidate(SourceBlock b) {
        String t = b.text().strip();
        return b.is(Kind.PARAGRAPH) && !t.isEmpty() && t.length() <= MAX_LENGTH && !SENTENCE_END.matcher(t).find()
                && !key(t).isEmpty();
    }

    /** What the line keeps from page to page, so that "7 | Title" and "8 | Title" count as one. */
    private static String key(String text) {
        return RunningLineKey.of(text);
    }

    private static boolean nextToPageEnd(List<SourceBlock> blocks, int k) {
        return k >= 0 && k < blocks.size() && (blocks.get(k).is(Kind.RULE) || blocks.get(k).is(Kind.NUMBERED));
    }
}
