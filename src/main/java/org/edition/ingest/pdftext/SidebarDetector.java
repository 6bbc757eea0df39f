package org.edition.ingest.pdftext;

import java.util.ArrayList;
import java.util.List;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.Intervention;

/**
 * Finds boxed sidebars: a titled block of lines that interrupts a sentence of the running text (a block of
 * lines, or a full line, as text flowing round a box is), the sentence going on after it, lower-case, or with a
 * capital right after a box of one block. Only where blank lines set blocks apart.
 */
public final class SidebarDetector {
    private static final int MAX_BLOCKS = 6;
    private static final double TITLE_SHORTER = 1.3;
    private final LineJoiner joiner;

    /** @param joiner joins the wrapped lines of the box */
    public SidebarDetector(LineJoiner joiner) {
        this.joiner = joiner;
    }

    /** A sidebar found: its lines and the block it becomes. */
    public record Found(List<Integer> lines, Block.Sidebar block) {
    }

    /**
     * Finds the sidebars and claims their lines.
     *
     * @param lines   the source
     * @param roles   line roles; sidebar lines become {@link LineRole#SIDEBAR}
     * @param pages   the pages (a sidebar lies within one)
     * @param profile spacing and width
     * @param log     where lifted sidebars are recorded
     */
    public List<Found> detect(SourceLines lines, LineRoles roles, List<Page> pages, LineProfile profile, ImportLog log) {
        List<Found> found = new ArrayList<>();
        if (!profile.blanksSeparateBlocks()) {
            return found;
        }
        List<List<Integer>> blocks = blocks(lines, roles);
        for (int a = 0; a + 2 < blocks.size(); a++) {
            List<Integer> before = blocks.get(a);
            String open = lines.get(before.get(before.size() - 1)).text();
            boolean brokeOffFull = before.size() >= 2 || !profile.isShort(lines.get(before.get(before.size() - 1)));
            if (Sentences.endsSentence(open) || !brokeOffFull || !isTitle(lines, blocks.get(a + 1), profile)) {
                continue;
            }
            int c = continuation(lines, pages, blocks, a);
            if (c < 0 && capitalContinuation(lines, pages, profile, blocks, a)) {
                c = a + 2;
            }
            if (c > 0) {
                List<Integer> box = new ArrayList<>();
                blocks.subList(a + 1, c).forEach(box::addAll);
                found.add(lift(lines, roles, profile, box, log));
                a = c - 1;
            }
        }
        return found;
    }

    /** The first block after block {@code a} and its box, on the same page, that opens lower-case; -1 if none. */
    private static int continuation(SourceLines lines, List<Page> pages, List<List<Integer>> blocks, int a) {
        for (int c = a + 2; c < blocks.size() && c <= a + MAX_BLOCKS; c++) {
            List<Integer> after = blocks.get(c);
            if (!samePage(pages, blocks.get(a).get(0), after.get(0))) {
                return -1;
            }
            if (Sentences.startsLowercase(lines.get(after.get(0)).text())) {
                return c;
            }
        }
        return -1;
    }

    /**
     * Whether the paragraph of block {@code a} goes on, with a capital, at block {@code a + 2} (a
     * capital can open the rest of a sentence: {@code Charter of Fundamental | Rights}): the box is the
     * one block in between, a title on its text ending a sentence, and the paragraph broke off on a
     * full line, as text flowing round a box does.
     */
    private static boolean capitalContinuation(SourceLines lines, List<Page> pages, LineProfile profile,
            List<List<Integer>> blocks, int a) {
        List<Integer> before = blocks.get(a);
        List<Integer> box = blocks.get(a + 1);
        return box.size() >= 2 && samePage(pages, before.get(0), blocks.get(a + 2).get(0))
                && !profile.isShort(lines.get(before.get(before.size() - 1)))
                && Sentences.endsSentence(lines.get(box.get(box.size() - 1)).text());
    }

    private Found lift(SourceLines lines, LineRoles roles, LineProfile profile, List<Integer> box, ImportLog log) {
        TextRun title = TextRun.of(lines.get(box.get(0)).text(), box.get(0));
        List<TextRun> paragraphs = new ArrayList<>();
        TextRun current = null;
        SourceLine previous = null;
        for (int n : box.subList(1, box.size())) {
            SourceLine line = lines.get(n);
            boolean ends = previous != null && Sentences.endsSentence(previous.text()) && profile.isShort(previous);
            if (current == null || ends || n > previous.number() + 1) {
                current = TextRun.of(line.text(), n);
                paragraphs.add(current);
            } else {
                joiner.append(current, line.text(), n, "", log);
            }
            previous = line;
        }
        box.forEach(n -> roles.set(n, LineRole.SIDEBAR));
        log.did(Intervention.Kind.SIDEBAR_LIFTED, box.get(0), title.text());
        return new Found(box, new Block.Sidebar(title, paragraphs));
    }

    /**
     * A box title: the first line of a block, short, opening with a capital, ending as a heading may end (a
     * question mark included), and standing apart from the box's text: a block of its own, or a line
     * clearly shorter than the text under it (a title does not wrap into the text as a narrow column does).
     */
    private static boolean isTitle(SourceLines lines, List<Integer> block, LineProfile profile) {
        String text = lines.get(block.get(0)).text();
        boolean apart = block.size() == 1 || lines.get(block.get(1)).length() >= text.length() * TITLE_SHORTER;
        return apart && text.length() <= profile.width() * 0.7 && HeadingShape.endsLikeHeading(text)
                && Character.isUpperCase(text.codePointAt(0));
    }

    /** Blocks of body lines with nothing between them but their own lines. */
    private static List<List<Integer>> blocks(SourceLines lines, LineRoles roles) {
        List<List<Integer>> blocks = new ArrayList<>();
        List<Integer> block = new ArrayList<>();
        for (int n = 1; n <= lines.size(); n++) {
            if (roles.isBody(n)) {
                block.add(n);
                continue;
            }
            if (!block.isEmpty()) {
                blocks.add(block);
                block = new ArrayList<>();
            }
        }
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        return blocks;
    }

    private static boolean samePage(List<Page> pages, int a, int b) {
        return pages.stream().anyMatch(p -> p.holds(a) && p.holds(b));
    }
}
