package org.edition.ingest.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.Intervention;

/**
 * Builds the blocks of the text from the lines left once furniture, front pages and footnotes are
 * out, page by page in reading order: headings, tables and figures (from their caption to their
 * source lines), bulleted lists, text set smaller than the body (as block quotes), and paragraphs,
 * rejoined across line, column and page breaks, with the start of each original page marked.
 */
final class BodyFlow {
    private static final Pattern CAPTION = Pattern.compile("^(Table|Figure|Fig\\.|Exhibit|Chart|Box|Map|Graph)\\s+[0-9A-Z][0-9A-Z.-]*[.:]?(\\s|$)");
    private static final Pattern TABLE_NOTE = Pattern.compile("(?i)^(sources?|notes?)\\s*:");
    private static final Pattern BULLET = Pattern.compile("^[•●▪■◦○\uF0B7\uF0A7\uF0D8\uF076\uF0FC\u2023\u2043]\\s*");
    private final TypographicProfile profile;
    private final Headings headings;
    private final Joiner joiner;
    private final ImportLog log;
    private final Paragraphs paragraphs;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Headings.Style> headingStyles = new ArrayList<>();
    private final Map<Integer, Headings.Style> styleAt = new HashMap<>();
    private int rejectedUntil;

    BodyFlow(TypographicProfile profile, Joiner joiner, ImportLog log) {
        this.profile = profile;
        this.headings = new Headings(profile);
        this.joiner = joiner;
        this.log = log;
        this.paragraphs = new Paragraphs(profile, joiner, log, blocks);
    }

    /**
     * Builds the blocks.
     *
     * @param pages  each page's lines in reading order
     * @param labels each page's number, for the page markers (empty: no marker)
     */
    List<Block> build(List<List<Placed>> pages, List<String> labels) {
        paragraphs.measure(pages);
        for (int p = 0; p < pages.size(); p++) {
            paragraphs.pageStarts(labels.get(p));
            List<Placed> lines = new ArrayList<>(pages.get(p));
            rejectedUntil = 0;
            int i = 0;
            while (i < lines.size()) {
                i = next(lines, i);
            }
        }
        paragraphs.flush();
        paragraphs.pageStarts("");
        headings.learn(headingStyles);
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Block.Heading h && styleAt.containsKey(i)) {
                out.add(new Block.Heading(headings.level(styleAt.get(i)), h.text(), h.page()));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    private int next(List<Placed> lines, int i) {
        TextLine line = lines.get(i).line();
        if (i < rejectedUntil) {
            paragraphs.add(lines.get(i), Paragraphs.Kind.BODY, 0);
            return i + 1;
        }
        boolean centred = paragraphs.centred(lines.get(i));
        boolean styled = headings.styled(line) && !CAPTION.matcher(line.text()).find()
                && (headings.larger(line) || paragraphs.aloneAbove(lines, i) && !Character.isLowerCase(line.text().charAt(0)));
        if (styled || headings.standsAlone(line, centred, paragraphs.alone(lines, i))) {
            Headings.Style style = Headings.Style.of(line, centred && !styled);
            List<Integer> members = new ArrayList<>(List.of(i));
            List<Integer> skipped = new ArrayList<>();
            int j = i + 1;
            while (styled && j < lines.size() && skipped.size() <= 3) {
                TextLine more = lines.get(j).line();
                TextLine prev = lines.get(members.get(members.size() - 1)).line();
                if (more.size() < line.size() * 0.6f && more.page() == line.page()) {
                    skipped.add(j++);
                    continue;
                }
                if (!headings.styled(more) || !Headings.Style.of(more, false).equals(style)
                        || lines.get(j).column() != lines.get(i).column()
                        || more.baseline() - prev.baseline() > prev.size() * 1.8f || more.baseline() <= prev.baseline()) {
                    break;
                }
                members.add(j++);
            }
            if (members.size() > headings.maxLines(line)) {
                rejectedUntil = members.get(members.size() - 1) + 1;
                paragraphs.add(lines.get(i), Paragraphs.Kind.BODY, 0);
                return i + 1;
            }
            List<TextLine> group = members.stream().map(k -> lines.get(k).line()).toList();
            if (headings.isHeading(group)) {
                List<Inline> text = new ArrayList<>();
                for (TextLine l : group) {
                    joiner.append(text, LineText.of(l, 0), l.page());
                }
                if (group.size() > 1) {
                    log.did(Intervention.Kind.HEADING_REJOINED, line.page(), LineText.plain(text));
                }
                paragraphs.flush();
                paragraphs.emitPageStart();
                styleAt.put(blocks.size(), style);
                headingStyles.add(style);
                blocks.add(new Block.Heading(0, text, line.page()));
                int last = members.get(members.size() - 1);
                List<Placed> later = new ArrayList<>();
                for (int k = skipped.size() - 1; k >= 0; k--) {
                    if (skipped.get(k) < last) {
                        later.add(0, lines.remove((int) skipped.get(k)));
                        last--;
                    }
                }
                lines.addAll(last + 1, later);
                return last + 1;
            }
        }
        if (CAPTION.matcher(line.text()).find() && !profile.bodySized(line) | line.bold()) {
            return exhibit(lines, i);
        }
        String text = line.text();
        if (BULLET.matcher(text).find()) {
            paragraphs.add(lines.get(i), Paragraphs.Kind.BULLET, 0);
        } else if (profile.smaller(line)) {
            paragraphs.add(lines.get(i), Paragraphs.Kind.QUOTE, 0);
        } else {
            paragraphs.add(lines.get(i), Paragraphs.Kind.BODY, 0);
        }
        return i + 1;
    }

    /** A table or figure: the caption and what follows until running text in the body size. */
    private int exhibit(List<Placed> lines, int i) {
        TextLine caption = lines.get(i).line();
        List<Inline> title = new ArrayList<>(LineText.of(caption, 0));
        List<String> rows = new ArrayList<>();
        int j = i + 1;
        boolean inNotes = false;
        while (j < lines.size()) {
            TextLine l = lines.get(j).line();
            boolean running = profile.bodySized(l) && !l.bold() && l.length() >= 25;
            if (running || headings.styled(l) && l.size() > profile.body() + 1f
                    || CAPTION.matcher(l.text()).find()) {
                break;
            }
            inNotes |= TABLE_NOTE.matcher(l.text()).find();
            if (j == i + 1 && !inNotes && l.baseline() - caption.baseline() < caption.size() * 1.5f
                    && l.size() == caption.size() && l.bold() == caption.bold()) {
                joiner.append(title, LineText.of(l, 0), l.page());
            } else if (!rows.isEmpty() && Math.abs(l.baseline() - lines.get(j - 1).line().baseline()) < 2f) {
                rows.set(rows.size() - 1, rows.get(rows.size() - 1) + " " + l.text());
            } else {
                rows.add(l.text());
            }
            j++;
        }
        paragraphs.insert(new Block.Exhibit(title, rows, caption.page()));
        log.did(Intervention.Kind.SIDEBAR_LIFTED, caption.page(), "table or figure set apart: " + caption.text());
        return j;
    }
}
