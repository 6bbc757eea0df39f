package org.edition.ingest.pdftext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.edition.ingest.importer.EditionMarkers;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.Intervention;
import org.edition.ingest.notes.NoteOpening;

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
     */
    public record Endnotes(List<Block> blocks, int lastLine) {
    }

    /** The line of the endnotes heading (the last one followed by a note numbered 1), or 0 if there is none. */
    public static int findHeading(SourceLines lines) {
        int found = 0;
        for (SourceLine line : lines.all()) {
            if (HEADING.matcher(line.text()).matches()) {
                int next = lines.nextNonBlank(line.number());
                if (next > 0 && opening(lines.get(next).text(), 1).filter(o -> o.number() == 1).isPresent()) {
                    found = line.number();
                }
            }
        }
        return found;
    }

    /**
     * Reads the notes after the heading.
     *
     * @param lines   the source
     * @param heading the line of the notes heading
     * @param pages   the numbered pages
     * @param roles   line roles; the notes' lines are claimed
     * @param log     where interventions are recorded
     */
    public Endnotes read(SourceLines lines, int heading, List<Page> pages, LineRoles roles, ImportLog log) {
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
        for (int n = heading + 1; n <= lines.size(); n++) {
            String starting = pageStartingAt(pages, n);
            pendingPage = starting.isEmpty() ? pendingPage : starting;
            if (!roles.isBody(n)) {
                continue;
            }
            String text = lines.get(n).text();
            Optional<NoteOpening> entry = opening(text, expected);
            if (entry.isPresent() && startsNote(entry.get(), expected, run, alone)) {
                if (run != null) {
                    blocks.add(new Block.NoteDefinition(label, run, false));
                }
                if (!pendingPage.isEmpty()) {
                    blocks.add(new Block.PageMarker(pendingPage));
                    pendingPage = "";
                }
                label = entry.get().mark();
                expected = entry.get().number() + 1;
                alone = entry.get().alone();
                run = alone ? null : TextRun.of(entry.get().text(), n);
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
        return new Endnotes(blocks, last);
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
        return number == expected || (number > expected && number <= expected + 3
                && (current == null || Sentences.endsComplete(current.text())));
    }

    private static boolean isBackMatterHeading(String text) {
        return text.length() >= 4 && text.equals(text.toUpperCase(java.util.Locale.ROOT))
                && text.chars().anyMatch(Character::isLetter) && !Character.isDigit(text.charAt(0))
                && !text.contains("://");
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
