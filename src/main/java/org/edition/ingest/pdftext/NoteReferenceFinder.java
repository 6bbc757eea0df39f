package org.edition.ingest.pdftext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.Intervention;

/**
 * Finds note numbers glued to the word or punctuation before them ({@code century.1}, {@code Act34},
 * {@code cent56)}, {@code services.”2}) and tells them from real numbers by following the running
 * sequence of note numbers: a candidate must be the next expected number or close to it, and a number
 * glued straight to letters must follow a word (not an abbreviation such as G20 or MH17) and be exactly
 * the next number. Numbers after a hyphen, a dash or a space (Zapad-2017, 419–3, 5 000) are never
 * candidates, nor digits after a thousands separator or a decimal point ({@code 4.5 per cent}); after a
 * number and a full stop ({@code in 2022.2 Most}) only the next expected number before a new sentence,
 * after a year and a comma ({@code in 2022,5 but}) only the next expected number.
 * The section number opening a text ({@code 2.1 Background}) is never a reference.
 */
public final class NoteReferenceFinder {
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<=[\\p{L}\\p{M}.,;:!?’”\"')\\]])(\\d{1,3})(?=[\\s.,;:!?)\\]’”\"]|$)");
    private static final Pattern SECTION_NUMBER = Pattern.compile("\\d{1,2}(?:\\.\\d{1,2})+\\.?(?=\\s)");
    private static final int LOOKAHEAD = 3;
    private int expected = 1;

    /**
     * A note reference found in a text.
     *
     * @param start  where its digits begin
     * @param end    where they end
     * @param number the note number
     */
    public record Reference(int start, int end, int number) {
    }

    /** The note number expected next. */
    public int expected() {
        return expected;
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
            if (accepts(text, m.start(), number, lastEnd, heading)) {
                found.add(new Reference(m.start(), m.end(), number));
                expected = number + 1;
                lastEnd = m.end();
            }
        }
        return found;
    }

    private boolean accepts(String text, int start, int number, int lastEnd, boolean heading) {
        char before = text.charAt(start - 1);
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
            return number <= expected + 1 && word.length() >= 2 && !glued
                    && (heading ? number == expected : word.codePoints().anyMatch(Character::isLowerCase));
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
     * @param blocks headings, paragraphs and lists of the body, in order
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
            }
        }
    }

    private void link(TextRun run, boolean heading, ImportLog log) {
        String text = run.text();
        for (Reference r : find(text, heading)) {
            run.replace(r.start(), r.end() - r.start(), "[^" + r.number() + "]");
            int from = Math.max(0, r.start() - 12);
            log.did(Intervention.Kind.NOTE_REFERENCE_UNGLUED, run.lineAt(r.start()),
                    "[^" + r.number() + "] after “" + text.substring(from, r.start()).strip() + "”");
        }
    }
}
