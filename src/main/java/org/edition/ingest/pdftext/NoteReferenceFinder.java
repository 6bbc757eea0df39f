package org.edition.ingest.pdftext;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.Intervention;
import org.edition.ingest.notes.NoteSequence;
import org.edition.ingest.notes.RomanNumeral;

/**
 * Finds note numbers glued to the word or punctuation before them ({@code century.1}, {@code Act34},
 * {@code cent56)}, {@code services.”2}) and tells them from real numbers by following the running
 * sequence of note numbers: a candidate must be the next expected number or close to it, and a number
 * glued straight to letters must follow a word (not an abbreviation such as G20 or MH17) and be exactly
 * the next number; after an acronym of three capitals or more ({@code CIS3 statements}, {@code OECD2}) only
 * where the source has that note's text. Numbers after a hyphen, a dash or a space (Zapad-2017, 419–3, 5 000) are never
 * candidates, nor digits after a thousands separator or a decimal point ({@code 4.5 per cent}); after a
 * number and a full stop ({@code in 2022.2 Most}) only the next expected number before a new sentence,
 * after a year and a comma ({@code in 2022,5 but}) only the next expected number.
 * The section number opening a text ({@code 2.1 Background}) is never a reference.
 */
public final class NoteReferenceFinder {
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<=[\\p{L}\\p{M}.,;:!?’”\"')\\]])(\\d{1,3})(?=[\\s.,;:!?)\\]’”\"]|$)");
    private static final Pattern SECTION_NUMBER = Pattern.compile("\\d{1,2}(?:\\.\\d{1,2})+\\.?(?=\\s)");
    private static final Pattern BRACKETED = Pattern.compile("\\[(\\d{1,3})\\]");
    private static final Pattern APART = Pattern.compile("(?<=[.,;:!?’”\"')] )(\\d{1,3})(?=$| [\\p{Lu}“\"(])");
    private static final Pattern STAR = Pattern.compile("(?<=[\\p{L}.,;:!?’”\"')\\]])([*†‡])(?=\\s|$)");
    private static final int LOOKAHEAD = 3;
    private final Set<String> labels;
    private final Set<String> symbolsLeft;
    /** The roman-numbered notes the source has, the next to be cited first. */
    private final java.util.Deque<String> romansLeft = new java.util.ArrayDeque<>();
    private final NoteSequence sequence;

    /** A finder for a text whose note texts are unknown: the running sequence alone decides. */
    public NoteReferenceFinder() {
        this(List.of());
    }

    /**
     * A finder that follows the notes the source has: a number starting the numbering again at 1 moves to
     * the next series when that series has a note 1, a bracketed number is a reference where its note exists,
     * a star where a star note exists.
     *
     * @param labels the labels of the source's note texts, in order ({@code 1}, {@code 2}, … {@code 1-2}, {@code *})
     */
    public NoteReferenceFinder(List<String> labels) {
        this.labels = new HashSet<>(labels);
        this.sequence = new NoteSequence(this.labels);
        this.symbolsLeft = new HashSet<>();
        labels.stream().filter(l -> !l.isEmpty() && !Character.isDigit(l.charAt(0))).forEach(symbolsLeft::add);
        for (int n = 1; n < 100 && labels.contains(RomanNumeral.of(n)); n++) {
            romansLeft.add(RomanNumeral.of(n));
        }
    }

    /**
     * A note reference found in a text.
     *
     * @param start  where its mark begins
     * @param end    where it ends
     * @param number the note number (0 for a symbol)
     * @param label  the label of the note it refers to
     */
    public record Reference(int start, int end, int number, String label) {
        /** A reference to note {@code number} of the first series. */
        public Reference(int start, int end, int number) {
            this(start, end, number, Integer.toString(number));
        }
    }

    /** The note number expected next. */
    public int expected() {
        return sequence.expected();
    }

    /** Finds the references in running text read after everything given before, and moves the sequence on. */
    public List<Reference> find(String text) {
        return find(text, false);
    }

    /**
     * Finds the references in a text read after everything given before, and moves the sequence on.
     *
     * @param heading whether the text is a heading, where a number glued to a word in capitals
     *                ({@code DISORDER12}) can be a note reference
     */
    public List<Reference> find(String text, boolean heading) {
        List<Reference> found = new ArrayList<>();
        Matcher m = CANDIDATE.matcher(text);
        Matcher section = SECTION_NUMBER.matcher(text);
        if (section.lookingAt()) {
            m.region(section.end(), text.length());
        }
        int lastEnd = -1;
        while (m.find()) {
            int number = Integer.parseInt(m.group(1));
            startSeriesAt(number);
            if (accepts(text, m.start(), number, lastEnd, heading)) {
                found.add(reference(m.start(), m.end(), number));
                lastEnd = m.end();
            }
        }
        found.addAll(others(text, found));
        found.sort(java.util.Comparator.comparingInt(Reference::start));
        return found;
    }

    /** A reference to 1 after the first series moves to the next series when the source has one. */
    private void startSeriesAt(int number) {
        sequence.startsNextSeriesAt(number);
    }

    private Reference reference(int start, int end, int number) {
        return new Reference(start, end, number, sequence.cite(number));
    }

    /** Bracketed numbers whose note exists, stars whose note exists, the next number set apart between sentences. */
    private List<Reference> others(String text, List<Reference> glued) {
        List<Reference> found = new ArrayList<>();
        if (labels.isEmpty()) {
            return found;
        }
        Matcher b = BRACKETED.matcher(text);
        while (b.find()) {
            int number = Integer.parseInt(b.group(1));
            if (sequence.hasText(NoteSequence.label(number, sequence.series()))
                    && glued.stream().noneMatch(r -> r.start() == b.start(1))) {
                found.add(reference(b.start(), b.end(), number));
            }
        }
        Matcher a = APART.matcher(text);
        while (a.find()) {
            int number = Integer.parseInt(a.group(1));
            startSeriesAt(number);
            if (sequence.isExpected(number) && sequence.hasText(NoteSequence.label(number, sequence.series()))) {
                found.add(reference(a.start(), a.end(), number));
            }
        }
        Matcher roman = RomanEndnotes.CITED.matcher(text);
        while (!romansLeft.isEmpty() && roman.find()) {
            if (!roman.group(1).isEmpty() && roman.group(1).equals(romansLeft.peekFirst())) {
                found.add(new Reference(roman.start(1), roman.end(1), 0, romansLeft.removeFirst()));
            }
        }
        Matcher star = STAR.matcher(text);
        while (!symbolsLeft.isEmpty() && star.find()) {
            if (symbolsLeft.remove(star.group(1))) {
                found.add(new Reference(star.start(), star.end(), 0, star.group(1)));
            }
        }
        return found;
    }

    private boolean accepts(String text, int start, int number, int lastEnd, boolean heading) {
        char before = text.charAt(start - 1);
        int expected = sequence.expected();
        if (number < expected || number > expected + LOOKAHEAD) {
            return false;
        }
        if (Character.isLetter(before)) {
            int w = start;
            while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
                w--;
            }
            String word = text.substring(w, start);
            boolean glued = w > 0 && Character.isLetterOrDigit(text.charAt(w - 1));
            boolean acronym = word.length() >= 3 && number == expected && !labels.isEmpty()
                    && sequence.hasText(NoteSequence.label(number, sequence.series()));
            return number <= expected + 1 && word.length() >= 2 && !glued
                    && (heading ? number == expected : word.codePoints().anyMatch(Character::isLowerCase) || acronym);
        }
        if ((before == '.' || before == ',') && start >= 2 && Character.isDigit(text.charAt(start - 2))) {
            if (before == ',') {
                return start - 1 == lastEnd || number == expected && yearBefore(text, start - 1);
            }
            return number == expected && sentenceFollows(text, start);
        }
        return true;
    }

    /**
     * Whether a year stands right before {@code at}: four digits, the first 1 or 2, as a whole number
     * ({@code in 2022,5 but}). Thousands separators and decimal commas are not written after a year.
     */
    private static boolean yearBefore(String text, int at) {
        int from = at;
        while (from > 0 && Character.isDigit(text.charAt(from - 1))) {
            from--;
        }
        boolean whole = from == 0 || !Character.isLetterOrDigit(text.charAt(from - 1)) && ".,".indexOf(text.charAt(from - 1)) < 0;
        return whole && at - from == 4 && (text.charAt(from) == '1' || text.charAt(from) == '2');
    }

    /** Whether a new sentence (or nothing) follows the digits at {@code start}: {@code 2022.2 Most}, not {@code 4.5 per}. */
    private static boolean sentenceFollows(String text, int start) {
        int end = start;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        String rest = text.substring(end).stripLeading();
        return rest.isEmpty() || end < text.length() && Character.isWhitespace(text.charAt(end))
                && Sentences.startsSentence(rest) && !Character.isDigit(rest.charAt(0));
    }

    /**
     * Turns the glued note numbers of the blocks into references, in reading order.
     *
     * @param blocks headings, paragraphs, lists and sidebars of the body, in order (a pull quote repeats
     *               the text and cites nothing)
     * @param log    where each reference is recorded
     */
    public void link(List<Block> blocks, ImportLog log) {
        for (Block block : blocks) {
            if (block instanceof Block.Heading h) {
                link(h.text(), true, log);
            } else if (block instanceof Block.Paragraph p) {
                link(p.text(), false, log);
            } else if (block instanceof Block.BulletList list) {
                list.items().forEach(item -> link(item, false, log));
            } else if (block instanceof Block.Sidebar box) {
                box.paragraphs().forEach(p -> link(p, false, log));
            }
        }
    }

    private void link(TextRun run, boolean heading, ImportLog log) {
        String text = run.text();
        for (Reference r : find(text, heading)) {
            run.replace(r.start(), r.end() - r.start(), "[^" + r.label() + "]");
            log.noteReference(r.label(), run.lineAt(r.start()));
            int from = Math.max(0, r.start() - 12);
            log.did(Intervention.Kind.NOTE_REFERENCE_UNGLUED, run.lineAt(r.start()),
                    "[^" + r.label() + "] after “" + text.substring(from, r.start()).strip() + "”");
        }
    }
}
