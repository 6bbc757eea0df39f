package org.edition.ingest.pdftext;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.edition.ingest.importer.WordCount;
import org.edition.ingest.notes.NoteOpening;

/**
 * Finds the block of notes at the foot of one page. The block opens at a line that opens the note expected
 * next (or, where the numbering starts again, note 1; or a symbol note the page cites), at a number the text
 * above has cited; every later line either opens the note after the last one or continues it, to the page's
 * end. Of the lines that could open the block, the first whose block holds only notes the text has cited is
 * taken; a block far ahead of the number expected is taken when it opens three notes or more in a row, all
 * cited on its page (the sequence then goes on from there). A block whose first note begins in lower case, or one opened by a lone number that would take most
 * of the page, is not a block of notes; one that starts the numbering again must have every note cited and
 * every note's text beginning as notes begin.
 */
final class FootZoneFinder {
    private static final Pattern LOWER_START_ALLOWED = Pattern.compile("(?i)(?:see|cf|ibid|id|e\\.g|i\\.e|op\\.|https?:|www\\.).*");
    private static final int LOOKAHEAD = 2;
    /**
     * How many notes in a row, all cited on their page, take the sequence on from a number far ahead of the
     * one expected (notes the extraction lost, an excerpt that begins inside a report).
     */
    private static final int RESYNC = 3;
    /** How many lines a block of running text has at least, to be told from a note's last lines. */
    private static final int COLUMN_BLOCK = 3;
    private final SourceLines lines;

    FootZoneFinder(SourceLines lines) {
        this.lines = lines;
    }

    /**
     * What the text has cited so far.
     *
     * @param series      numbers cited in the current numbering series, before this page
     * @param sinceLast   numbers cited since the last block of notes
     * @param symbols     symbols ({@code *}, {@code †}) cited and still without their note
     */
    record Cited(Set<Integer> series, Set<Integer> sinceLast, Set<String> symbols) {
    }

    /** How the notes found so far are numbered: not yet known, with a full stop after the number, or without. */
    enum Style { UNKNOWN, PUNCTUATED, PLAIN }

    /**
     * Finds the block of notes of a page.
     *
     * @param page the page
     * @param body the page's body lines (non-blank, not furniture), in order
     * @param next the number of the note expected next
     * @param cited what the text before the page has cited
     * @return the block, if the page has one
     */
    Optional<FootZone> find(Page page, List<Integer> body, int next, Cited cited) {
        return find(page, body, next, cited, false, Style.UNKNOWN);
    }

    /**
     * Finds the block of notes of a page.
     *
     * @param afterNotes whether the page before ended in a block of notes: then notes may run on from the
     *                   page's first line (notes set as endnotes over several pages, a long block of notes)
     * @param style      how the notes found so far are numbered: a report sets all its notes alike, so a
     *                   numbered line set otherwise ({@code 1. Introduction} among notes numbered {@code 1 Text})
     *                   opens no note
     */
    Optional<FootZone> find(Page page, List<Integer> body, int next, Cited cited, boolean afterNotes, Style style) {
        Set<Integer> before = new HashSet<>(cited.series());
        Set<Integer> recent = new HashSet<>(cited.sinceLast());
        Set<String> symbols = new HashSet<>(cited.symbols());
        for (int i = 0; i < body.size(); i++) {
            String text = lines.get(body.get(i)).text();
            if (i > 0 || afterNotes) {
                Optional<NoteOpening> opening = NoteOpening.of(text, next);
                if (opening.isPresent()) {
                    boolean styled = style == Style.UNKNOWN || opening.get().symbol()
                            || opening.get().punctuated() == (style == Style.PUNCTUATED);
                    Optional<FootZone> zone = styled ? tryZone(page, body, i, opening.get(), next, before, recent, symbols)
                            : Optional.empty();
                    if (zone.isPresent()) {
                        return zone;
                    }
                }
            }
            List<Integer> numbers = CitedNumbers.in(text);
            before.addAll(numbers);
            recent.addAll(numbers);
            symbols.addAll(CitedNumbers.symbolsIn(text));
        }
        return Optional.empty();
    }

    private Optional<FootZone> tryZone(Page page, List<Integer> body, int i, NoteOpening first, int next,
            Set<Integer> before, Set<Integer> recent, Set<String> symbols) {
        boolean restart = false;
        if (first.symbol()) {
            if (!symbols.contains(first.mark())) {
                return Optional.empty();
            }
        } else if (first.number() == 1 && next > 1) {
            if (!recent.contains(1)) {
                return Optional.empty();
            }
            restart = true;
        } else if (first.number() < next || !before.contains(first.number())
                || first.number() > next && !recent.contains(first.number())) {
            return Optional.empty();
        }
        boolean farAhead = !first.symbol() && !restart && first.number() > next + LOOKAHEAD;
        if (opensAgain(body, i, first)) {
            return Optional.empty();
        }
        List<FootZone.Opened> notes = parse(body, i, first, next);
        Set<Integer> known = restart ? recent : before;
        long uncited = notes.stream().filter(o -> !o.opening().symbol() && !known.contains(o.opening().number())).count();
        if (uncited * 4 > notes.size() || !beginsLikeANote(notes.get(0))) {
            return Optional.empty();
        }
        if (restart && (uncited > 0 || !notes.stream().allMatch(this::beginsLikeANote))) {
            return Optional.empty();
        }
        if (farAhead && (notes.size() < RESYNC || notes.stream().anyMatch(o -> !recent.contains(o.opening().number())))) {
            return Optional.empty();
        }
        if (first.alone() && notes.size() == 1 && (body.size() - i) * 2 > body.size()) {
            return Optional.empty();
        }
        if (notes.size() == 1 && (opensASection(notes.get(0)) || paragraphs(notes.get(0)))) {
            return Optional.empty();
        }
        return Optional.of(new FootZone(page, body.get(i), notes, restart));
    }

    /** The notes of a block opening at body line {@code i}: each later line opens the next note or continues the last. */
    private List<FootZone.Opened> parse(List<Integer> body, int i, NoteOpening first, int next) {
        List<FootZone.Opened> notes = new ArrayList<>();
        List<Integer> current = new ArrayList<>(List.of(body.get(i)));
        NoteOpening opening = first;
        int expected = first.symbol() ? next : first.number() + 1;
        for (int j = i + 1; j < body.size(); j++) {
            if (body.get(j) - body.get(j - 1) > 1 && runningTextCiting(body, j, expected)) {
                break;
            }
            String text = lines.get(body.get(j)).text();
            Optional<NoteOpening> o = NoteOpening.of(text, expected);
            if (o.isPresent() && !o.get().symbol() && o.get().number() == expected) {
                notes.add(new FootZone.Opened(opening, current));
                opening = o.get();
                current = new ArrayList<>();
                expected++;
            }
            current.add(body.get(j));
        }
        notes.add(new FootZone.Opened(opening, current));
        return notes;
    }

    /**
     * Whether the block of lines opening at body line {@code j} (after a blank line) is running text that
     * goes on after the notes: at least three lines citing the note expected next (notes at the foot of a
     * column, the next column's text after them in the dump). The block of notes ends before it.
     */
    private boolean runningTextCiting(List<Integer> body, int j, int expected) {
        int end = j;
        while (end + 1 < body.size() && body.get(end + 1) - body.get(end) <= 1) {
            end++;
        }
        if (end - j + 1 < COLUMN_BLOCK) {
            return false;
        }
        for (int m = j; m <= end; m++) {
            if (CitedNumbers.in(lines.get(body.get(m)).text()).contains(expected)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a later line of the page opens the same note again before the note after it: then this line
     * only looks like a note (a numbered heading, a list item), and the later one is the note.
     */
    private boolean opensAgain(List<Integer> body, int i, NoteOpening first) {
        int after = first.symbol() ? -1 : first.number() + 1;
        for (int j = i + 1; j < body.size(); j++) {
            Optional<NoteOpening> o = NoteOpening.of(lines.get(body.get(j)).text(), first.number());
            if (o.isEmpty()) {
                continue;
            }
            if (o.get().mark().equals(first.mark())) {
                return true;
            }
            if (o.get().number() == after) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a lone "note" is a numbered section opening at the page's foot ({@code 2. Unified system}
     * over the paragraphs of the section): a short title without a sentence's punctuation, on a line of
     * its own, with lines of text after it that begin a sentence. A note's first line runs on to the
     * width of the note block; a note of one short line has no lines after it.
     */
    private boolean opensASection(FootZone.Opened note) {
        String title = note.opening().text();
        if (title.isEmpty() || note.lines().size() < 3 || title.length() > 50 || WordCount.of(title) > 6
                || ".,;:!?)]”\"".indexOf(title.charAt(title.length() - 1)) >= 0) {
            return false;
        }
        String after = lines.get(note.lines().get(1)).text();
        return Sentences.startsSentence(after) && !Sentences.startsLowercase(after) && after.length() > title.length() * 2;
    }

    /**
     * Whether a lone "note" runs on over paragraphs of running text (a number an extractor moved away
     * from its note, standing before the page's text): eight lines or more, of which two or more end a
     * sentence short of the block's width before a line that begins one. A note seldom has paragraphs.
     */
    private boolean paragraphs(FootZone.Opened note) {
        List<Integer> at = note.lines();
        if (at.size() < 8) {
            return false;
        }
        int widest = 0;
        for (int n : at) {
            widest = Math.max(widest, lines.get(n).length());
        }
        int ends = 0;
        for (int k = 0; k + 1 < at.size(); k++) {
            String text = lines.get(at.get(k)).text();
            ends += lines.get(at.get(k)).length() < widest * 0.75 && Sentences.endsSentence(text)
                    && Sentences.startsSentence(lines.get(at.get(k + 1)).text()) ? 1 : 0;
        }
        return ends >= 2;
    }

    /** Whether a note's text begins as note texts do: not in lower case, unless with a citation word or an address. */
    private boolean beginsLikeANote(FootZone.Opened note) {
        String text = note.opening().text();
        if (text.isEmpty()) {
            text = note.lines().size() > 1 ? lines.get(note.lines().get(1)).text() : "";
        }
        return !text.isEmpty() && (!Sentences.startsLowercase(text) || LOWER_START_ALLOWED.matcher(text).matches());
    }
}
