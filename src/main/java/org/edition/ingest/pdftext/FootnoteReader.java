package org.edition.ingest.pdftext;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.Set;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.Intervention;
import org.edition.ingest.notes.NoteOpening;
import org.edition.ingest.notes.NoteSequence;

/**
 * Reads page-bottom footnotes: on each page, the block of notes at its foot ({@link FootZoneFinder}), which
 * continues the note sequence; a note may continue at the foot of the next page, whose block then opens
 * with its continuation text, not with a number; the numbering may start again at 1 (an appendix, a second
 * part), and the notes of each new series get labels of their own ({@code 1-2}, {@code 2-2} …).
 */
public final class FootnoteReader {
    /** A rule written as text: five or more dashes, underscores or box-drawing strokes, nothing else. */
    private static final java.util.regex.Pattern RULE = java.util.regex.Pattern.compile("[-–—_─━=]{5,}");
    private final LineJoiner joiner;
    private final LineProfile profile;

    /**
     * @param joiner  joins the wrapped lines of a note
     * @param profile the spacing of the dump (whether blank lines separate blocks)
     */
    public FootnoteReader(LineJoiner joiner, LineProfile profile) {
        this.joiner = joiner;
        this.profile = profile;
    }

    /**
     * Reads the footnotes of all pages and claims their lines.
     *
     * @param lines the source
     * @param pages the pages
     * @param roles line roles; footnote lines become {@link LineRole#FOOTNOTE}
     * @param log   where interventions are recorded
     * @return the note definitions in order
     */
    public List<Block> read(SourceLines lines, List<Page> pages, LineRoles roles, ImportLog log) {
        List<FootZone> zones = findZones(lines, pages, roles);
        Map<Integer, List<FootZone>> byPage = new TreeMap<>();
        zones.forEach(z -> byPage.computeIfAbsent(z.page().index(), k -> new ArrayList<>()).add(z));
        FootnoteContinuation continuation = new FootnoteContinuation(lines, roles, profile, zones);
        List<Block.NoteDefinition> notes = new ArrayList<>();
        int series = 1;
        boolean carried = false;
        boolean marked = false;
        for (Page page : pages) {
            List<FootZone> onPage = byPage.getOrDefault(page.index(), List.of());
            if (carried && !notes.isEmpty()) {
                Block.NoteDefinition open = notes.get(notes.size() - 1);
                List<Integer> rest = continuation.on(page, onPage.isEmpty() ? page.last() + 1 : onPage.get(0).start(),
                        open.text().text(), marked);
                continueNote(lines, open, rest, roles, log);
                carried = !rest.isEmpty();
            }
            for (FootZone zone : onPage) {
                if (zone.restart()) {
                    series++;
                    log.did(Intervention.Kind.NOTE_NUMBERING_RESTARTED, zone.start(), "note numbering starts again at 1 on page "
                            + page.label() + ": the notes of this series are labelled " + NoteSequence.label(1, series)
                            + ", " + NoteSequence.label(2, series) + " …");
                }
                for (FootZone.Opened opened : zone.notes()) {
                    notes.add(definition(lines, opened, series, roles, log));
                }
                removeRuleOver(lines, zone.start(), roles, log);
                log.did(Intervention.Kind.FOOTNOTES_LIFTED, zone.start(), "notes " + zone.notes().get(0).opening().mark()
                        + (zone.notes().size() > 1 ? "–" + zone.notes().get(zone.notes().size() - 1).opening().mark() : "")
                        + " lifted from the foot of " + (onPage.size() > 1 ? "a column of " : "") + "page " + page.label());
                carried = true;
                marked = FootnoteContinuation.marked(lines, zone.notes().get(zone.notes().size() - 1));
            }
        }
        return finish(notes, log);
    }

    /**
     * Takes out the rule a layout draws over a page's notes where the extractor wrote it as text: a line
     * of dashes, underscores or box-drawing strokes alone, just above the first note.
     */
    private static void removeRuleOver(SourceLines lines, int start, LineRoles roles, ImportLog log) {
        int before = lines.previousNonBlank(start);
        if (before > 0 && roles.isBody(before) && RULE.matcher(lines.get(before).text()).matches()) {
            roles.set(before, LineRole.FOOTNOTE);
            log.did(Intervention.Kind.NOTE_RULE_REMOVED, before, lines.get(before).text());
        }
    }

    private static List<FootZone> findZones(SourceLines lines, List<Page> pages, LineRoles roles) {
        FootZoneFinder finder = new FootZoneFinder(lines);
        List<FootZone> zones = new ArrayList<>();
        Set<Integer> series = new HashSet<>();
        Set<Integer> sinceLast = new HashSet<>();
        Set<String> symbols = new HashSet<>();
        int next = 1;
        for (Page page : pages) {
            List<Integer> body = bodyLines(page, roles);
            boolean afterNotes = !zones.isEmpty() && zones.get(zones.size() - 1).page().index() == page.index() - 1
                    && zones.get(zones.size() - 1).notes().size() >= 2;
            while (!body.isEmpty()) {
                Optional<FootZone> found = finder.find(page, body, next,
                        new FootZoneFinder.Cited(series, sinceLast, symbols), afterNotes, style(zones));
                int end = found.map(FootZone::start).orElse(Integer.MAX_VALUE);
                for (int n : body) {
                    if (n < end) {
                        List<Integer> cited = CitedNumbers.in(lines.get(n).text());
                        series.addAll(cited);
                        sinceLast.addAll(cited);
                        symbols.addAll(CitedNumbers.symbolsIn(lines.get(n).text()));
                    }
                }
                if (found.isEmpty()) {
                    break;
                }
                FootZone zone = found.get();
                zones.add(zone);
                if (zone.restart()) {
                    series = new HashSet<>(sinceLast);
                }
                sinceLast.clear();
                zone.notes().stream().filter(o -> o.opening().symbol()).forEach(o -> symbols.remove(o.opening().mark()));
                next = zone.lastNumber() > 0 ? zone.lastNumber() + 1 : next;
                zone.notes().forEach(o -> o.lines().forEach(n -> roles.set(n, LineRole.FOOTNOTE)));
                int last = zone.lastLine();
                body = body.stream().filter(n -> n > last).toList();
                afterNotes = false;
            }
        }
        return zones;
    }

    /** How the notes found so far are numbered, once three of them agree. */
    private static FootZoneFinder.Style style(List<FootZone> zones) {
        int punctuated = 0;
        int plain = 0;
        for (FootZone zone : zones) {
            for (FootZone.Opened o : zone.notes()) {
                if (!o.opening().symbol()) {
                    punctuated += o.opening().punctuated() ? 1 : 0;
                    plain += o.opening().punctuated() ? 0 : 1;
                }
            }
        }
        if (punctuated + plain < 3) {
            return FootZoneFinder.Style.UNKNOWN;
        }
        return punctuated > plain ? FootZoneFinder.Style.PUNCTUATED : FootZoneFinder.Style.PLAIN;
    }

    static List<Integer> bodyLines(Page page, LineRoles roles) {
        List<Integer> body = new ArrayList<>();
        for (int n = page.first(); n <= page.last(); n++) {
            if (roles.isBody(n)) {
                body.add(n);
            }
        }
        return body;
    }

    private Block.NoteDefinition definition(SourceLines lines, FootZone.Opened opened, int series, LineRoles roles,
            ImportLog log) {
        NoteOpening opening = opened.opening();
        String label = opening.symbol() ? opening.mark() : NoteSequence.label(opening.number(), series);
        TextRun run = null;
        for (int n : opened.lines()) {
            String text = n == opened.lines().get(0) ? opening.text() : lines.get(n).text();
            if (FootnoteContinuation.CONTINUED.matcher(text).matches()) {
                roles.set(n, LineRole.FOOTNOTE);
                log.did(Intervention.Kind.NOTE_CONTINUED, n, "“" + text + "” at the end of note " + label + " not kept: the note goes on at the foot of the next page");
                continue;
            }
            if (text.isEmpty()) {
                continue;
            }
            if (run == null) {
                run = TextRun.of(text, n);
            } else {
                joiner.append(run, text, n, "", log);
            }
        }
        if (run == null) {
            run = TextRun.of("", opened.lines().get(0));
        }
        return new Block.NoteDefinition(label, run, false);
    }

    private void continueNote(SourceLines lines, Block.NoteDefinition note, List<Integer> rest, LineRoles roles, ImportLog log) {
        if (rest.isEmpty()) {
            return;
        }
        for (int n : rest) {
            joiner.append(note.text(), lines.get(n).text(), n, "", log);
            roles.set(n, LineRole.FOOTNOTE);
        }
        log.did(Intervention.Kind.NOTE_CONTINUED, rest.get(0), "note " + note.label() + " continued from the foot of the page before");
    }

    private static List<Block> finish(List<Block.NoteDefinition> notes, ImportLog log) {
        List<Block> blocks = new ArrayList<>(notes);
        if (!notes.isEmpty()) {
            Block.NoteDefinition end = notes.get(notes.size() - 1);
            if (!Sentences.endsComplete(end.text().text())) {
                blocks.set(blocks.size() - 1, new Block.NoteDefinition(end.label(), end.text(), true));
                log.did(Intervention.Kind.NOTE_BREAKS_OFF, end.text().firstLine(), "note " + end.label() + " stops mid-sentence");
            }
        }
        return blocks;
    }
}
