package org.edition.ingest.pdftext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.Intervention;
import org.edition.ingest.notes.RomanNumeral;

/**
 * Endnotes numbered in lower-case roman numerals after the report's last paragraph, with no heading over
 * them ({@code i The grain survey of 2019 …}, {@code ii The traders' own figures …}), as some layouts
 * set them: the text cites them with the same numerals glued after its punctuation ({@code this year.i}).
 * The notes keep their numerals as labels ({@code [^i]}, {@code [^ii]}), so that the edition prints the
 * marks the report printed.
 */
final class RomanEndnotes {
    private static final String NUMERAL = RomanNumeral.PATTERN;
    private static final Pattern OPENING = Pattern.compile("(" + NUMERAL + ")[.)]?\\s+(\\S.*)");
    /** A numeral glued after punctuation, as the text cites these notes. */
    static final Pattern CITED = Pattern.compile("(?<=[.,;:!?’”\"')\\]])(" + NUMERAL + ")(?=[\\s.,;:)]|$)");
    /** The least number of notes that make such a block. */
    private static final int LEAST = 2;
    private final LineJoiner joiner;

    /** @param joiner joins the wrapped lines of a note */
    RomanEndnotes(LineJoiner joiner) {
        this.joiner = joiner;
    }

    /**
     * The notes read, and the lines they take.
     *
     * @param blocks   the note definitions
     * @param first    the line of the first note
     * @param lastLine the last line of the last note
     */
    record Found(List<Block> blocks, int first, int lastLine) {
    }

    /**
     * Reads the block of roman-numbered notes the text ends with, if it ends with one: a line opening
     * {@code i}, then lines that open the next numeral or go on with the note before, to the end.
     */
    Optional<Found> read(SourceLines lines, LineRoles roles, ImportLog log) {
        int last = lines.size();
        while (last > 0 && !roles.isBody(last)) {
            last--;
        }
        int start = 0;
        int expected = 0;
        for (int n = last; n >= 1 && n > last - 400; n--) {
            if (!roles.isBody(n)) {
                continue;
            }
            Matcher m = OPENING.matcher(lines.get(n).text());
            if (m.matches() && m.group(1).equals("i")) {
                start = n;
                break;
            }
        }
        if (start == 0) {
            return Optional.empty();
        }
        List<Block> notes = new ArrayList<>();
        String label = null;
        TextRun run = null;
        for (int n = start; n <= last; n++) {
            if (!roles.isBody(n)) {
                continue;
            }
            String text = lines.get(n).text();
            Matcher m = OPENING.matcher(text);
            if (m.matches() && m.group(1).equals(RomanNumeral.of(expected + 1))) {
                if (run != null) {
                    notes.add(new Block.NoteDefinition(label, run, false));
                }
                expected++;
                label = m.group(1);
                run = TextRun.of(m.group(2), n);
            } else if (run != null) {
                joiner.append(run, text, n, "", log);
            }
        }
        notes.add(new Block.NoteDefinition(label, run, !Sentences.endsComplete(run.text())));
        if (notes.size() < LEAST || cited(lines, roles, start, notes.size()) * 2 < notes.size()) {
            return Optional.empty(); // a list numbered i, ii … that ends the text, not notes the text cites
        }
        for (int n = start; n <= last; n++) {
            if (roles.isBody(n)) {
                roles.set(n, LineRole.ENDNOTES);
            }
        }
        log.did(Intervention.Kind.OTHER, start, "notes i–" + label + " read as endnotes from the end of the text (numbered in roman numerals, under no heading)");
        return Optional.of(new Found(notes, start, last));
    }

    /** How many of the numerals i … {@code count} the text before the notes cites, in order, glued after its punctuation. */
    private static int cited(SourceLines lines, LineRoles roles, int before, int count) {
        int next = 1;
        for (int n = 1; n < before && next <= count; n++) {
            if (!roles.isBody(n)) {
                continue;
            }
            Matcher m = CITED.matcher(lines.get(n).text());
            while (m.find() && next <= count) {
                if (m.group(1).equals(RomanNumeral.of(next))) {
                    next++;
                }
            }
        }
        return next - 1;
    }

}
