package org.edition.ingest.pdfmarkdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.edition.ingest.pdfmarkdown.SourceBlock.Kind;

/**
 * A run of numbered items that may be a page's note block: consecutive numbers, each item with the
 * blocks that continue it (a note split by a blank line), and, right after a rule, a first block without
 * a number that continues the last note of the page before.
 *
 * @param start   index of its first block (after the rule, if any)
 * @param end     index of the first block after it
 * @param leading the unnumbered block that opens it after a rule, or null
 * @param items   its items, continuations joined
 * @param joined  the blocks joined to an item, for the report
 */
record NoteRun(int start, int end, SourceBlock leading, List<SourceBlock> items, List<Joined> joined) {
    private static final Pattern CITATION = Pattern.compile(
            "(?i)\\b(?:1[89]|20)\\d\\d\\b|https?://|www\\.|\\bibid\\b|\\bop\\. cit|\\bpp?\\. \\d|\\*[^*]+\\*|“|\"");

    /** A block joined to the item before it; {@code inUrl} if it mends a URL broken at a slash or hyphen. */
    record Joined(SourceBlock block, boolean inUrl) {
    }

    NoteRun {
        items = List.copyOf(items);
        joined = List.copyOf(joined);
    }

    /**
     * Finds the run that starts at a block.
     *
     * @param blocks    the blocks of the body
     * @param start     where to look
     * @param afterRule whether a rule stands just before {@code start}
     * @return the run, or null if no numbered item starts there
     */
    static NoteRun at(List<SourceBlock> blocks, int start, boolean afterRule) {
        int j = start;
        SourceBlock leading = null;
        if (afterRule && j + 1 < blocks.size() && blocks.get(j).is(Kind.PARAGRAPH)
                && blocks.get(j + 1).is(Kind.NUMBERED)) {
            leading = blocks.get(j);
            j++;
        }
        if (j >= blocks.size() || !blocks.get(j).is(Kind.NUMBERED)) {
            return null;
        }
        List<SourceBlock> items = new ArrayList<>(List.of(blocks.get(j)));
        List<Joined> joined = new ArrayList<>();
        j++;
        while (j < blocks.size()) {
            SourceBlock b = blocks.get(j);
            SourceBlock last = items.get(items.size() - 1);
            if (b.is(Kind.NUMBERED) && b.number() == last.number() + 1) {
                items.add(b);
            } else if (b.is(Kind.PARAGRAPH) && continuesItem(last, b, blocks, j)) {
                items.set(items.size() - 1, last.append(NoteEnding.separator(last.text(), b.text()), b));
                joined.add(new Joined(b, NoteEnding.brokenUrl(last.text())));
            } else {
                break;
            }
            j++;
        }
        return new NoteRun(start, j, leading, items, joined);
    }

    /**
     * Whether a paragraph after an item continues it: the item is unfinished and the paragraph is
     * followed by the next item, or it is the rest of a URL broken at a slash or hyphen. Text after the
     * last item that merely begins in lower case is the body going on after the page end, not the note.
     */
    private static boolean continuesItem(SourceBlock item, SourceBlock b, List<SourceBlock> blocks, int j) {
        if (!NoteEnding.unfinished(item.text())) {
            return false;
        }
        boolean nextItemFollows = j + 1 < blocks.size() && blocks.get(j + 1).is(Kind.NUMBERED)
                && blocks.get(j + 1).number() == item.number() + 1;
        String t = b.text();
        boolean restOfUrl = NoteEnding.brokenUrl(item.text()) && t.length() <= 100 && !t.contains(" ");
        return nextItemFollows || restOfUrl;
    }

    /** Whether every number of the run is among the cited ones. */
    boolean allIn(java.util.Set<Integer> cited) {
        return items.stream().allMatch(i -> cited.contains(i.number()));
    }

    int firstNumber() {
        return items.get(0).number();
    }

    int lastNumber() {
        return items.get(items.size() - 1).number();
    }

    /** Whether most items read like citations: a year, a URL, a title in italics or quotes, a page. */
    boolean readsLikeCitations() {
        long citing = items.stream().filter(i -> CITATION.matcher(i.text()).find()).count();
        return citing * 2 > items.size();
    }

    /** The numbers as the report shows them: {@code 23–30} or {@code 7}. */
    String numbers() {
        return firstNumber() == lastNumber() ? String.valueOf(firstNumber()) : firstNumber() + "–" + lastNumber();
    }
}
