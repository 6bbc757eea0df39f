package org.edition.ingest.pdftext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Lays the body out as a {@link Flow} in reading order: the body lines, blank lines where they mean
 * something, page starts, and the headings and inserts found by the detectors at their first lines.
 * Bullet glyphs, on their own line or before the item, open list items.
 */
public final class FlowBuilder {
    /** Bullet glyphs, with the private-use code points of the Symbol and Wingdings fonts that extractors pass on. */
    private static final Pattern GLYPH = Pattern.compile("[•●▪◦■‣∙\\uf0b7\\uf0a7\\uf076\\uf0d8]");
    private static final Pattern BULLETED = Pattern.compile("[•●▪◦■‣∙\\uf0b7\\uf0a7\\uf076\\uf0d8]\\s+(\\S.*)");

    /**
     * Builds the flow.
     *
     * @param lines    the source
     * @param roles    the role of every line
     * @param pages    the numbered pages
     * @param profile  whether blank lines separate paragraphs
     * @param startsAt headings and inserts, by their first line
     * @param notes    the first and last line of each endnotes section, left out with the pages that
     *                 begin in it (the notes carry their own page markers); none if there are none
     * @return the flow of the body
     */
    public List<Flow> build(SourceLines lines, LineRoles roles, List<Page> pages, LineProfile profile,
            Map<Integer, Flow> startsAt, List<int[]> notes) {
        List<Flow> flow = new ArrayList<>();
        boolean bulletPending = false;
        int page = 0;
        for (int n = 1; n <= lines.size(); n++) {
            boolean inNotes = inNotes(notes, n);
            if (page + 1 < pages.size() && pages.get(page + 1).first() == n) {
                page++;
                if (!inNotes) {
                    flow.add(new Flow.PageStart(pages.get(page), hasFootnotes(roles, pages.get(page - 1))));
                }
            }
            if (inNotes) {
                continue;
            }
            Flow start = startsAt.get(n);
            LineRole role = roles.get(n);
            if (start != null) {
                flow.add(start);
                if (role != LineRole.BODY) {
                    continue;
                }
            }
            SourceLine line = lines.get(n);
            if (role == LineRole.BLANK && profile.blanksSeparateBlocks()
                    && !flow.isEmpty() && !(flow.get(flow.size() - 1) instanceof Flow.Gap)) {
                flow.add(new Flow.Gap(n));
            }
            if (role != LineRole.BODY) {
                continue;
            }
            if (GLYPH.matcher(line.text()).matches()) {
                roles.set(n, LineRole.BULLET_GLYPH);
                bulletPending = true;
                continue;
            }
            java.util.regex.Matcher bulleted = BULLETED.matcher(line.text());
            if (bulleted.matches()) {
                flow.add(new Flow.Text(line, bulleted.group(1), true));
            } else {
                flow.add(new Flow.Text(line, line.text(), bulletPending));
            }
            bulletPending = false;
        }
        return flow;
    }

    /** Whether a line is a bullet item or a bullet glyph standing alone. */
    static boolean isBulletItem(String text) {
        return GLYPH.matcher(text).matches() || BULLETED.matcher(text).matches()
                || text.startsWith("o ") && text.length() > 2 && Character.isLetter(text.charAt(2));
    }

    private static boolean inNotes(List<int[]> sections, int line) {
        for (int[] section : sections) {
            if (line >= section[0] && line <= section[1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasFootnotes(LineRoles roles, Page page) {
        for (int n = page.first(); n <= page.last(); n++) {
            if (roles.get(n) == LineRole.FOOTNOTE) {
                return true;
            }
        }
        return false;
    }
}
