package org.edition.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.Intervention;
import org.edition.ingest.notes.NoteSequence;

/**
 * Reads the footnotes at the foot of each page (or of each column): the lines from the first note
 * start down to the foot, where a note start is a line opening with a raised number (or a number in
 * the note size) that continues the note sequence; lines in the note size just above the first start,
 * or a foot block with no start at all, continue the last note of the page before. Small text at the
 * foot that continues no note (a table's "Source:" and "Notes:" lines) is left to the text. A notes
 * section (a heading like "Notes" or "References" over a numbered list) is read as notes too.
 */
final class FootnoteBlocks {
    private static final Pattern PLAIN_START = Pattern.compile("^([0-9]{1,4}|[*†‡])[.)]?(?:\\s+|(?=\\p{Lu}))(.*)$");
    private static final Pattern TABLE_NOTE = Pattern.compile("(?i)^(sources?|notes?|source and notes?)\\s*:");
    private final TypographicProfile profile;
    private final Joiner joiner;
    private final ImportLog log;
    private final NoteSequence sequence = new NoteSequence();
    private final List<Draft> notes = new ArrayList<>();
    private final Map<TextLine, Boolean> used = new IdentityHashMap<>();
    private static final Pattern NOTES_HEADING = Pattern.compile("(?i)^(notes|endnotes|references|footnotes|notes and references)$");
    private static final Pattern SECTION_START = Pattern.compile("^([0-9]{1,4})[.)]?\\s+(\\S.*)$");
    private boolean inSection;
    private Draft sectionNote;

    /** A note being read. */
    static final class Draft {
        final String label;
        final int page;
        final List<Inline> text = new ArrayList<>();

        Draft(String label, int page) {
            this.label = label;
            this.page = page;
        }
    }

    FootnoteBlocks(TypographicProfile profile, Joiner joiner, ImportLog log) {
        this.profile = profile;
        this.joiner = joiner;
        this.log = log;
    }

    /** The notes read so far, in order. */
    List<Draft> notes() {
        return notes;
    }

    /** Whether a line was read as part of a note. */
    boolean isNote(TextLine line) {
        return used.containsKey(line);
    }

    /** Reads the notes of one page: a notes section, and the note blocks at the foot of its columns. */
    void read(List<Placed> page, float pageHeight) {
        readSection(page);
        TreeSet<Integer> columns = new TreeSet<>();
        page.forEach(p -> columns.add(p.column()));
        for (int column : columns) {
            List<TextLine> lines = new ArrayList<>();
            for (Placed p : page) {
                if (p.column() == column && !used.containsKey(p.line())) {
                    lines.add(p.line());
                }
            }
            lines.sort(Comparator.comparingDouble(TextLine::baseline));
            readColumn(lines, pageHeight);
        }
    }

    private void readColumn(List<TextLine> lines, float pageHeight) {
        int first = firstStart(lines, pageHeight);
        if (first < 0) {
            continuationOnly(lines, pageHeight);
            return;
        }
        int top = first;
        while (top > 0 && continues(lines.get(top - 1), lines.get(top))) {
            top--;
        }
        Draft open = notes.isEmpty() ? null : notes.get(notes.size() - 1);
        if (top < first && open != null) {
            for (int i = top; i < first; i++) {
                add(open, lines.get(i), 0);
            }
            log.did(Intervention.Kind.OTHER, lines.get(top).page(), "note " + open.label + " continued from the page before");
        }
        Draft current = null;
        for (int i = first; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            Optional<Start> start = start(line, pageHeight);
            if (start.isPresent() && (current == null || fits(start.get()))) {
                current = new Draft(take(start.get(), line.page()), line.page());
                notes.add(current);
                if (start.get().plainText != null) {
                    joiner.append(current.text, LineText.merge(List.of(new Inline.Words(start.get().plainText))), line.page());
                    add(current, line, line.runs().size());
                    used.put(line, true);
                } else {
                    add(current, line, 1);
                }
            } else if (current != null) {
                add(current, line, 0);
            }
        }
    }

    /**
     * Reads a notes section: after a heading like "Notes" or "References" whose next line starts
     * note 1 (or the note expected next), every line is a note start (a number the sequence expects,
     * raised or not, in any size) or goes on with the note above, until the next heading.
     */
    private void readSection(List<Placed> page) {
        int from = 0;
        while (from < page.size()) {
            if (!inSection) {
                for (int i = from; i + 1 < page.size() && !inSection; i++) {
                    TextLine line = page.get(i).line();
                    if (NOTES_HEADING.matcher(line.text()).matches() && headingLike(line)
                            && (sectionStart(page.get(i + 1).line()).isPresent() || newSeries(page.get(i + 1).line()).isPresent())) {
                        inSection = true;
                        sectionNote = null;
                        from = i + 1;
                    }
                }
                if (!inSection) {
                    return;
                }
            }
            int i = from;
            int ended = -1;
            for (; inSection && i < page.size(); i++) {
                TextLine line = page.get(i).line();
                Optional<Start> start = i == from ? newSeries(line).or(() -> sectionStart(line)) : sectionStart(line);
                if (start.isPresent()) {
                    sectionNote = new Draft(take(start.get(), line.page()), line.page());
                    notes.add(sectionNote);
                    if (start.get().plainText != null) {
                        joiner.append(sectionNote.text, LineText.merge(List.of(new Inline.Words(start.get().plainText))), line.page());
                        used.put(line, true);
                    } else {
                        add(sectionNote, line, 1);
                    }
                } else if (headingLike(line)) {
                    inSection = false; // a chapter's notes end here; the next chapter may have its own
                    ended = i;
                } else if (sectionNote != null) {
                    add(sectionNote, line, 0);
                }
            }
            from = inSection ? page.size() : ended; // the heading that ended them may open the next notes
        }
    }

    private Optional<Start> sectionStart(TextLine line) {
        if (line.opensRaised() && line.runs().size() > 1) {
            String mark = line.runs().get(0).text().strip();
            Optional<Integer> n = NoteSequence.number(mark);
            return n.isPresent() && sequence.isExpected(n.get()) ? Optional.of(new Start(mark, null)) : Optional.empty();
        }
        Matcher m = SECTION_START.matcher(line.text());
        if (m.matches() && sequence.isExpected(Integer.parseInt(m.group(1)))) {
            return Optional.of(new Start(m.group(1), m.group(2)));
        }
        return Optional.empty();
    }

    /**
     * The start of note 1 of a new series, where the line under a notes heading opens one: a chapter's
     * own notes, numbered again from 1 after the notes of the chapter before.
     */
    private Optional<Start> newSeries(TextLine line) {
        Matcher m = SECTION_START.matcher(line.text());
        return sequence.expected() > 1 && m.matches() && m.group(1).equals("1")
                ? Optional.of(new Start(m.group(1), m.group(2))) : Optional.empty();
    }

    private boolean headingLike(TextLine line) {
        return line.size() >= profile.body() + 1f || line.bold() && line.length() < 80 && !line.opensRaised();
    }

    private void add(Draft note, TextLine line, int fromRun) {
        joiner.append(note.text, LineText.of(line, fromRun), line.page());
        used.put(line, true);
    }

    /** The index of the topmost note start from which every line down to the foot can be a note, or -1. */
    private int firstStart(List<TextLine> lines, float pageHeight) {
        int candidate = -1;
        for (int i = lines.size() - 1; i >= 0; i--) {
            TextLine line = lines.get(i);
            if (line.size() > profile.body() + 0.4f || !profile.smaller(line) && line.baseline() < pageHeight * 0.45f) {
                break;
            }
            Optional<Start> s = start(line, pageHeight);
            if (s.isPresent()) {
                candidate = i;
            } else if (TABLE_NOTE.matcher(line.text()).find() && candidate < 0) {
                break;
            }
        }
        if (candidate < 0) {
            return -1;
        }
        for (int i = candidate; i < lines.size(); i++) {
            Optional<Start> s = start(lines.get(i), pageHeight);
            if (s.isPresent() && fits(s.get())) {
                return i;
            }
        }
        return -1;
    }

    private void continuationOnly(List<TextLine> lines, float pageHeight) {
        if (notes.isEmpty() || lines.isEmpty()) {
            return;
        }
        int top = lines.size() - 1;
        TextLine last = lines.get(top);
        if (!noteLike(last) || last.baseline() < pageHeight * 0.6f) {
            return;
        }
        while (top > 0 && continues(lines.get(top - 1), lines.get(top))) {
            top--;
        }
        if (top == 0) {
            return;
        }
        Draft open = notes.get(notes.size() - 1);
        if (open.page < lines.get(0).page() - 1) {
            return;
        }
        for (int i = top; i < lines.size(); i++) {
            add(open, lines.get(i), 0);
        }
        log.did(Intervention.Kind.OTHER, lines.get(top).page(), "note " + open.label + " continued from the page before");
    }

    /** Whether the line above can belong to the same note block as the line below it. */
    private boolean continues(TextLine above, TextLine below) {
        return noteLike(above) && below.baseline() - above.baseline() <= Math.max(above.size(), below.size()) * 1.7f;
    }

    private boolean noteLike(TextLine line) {
        return profile.smaller(line) && profile.noteSized(line) && !line.bold()
                && !TABLE_NOTE.matcher(line.text()).find();
    }

    /** A note start: its mark, and for a number not set raised, the text after it. */
    private record Start(String mark, String plainText) {
    }

    private Optional<Start> start(TextLine line, float pageHeight) {
        if (line.opensRaised() && line.runs().size() > 1) {
            String mark = line.runs().get(0).text().strip();
            boolean numberOrSymbol = NoteSequence.number(mark).isPresent() || NoteSequence.isSymbol(mark);
            if (numberOrSymbol && (profile.smaller(line) || line.baseline() > pageHeight * 0.45f)) {
                return Optional.of(new Start(mark, null));
            }
            return Optional.empty();
        }
        if (profile.smaller(line) && profile.noteSized(line)) {
            Matcher m = PLAIN_START.matcher(line.text());
            if (m.matches()) {
                Optional<Integer> n = NoteSequence.number(m.group(1));
                if (n.isPresent() ? sequence.isExpected(n.get()) : NoteSequence.isSymbol(m.group(1))) {
                    return Optional.of(new Start(m.group(1), m.group(2)));
                }
            }
        }
        return Optional.empty();
    }

    private boolean fits(Start s) {
        return NoteSequence.number(s.mark).map(sequence::fits).orElse(true);
    }

    private String take(Start s, int page) {
        Optional<Integer> n = NoteSequence.number(s.mark);
        if (n.isPresent()) {
            if (n.get() == 1 && sequence.expected() > 1) {
                log.did(Intervention.Kind.OTHER, page, "note numbering starts again at 1 after note " + (sequence.expected() - 1));
            }
            return sequence.take(n.get());
        }
        return sequence.takeSymbol(s.mark);
    }
}
