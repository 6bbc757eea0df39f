package org.edition.ingest.pdftext;

import java.util.ArrayList;
import java.util.List;
import org.edition.ingest.ImportLog;
import org.edition.ingest.Intervention;

/**
 * Finds boxed sidebars: a titled block of lines that interrupts a sentence of the running text, the
 * sentence going on, lower-case, after it. Only where blank lines set blocks apart.
 */
public final class SidebarDetector {
    private static final int MAX_BLOCKS = 6;
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
            if (Sentences.endsSentence(open) || !isTitle(lines.get(blocks.get(a + 1).get(0)).text(), profile)) {
                continue;
            }
            for (int c = a + 2; c < blocks.size() && c <= a + MAX_BLOCKS; c++) {
                List<Integer> after = blocks.get(c);
                if (!samePage(pages, before.get(0), after.get(0))) {
                    break;
                }
                if (Sentences.startsLowercase(lines.get(after.get(0)).text())) {
                    List<Integer> box = new ArrayList<>();
                    blocks.subList(a + 1, c).forEach(box::addAll);
                    found.add(lift(lines, roles, profile, box, log));
                    a = c - 1;
                    break;
                }
            }
        }
        return found;
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

    private static boolean isTitle(String text, LineProfile profile) {
        return text.length() <= profile.width() * 0.7 && !Sentences.endsSentence(text) && !text.endsWith(",")
                && !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
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
