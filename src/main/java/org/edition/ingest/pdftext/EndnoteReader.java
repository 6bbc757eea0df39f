package org.edition.ingest.pdftext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.edition.ingest.importer.EditionMarkers;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.Intervention;
import org.edition.ingest.notes.NoteOpening;
import org.edition.ingest.notes.NoteSequence;

/**
 * Reads an endnotes section (a heading such as "Notes", "Endnotes" or "References" followed by note
 * texts numbered from 1) into note definitions. A note starts at a line beginning with the next expected number; the
 * lines after it, across blank lines and page breaks, continue it. The last note is marked as breaking
 * off if the source stops inside it.
 */
public final class EndnoteReader {
    private static final Pattern HEADING = Pattern.compile(
            "(?i)(?:end\\s?notes|notes|foot\\s?notes|notes and references|references and notes|references)[:.]?");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{3}(?!\\d).*");
    private final LineJoiner joiner;

    /** @param joiner joins the wrapped lines of a note */
    public EndnoteReader(LineJoiner joiner) {
        this.joiner = joiner;
    }

    /**
     * The notes read, and where they end.
     *
     * @param blocks   note definitions, with page markers between them
     * @param lastLine the last line of the notes section
     * @param series   the series of the last note read: 1, or more where the numbering started again
     */
    public record Endnotes(List<Block> blocks, int lastLine, int series) {
    }

    /**
     * The lines of the endnotes headings: every heading followed by a note numbered 1, so that notes
     * gathered at the end of each chapter are read as well as notes at the end of the report. Chapters'
     * notes sections carry the same heading; where the headings differ ("Notes", then "References"
     * over a numbered bibliography), only the last is the notes' (as for a report with one).
     */
    public static List<Integer> findHeadings(SourceLines lines) {
        List<Integer> found = findAll(lines);
        long names = found.stream().map(n -> lines.get(n).text().strip().toLowerCase(java.util.Locale.ROOT)).distinct().count();
        return names > 1 ? List.of(found.get(found.size() - 1)) : found;
    }

    private static List<Integer> findAll(SourceLines lines) {
        List<Integer> found = new ArrayList<>();
        for (SourceLine line : lines.all()) {
            if (HEADING.matcher(line.text()).matches()) {
                int next = lines.nextNonBlank(line.number());
                if (next > 0 && (opensNoteOne(lines.get(next).text()) || opensSeries(lines, next))) {
                    found.add(line.number());
                }
            }
        }
        return found;
    }

    /**
     * Reads the notes after one of the notes headings. A chapter's notes end where a page begins
     * that does not go on with them (the next chapter's text), once the last note is complete; the notes
     * of the report's last notes heading go on to its end. Each section's notes, and numbering that
     * starts again at 1 within one, make a series of their own ({@code 1-2}, {@code 2-2} …), which the
     * references of the text are matched to in order.
     *
     * @param lines   the source
     * @param heading the line of the notes heading
     * @param until   the line of the next notes heading, where these notes end at the latest (after the
     *                last line for the last heading, whose notes go on to the end: what follows them is
     *                back matter), so that the text may go on after a chapter's notes
     * @param series  the series of this section's first note
     * @param pages   the numbered pages
     * @param roles   line roles; the notes' lines are claimed
     * @param log     where interventions are recorded
     */
    public Endnotes read(SourceLines lines, int heading, int until, int series, List<Page> pages, LineRoles roles,
            ImportLog log) {
        boolean chapter = until <= lines.size();
        List<Block> blocks = new ArrayList<>();
        roles.set(heading, LineRole.ENDNOTES);
        log.did(Intervention.Kind.OTHER, heading, "notes heading “" + lines.get(heading).text()
                + "” not emitted: its notes become the note definitions");
        String pendingPage = pageStartingAt(pages, heading);
        int expected = 1;
        String label = null;
        TextRun run = null;
        boolean alone = false;
        int last = heading;
        for (int n = heading + 1; n < until; n++) {
            String starting = pageStartingAt(pages, n);
            pendingPage = starting.isEmpty() ? pendingPage : starting;
            if (!roles.isBody(n)) {
                continue;
            }
            String text = lines.get(n).text();
            Optional<NoteOpening> entry = opening(text, expected);
            boolean opens = entry.isPresent() && startsNote(entry.get(), expected, run, alone);
            if (chapter && !opens && run != null && !samePage(pages, last, n) && Sentences.endsComplete(run.text())) {
                break;
            }
            if (opens) {
                if (run != null) {
                    blocks.add(new Block.NoteDefinition(label, run, false));
                }
                if (!pendingPage.isEmpty()) {
                    blocks.add(new Block.PageMarker(pendingPage));
                    pendingPage = "";
                }
                if (entry.get().number() < expected && run != null) {
                    series++;
                    log.did(Intervention.Kind.NOTE_NUMBERING_RESTARTED, n, "endnote " + entry.get().mark() + " after " + label);
                }
                label = NoteSequence.label(entry.get().number(), series);
                expected = entry.get().number() + 1;
                alone = entry.get().alone();
                run = alone ? null : TextRun.of(entry.get().text(), n);
            } else if ((run == null || Sentences.endsComplete(run.text())) && opensSeries(lines, n)) {
                log.did(Intervention.Kind.OTHER, n, "notes sub-heading “" + text
                        + "” not emitted: the notes after it are numbered again from 1, a series of their own");
            } else if (alone) {
                run = TextRun.of(text, n);
                alone = false;
            } else if (run != null) {
                if (isBackMatterHeading(text) && Sentences.endsComplete(run.text())) {
                    break;
                }
                String marker = pendingPage.isEmpty() ? "" : EditionMarkers.page(pendingPage);
                joiner.append(run, text, n, marker, log);
                pendingPage = "";
            } else if (isBackMatterHeading(text)) {
                break;
            } else {
                log.warn(n, "text in the notes section before the first note: left in place");
                continue;
            }
            roles.set(n, LineRole.ENDNOTES);
            last = n;
        }
        if (alone) {
            log.warn(last, "note " + label + " has its number but no text: the notes end there");
        }
        if (run != null) {
            boolean breaksOff = !Sentences.endsComplete(run.text());
            blocks.add(new Block.NoteDefinition(label, run, breaksOff));
            if (breaksOff) {
                log.did(Intervention.Kind.NOTE_BREAKS_OFF, last, "note " + label + " stops mid-sentence at the end of the notes");
            }
        }
        return new Endnotes(blocks, last, series);
    }

    /**
     * How a line opens an entry of the list ({@code 12 Text}, {@code 12. Text}, {@code [12] Text}, or
     * {@code 12.} alone with the text on the next line), if it does.
     */
    private static Optional<NoteOpening> opening(String text, int expected) {
        return NoteOpening.of(text, expected).filter(o -> !o.symbol()
                && (o.form() == NoteOpening.Form.APART || o.form() == NoteOpening.Form.PUNCTUATED
                        || o.form() == NoteOpening.Form.BRACKETED || o.alone() && o.number() == expected));
    }

    private static boolean startsNote(NoteOpening opening, int expected, TextRun current, boolean alone) {
        int number = opening.number();
        if (alone || THOUSANDS.matcher(opening.text()).matches()) {
            return false;
        }
        if (current != null && current.text().endsWith("-")) {
            return false;
        }
        if (number == 1 && expected > 2 && current != null) {
            return Sentences.endsComplete(current.text()) && (opening.text().isEmpty() || Sentences.startsSentence(opening.text()));
        }
        return number == expected || (number > expected && number <= expected + 3
                && (current == null || Sentences.endsComplete(current.text())));
    }

    private static boolean isBackMatterHeading(String text) {
        return text.length() >= 4 && text.equals(text.toUpperCase(java.util.Locale.ROOT))
                && text.chars().anyMatch(Character::isLetter) && !Character.isDigit(text.charAt(0))
                && !text.contains("://");
    }

    /** Whether a line is a short title over notes numbered again from 1 (a chapter's name in the notes section). */
    private static boolean opensSeries(SourceLines lines, int n) {
        String text = lines.get(n).text();
        int next = lines.nextNonBlank(n);
        return text.length() <= 80 && !Sentences.endsSentence(text) && next > 0 && opensNoteOne(lines.get(next).text());
    }

    /** Whether a line opens note 1 of a list, as a notes section begins. */
    private static boolean opensNoteOne(String text) {
        return opening(text, 1).filter(o -> o.number() == 1).isPresent();
    }

    /** Whether two lines stand on the same page (true where the pages are not known). */
    private static boolean samePage(List<Page> pages, int a, int b) {
        for (Page page : pages) {
            if (page.holds(a)) {
                return page.holds(b);
            }
        }
        return true;
    }

    private static String pageStartingAt(List<Page> pages, int line) {
        for (Page page : pages) {
            if (page.index() > 0 && page.first() == line) {
                return page.label();
            }
        }
        return "";
    }
}
