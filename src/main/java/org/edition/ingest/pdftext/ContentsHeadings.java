package org.edition.ingest.pdftext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.edition.ingest.contents.ContentsTitles;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.Intervention;

/**
 * Finds the headings the printed contents list names: a body line, or up to four lines of one block (a
 * side heading wrapped into a narrow margin, a title wrapped in two), standing after text that has ended,
 * whose words are those of a listed title. Numbered titles take their level from the depth of their number,
 * the others stand at the top level. A listed title printed again at the top of a later page is that page's
 * running head (an appendix's title over each of its pages).
 */
final class ContentsHeadings {
    private static final int MAX_LINES = 4;
    private final LineJoiner joiner;

    /** @param joiner joins the lines of a wrapped heading */
    ContentsHeadings(LineJoiner joiner) {
        this.joiner = joiner;
    }

    /**
     * The headings found, and the lines with headings glued to a paragraph's first line cut from it.
     *
     * @param found the headings, in source order
     * @param lines the source lines from now on
     */
    record Result(List<HeadingDetector.Found> found, SourceLines lines) {
    }

    /**
     * Finds the listed headings and claims their lines. A listed title glued to the start of a paragraph's
     * first line is cut from it and becomes a heading standing before that line.
     *
     * @param titles the titles the contents list names
     */
    Result detect(SourceLines lines, LineRoles roles, List<Page> pages, LineProfile profile,
            ContentsTitles titles, ImportLog log) {
        List<HeadingDetector.Found> found = new ArrayList<>();
        if (titles.isEmpty()) {
            return new Result(found, lines);
        }
        BodyNeighbours around = new BodyNeighbours(lines, roles, pages, profile);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int n = 1; n <= lines.size(); n++) {
            if (!roles.isBody(n)) {
                continue;
            }
            List<Integer> group = match(lines, around, titles, n);
            boolean numbered = HeadingShape.numberDepth(lines.get(n).text()) > 0;
            int before = lines.previousNonBlank(n);
            boolean afterLabel = before > 0 && roles.isBody(before) && lines.get(before).length() <= profile.width() * 0.5
                    && !Sentences.endsSentence(lines.get(before).text());
            if (!numbered && !around.followsEndedText(n) && !afterLabel) {
                continue;
            }
            if (group.isEmpty()) {
                int glued = titles.opening(lines.get(n).text());
                if (glued > 0) {
                    String text = lines.get(n).text();
                    TextRun title = TextRun.of(text.substring(0, glued).strip(), n);
                    lines = lines.withText(n, text.substring(glued).strip());
                    around = new BodyNeighbours(lines, roles, pages, profile);
                    log.did(Intervention.Kind.HEADING_FROM_CONTENTS, n, title.text() + " (cut from the line it was glued to)");
                    found.add(labelled(lines, List.of(n), title, 2, titles, log));
                }
                continue;
            }
            TextRun run = TextRun.of(lines.get(group.get(0)).text(), group.get(0));
            for (int g = 1; g < group.size(); g++) {
                joiner.append(run, lines.get(group.get(g)).text(), group.get(g), "", log);
            }
            if (!seen.add(ContentsTitles.key(run.text())) && around.firstOnPage(group.get(0))) {
                group.forEach(g -> roles.set(g, LineRole.RUNNING_HEAD));
                log.did(Intervention.Kind.RUNNING_HEAD_REMOVED, group.get(0), run.text()
                        + " (a listed title printed again at the top of a later page)");
                n = group.get(group.size() - 1);
                continue;
            }
            group.forEach(g -> roles.set(g, LineRole.HEADING));
            log.did(Intervention.Kind.HEADING_FROM_CONTENTS, group.get(0), run.text());
            int depth = HeadingShape.numberDepth(run.text());
            found.add(labelled(lines, group, run, depth > 0 ? 1 + depth : 2, titles, log));
            n = group.get(group.size() - 1);
        }
        return new Result(found, lines);
    }

    /**
     * The heading of a listed title. Where the extractor set the part's label on a line of its own
     * ({@code Appendix I} over {@code Scope and Methodology}) or glued it to the title ({@code Appendix
     * IIGAO Contact}), the label is a heading of its own before the title, as in the other dumps of the
     * same page; the report says so. A label and title on one line, apart, stay one heading.
     */
    private HeadingDetector.Found labelled(SourceLines lines, List<Integer> group, TextRun run, int level,
            ContentsTitles titles, ImportLog log) {
        TextRun label = null;
        TextRun title = null;
        if (group.size() > 1 && titles.isLabel(lines.get(group.get(0)).text())) {
            label = TextRun.of(lines.get(group.get(0)).text(), group.get(0));
            title = TextRun.of(lines.get(group.get(1)).text(), group.get(1));
            for (int g = 2; g < group.size(); g++) {
                joiner.append(title, lines.get(group.get(g)).text(), group.get(g), "", log);
            }
        } else if (titles.gluedLabel(run.text()) > 0) {
            int at = titles.gluedLabel(run.text());
            label = TextRun.of(run.text().substring(0, at), group.get(0));
            title = TextRun.of(run.text().substring(at), group.get(0));
            log.did(Intervention.Kind.HEADING_FROM_CONTENTS, group.get(0), label.text() + " | " + title.text()
                    + " (the part's label glued to its title by the extractor, set apart as the contents list sets them)");
        }
        if (label == null) {
            return new HeadingDetector.Found(group, new Block.Heading(level, run));
        }
        return new HeadingDetector.Found(group, new Block.Heading(level, title), Optional.of(new Block.Heading(level, label)));
    }

    /**
     * The most lines from {@code first} (up to four) that make a listed title, or none; a line opening with a
     * section number begins a title of its own. A title not yet complete may go on past one blank line (an
     * extractor that set "Appendix I" and its title apart).
     */
    private static List<Integer> match(SourceLines lines, BodyNeighbours around, ContentsTitles titles, int first) {
        List<Integer> group = new ArrayList<>(List.of(first));
        StringBuilder text = new StringBuilder(lines.get(first).text());
        List<Integer> best = List.of();
        while (true) {
            if (titles.lists(text.toString())) {
                best = List.copyOf(group);
            }
            int last = group.get(group.size() - 1);
            int next = around.nextInBlock(last);
            int body = around.nextBody(last);
            if (next == 0 && best.isEmpty() && body > 0 && body - last <= 2) {
                next = body;
            }
            if (group.size() >= MAX_LINES || next == 0 || !titles.begins(text.toString())
                    || HeadingShape.numberDepth(lines.get(next).text()) > 0) {
                return best;
            }
            group.add(next);
            text.append(' ').append(lines.get(next).text());
        }
    }
}
