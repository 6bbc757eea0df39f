package org.edition.ingest.pdftext;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds where a note goes on at the foot of the next page: the block of lines just above that page's block
 * of notes (or at its end, if it opens none), set apart from the running text by a blank line or, in dumps
 * without blank lines, by the wider lines of the smaller type notes are set in. It is taken as the note's
 * continuation only when the note has not ended (no closing punctuation, or a "(continued)" line after it),
 * or when the block begins in lower case.
 */
final class FootnoteContinuation {
    /** A line a template prints after a note that goes on overleaf. */
    static final Pattern CONTINUED = Pattern.compile("(?i)\\(?(?:continued|cont\\.)(?:\\.{2,}|…)?\\)?|continued on (?:the )?next page\\.?");
    private static final double WIDER = 1.04;
    /** On a page that opens no note, a continuation stands at the foot, below some running text. */
    private static final int FOOT_ONLY_BELOW = 3;
    private final SourceLines lines;
    private final LineRoles roles;
    private final LineProfile profile;
    private final int bodyWidth;
    private final int noteWidth;

    /**
     * @param lines   the source
     * @param roles   line roles, with the blocks of notes claimed
     * @param profile the dump's spacing
     * @param zones   the blocks of notes found
     */
    FootnoteContinuation(SourceLines lines, LineRoles roles, LineProfile profile, List<FootZone> zones) {
        this.lines = lines;
        this.roles = roles;
        this.profile = profile;
        List<Integer> body = new ArrayList<>();
        List<Integer> notes = new ArrayList<>();
        for (SourceLine line : lines.all()) {
            if (line.length() >= 20 && roles.isBody(line.number())) {
                body.add(line.length());
            }
        }
        for (FootZone zone : zones) {
            zone.notes().forEach(o -> o.lines().forEach(n -> notes.add(lines.get(n).length())));
        }
        this.bodyWidth = percentile(body, 0.8);
        this.noteWidth = percentile(notes, 0.8);
    }

    /** Whether a note's last line says it goes on at the next page. */
    static boolean marked(SourceLines lines, FootZone.Opened note) {
        List<Integer> at = note.lines();
        return at.size() > 1 && CONTINUED.matcher(lines.get(at.get(at.size() - 1)).text()).matches();
    }

    /**
     * The continuation of a note on a page, before line {@code end}.
     *
     * @param page     the page after the one where the note began
     * @param end      the first line of the page's block of notes, or past the page's end if it has none
     * @param noteText the note's text so far
     * @param marked   whether a "(continued)" line followed the note
     * @return the continuation's lines, or none
     */
    List<Integer> on(Page page, int end, String noteText, boolean marked) {
        List<Integer> body = new ArrayList<>();
        for (int n : FootnoteReader.bodyLines(page, roles)) {
            if (n < end) {
                body.add(n);
            }
        }
        if (body.size() < 2) {
            return List.of();
        }
        int from = setApart(body);
        if (from <= 0) {
            return List.of();
        }
        boolean zoneFollows = end <= page.last();
        if (!zoneFollows && (from < FOOT_ONLY_BELOW || !wide(body.subList(from, body.size())))) {
            return List.of();
        }
        String first = lines.get(body.get(from)).text();
        boolean open = marked || !Sentences.endsComplete(noteText) || Sentences.startsLowercase(first);
        return open ? List.copyOf(body.subList(from, body.size())) : List.of();
    }

    /** Where the last block of the lines begins: after the last blank line, or where the lines stop being wide. */
    private int setApart(List<Integer> body) {
        int step = profile.blankAfterEveryLine() ? 2 : 1;
        for (int k = body.size() - 1; k > 0; k--) {
            if (body.get(k) - body.get(k - 1) > step) {
                return k;
            }
        }
        if (!widthsTell()) {
            return -1;
        }
        int k = body.size() - 1;
        if (k > 0 && lines.get(body.get(k)).length() <= bodyWidth * WIDER) {
            k--;
        }
        while (k > 0 && lines.get(body.get(k - 1)).length() > bodyWidth * WIDER) {
            k--;
        }
        return lines.get(body.get(k)).length() > bodyWidth * WIDER ? k : -1;
    }

    /** Whether most lines of a block (its last aside) are as wide as notes set in smaller type. */
    private boolean wide(List<Integer> block) {
        if (!widthsTell()) {
            return false;
        }
        int wide = 0;
        for (int i = 0; i < block.size() - 1 || i == 0; i++) {
            wide += lines.get(block.get(i)).length() > (bodyWidth + noteWidth) / 2.0 ? 1 : 0;
        }
        return wide * 2 > Math.max(1, block.size() - 1);
    }

    /** Whether notes are set in lines visibly wider than the running text's (smaller type in the same measure). */
    private boolean widthsTell() {
        return noteWidth > bodyWidth * 1.08;
    }

    private static int percentile(List<Integer> values, double p) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Integer> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * p)));
    }
}
