package org.edition.ingest.pdfmarkdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.Intervention;
import org.edition.ingest.notes.NoteRunRule;
import org.edition.ingest.notes.NoteSequence;
import org.edition.ingest.pdfmarkdown.SourceBlock.Kind;

/**
 * Lifts the notes out of the body. A page's note block (found by {@link NoteRun} and judged by
 * {@link NoteRunRule}) ends that page; a notes section under a "Notes" or "Footnotes" heading (list items
 * or table rows) ends nothing. What remains is the body, with the page ends where the note blocks stood,
 * and the note texts in order.
 */
final class NoteLayout {
    private static final Pattern NOTES_HEADING = Pattern.compile(
            "(?i)^(?:end\\s?notes|foot\\s?notes|notes|notes and references|references and notes)[.:]?$");

    /**
     * The body with its page ends, and the notes.
     *
     * @param body       the body's blocks and page ends, in order
     * @param notes      the note texts, in order
     * @param endsInNote whether the source ends inside the notes (its last block is a note's)
     */
    record Result(List<BodyPart> body, List<NoteText> notes, boolean endsInNote) {
    }

    private final List<SourceBlock> blocks;
    private final ImportLog log;
    private final List<BodyPart> body = new ArrayList<>();
    private final Map<String, NoteText> notes = new LinkedHashMap<>();
    private final Set<Integer> cited = new HashSet<>();
    private final boolean bodyCites;
    private int lastNote;
    private int series = 1;
    private boolean inNotes;
    private boolean underNotesHeading;

    private NoteLayout(List<SourceBlock> blocks, ImportLog log) {
        this.blocks = List.copyOf(blocks);
        this.log = log;
        this.bodyCites = blocks.stream().anyMatch(b -> !b.is(Kind.NUMBERED)
                && !InlineText.candidateReferences(b.text()).isEmpty());
    }

    /**
     * Separates the notes from the body.
     *
     * @param blocks the blocks of the body, cover and contents removed
     * @param log    records the guesses and the joins within notes
     */
    static Result lay(List<SourceBlock> blocks, ImportLog log) {
        return new NoteLayout(blocks, log).run();
    }

    private Result run() {
        int i = 0;
        while (i < blocks.size()) {
            SourceBlock b = blocks.get(i);
            if (b.is(Kind.HEADING) && NOTES_HEADING.matcher(b.text().trim()).matches() && notesFollow(i + 1)) {
                dropRuleBefore(b);
                i = NotesSection.read(blocks, i, this);
            } else if (b.is(Kind.RULE)) {
                i = afterRule(i);
            } else if (b.is(Kind.NUMBERED)) {
                i = numbered(i);
            } else {
                keep(b);
                i++;
            }
        }
        return new Result(List.copyOf(body), List.copyOf(notes.values()), inNotes);
    }

    private int afterRule(int i) {
        NoteRun run = NoteRun.at(blocks, i + 1, true);
        if (run != null && accepted(run, true)) {
            take(run);
            endPage(blocks.get(i).line());
            return run.end();
        }
        if (lastBodyText() != null && i + 1 < blocks.size() && blocks.get(i + 1).is(Kind.PARAGRAPH)) {
            PageJoinRule.Verdict v = PageJoinRule.judge(lastBodyText().text(), blocks.get(i + 1).text());
            if (v.join() && v.sure()) {
                body.add(new BodyPart.PageEnd(blocks.get(i).line(), true));
                return i + 1;
            }
        }
        keep(blocks.get(i));
        return i + 1;
    }

    private int numbered(int i) {
        NoteRun run = NoteRun.at(blocks, i, false);
        if (accepted(run, false)) {
            pullContinuationBefore(i);
            take(run);
            endPage(blocks.get(i).line());
            return run.end();
        }
        for (int k = run.start(); k < run.end(); k++) {
            keep(blocks.get(k));
        }
        return run.end();
    }

    /** A page's notes end the page; the notes of a notes section end nothing. */
    private void endPage(int line) {
        if (!underNotesHeading) {
            body.add(new BodyPart.PageEnd(line, false));
        }
    }

    private boolean accepted(NoteRun run, boolean afterRule) {
        SourceBlock before = lastBodyText();
        boolean hasText = notes.containsKey(NoteSequence.label(run.firstNumber(), series));
        boolean colon = before != null && before.text().strip().endsWith(":");
        NoteRunRule.Evidence e = new NoteRunRule.Evidence(run.firstNumber(), lastNote + 1, afterRule, underNotesHeading,
                cited.contains(run.firstNumber()), run.allIn(cited), bodyCites, hasText, colon,
                run.readsLikeCitations(), comesAgain(run));
        NoteRunRule.Verdict v = NoteRunRule.judge(e);
        if (!v.sure()) {
            log.guessed(Intervention.Kind.OTHER, run.items().get(0).line(), "numbered items " + run.numbers()
                    + (v.notes() ? " read as notes: " : " kept as a list of the body: ") + v.reasons());
        }
        return v.notes();
    }

    /** Whether the next run of numbered items after this one starts with the same number. */
    private boolean comesAgain(NoteRun run) {
        for (int k = run.end(); k < blocks.size(); k++) {
            SourceBlock b = blocks.get(k);
            if (b.is(Kind.NUMBERED) && !blocks.get(k - 1).is(Kind.NUMBERED)) {
                return b.number() == run.firstNumber();
            }
        }
        return false;
    }

    private void take(NoteRun run) {
        if (run.leading() != null) {
            continueLastNote(run.leading(), false);
        }
        for (NoteRun.Joined j : run.joined()) {
            log.did(j.inUrl() ? Intervention.Kind.URL_REJOINED : Intervention.Kind.OTHER, j.block().line(),
                    "note text split by a blank line, joined: " + j.block().text());
        }
        run.items().forEach(item -> addNote(item, item.number()));
    }

    /**
     * Adds a note text. Notes that start again at 1 after a higher number begin a new series, labelled
     * {@code 1-2}, {@code 2-2} …; a number found twice within a series gets a label of its own, and the
     * editor is warned.
     */
    void addNote(SourceBlock text, int number) {
        if (number == 1 && lastNote > 1) {
            series++;
            log.info(text.line(), "the notes start again at 1: from here they are labelled 1-" + series + ", 2-"
                    + series + " …");
        }
        String label = NoteSequence.label(number, series);
        if (notes.containsKey(label)) {
            String again = label + "-again";
            log.warn(text.line(), "a second note " + label + " (first at line " + notes.get(label).block().line()
                    + "): kept as note " + again);
            label = again;
        }
        notes.put(label, new NoteText(label, number, text));
        lastNote = number;
        inNotes = true;
    }

    /** Joins text to the last note: a note that runs on to the foot of the next page, or past a blank line. */
    void continueLastNote(SourceBlock more, boolean guessed) {
        if (notes.isEmpty()) {
            keep(more);
            return;
        }
        String label = joinToLastNote(more);
        String detail = "note " + label + " continues on the next page: " + more.text();
        if (guessed) {
            log.guessed(Intervention.Kind.PARAGRAPH_JOINED_ACROSS_PAGES, more.line(), detail);
        } else {
            log.did(Intervention.Kind.PARAGRAPH_JOINED_ACROSS_PAGES, more.line(), detail);
        }
    }

    /** Joins text to the last note and returns its label; there must be a note. */
    String joinToLastNote(SourceBlock more) {
        NoteText last = new ArrayList<>(notes.values()).get(notes.size() - 1);
        notes.put(last.label(), last.append(NoteEnding.separator(last.block().text(), more.text()), more));
        inNotes = true;
        return last.label();
    }

    /**
     * Without a rule, a note block may open with the end of the last note of the page before: a short
     * paragraph just before the items, when that note is unfinished and the paragraph begins in lower
     * case or the note ends on a small word or inside a broken URL. A guess.
     */
    private void pullContinuationBefore(int i) {
        if (notes.isEmpty() || body.isEmpty() || !(body.get(body.size() - 1) instanceof BodyPart.Text t)
                || !t.block().is(Kind.PARAGRAPH) || i == 0 || blocks.get(i - 1) != t.block()) {
            return;
        }
        String lastText = new ArrayList<>(notes.values()).get(notes.size() - 1).block().text();
        String text = t.block().text();
        boolean opens = Character.isLowerCase(text.charAt(0)) || NoteEnding.endsOpen(lastText);
        if (NoteEnding.unfinished(lastText) && text.length() <= 300 && opens) {
            body.remove(body.size() - 1);
            continueLastNote(t.block(), true);
        }
    }

    /** A rule just before a notes section only set the notes apart from the body; they are lifted out. */
    private void dropRuleBefore(SourceBlock heading) {
        if (!body.isEmpty() && body.get(body.size() - 1) instanceof BodyPart.Text t && t.block().is(Kind.RULE)) {
            body.remove(body.size() - 1);
            log.did(Intervention.Kind.OTHER, t.block().line(), "rule before the notes section dropped: "
                    + t.block().text());
        }
    }

    /**
     * Whether a notes section's items begin at {@code k}: list items, or table rows (a header row may
     * come first) of which one has a note number.
     */
    private boolean notesFollow(int k) {
        if (k >= blocks.size()) {
            return false;
        }
        if (blocks.get(k).is(Kind.NUMBERED) || blocks.get(k).is(Kind.BULLET)) {
            return true;
        }
        for (int j = k; j < blocks.size() && blocks.get(j).is(Kind.TABLE_ROW); j++) {
            if (blocks.get(j).number() > 0) {
                return true;
            }
        }
        return false;
    }

    void keep(SourceBlock b) {
        inNotes = false;
        if (b.is(Kind.HEADING)) {
            underNotesHeading = NOTES_HEADING.matcher(b.text().trim()).matches();
        }
        body.add(new BodyPart.Text(b));
        cited.addAll(InlineText.candidateReferences(b.text()));
    }

    int lastNote() {
        return lastNote;
    }

    ImportLog log() {
        return log;
    }

    private SourceBlock lastBodyText() {
        for (int k = body.size() - 1; k >= 0; k--) {
            if (body.get(k) instanceof BodyPart.Text t) {
                return t.block().is(Kind.PARAGRAPH) ? t.block() : null;
            }
        }
        return null;
    }
}
