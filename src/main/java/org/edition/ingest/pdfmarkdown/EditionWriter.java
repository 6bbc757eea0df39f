package org.edition.ingest.pdfmarkdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.edition.ingest.importer.EditionMarkers;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.Intervention;
import org.edition.ingest.metadata.FoundMetadata;
import org.edition.ingest.notes.NoteSequence;
import org.edition.ingest.pdfmarkdown.EditionBlock.Type;
import org.edition.ingest.pdfmarkdown.SourceBlock.Kind;

/**
 * Writes the body and the notes as edition Markdown: one block a paragraph, blank lines between
 * blocks, headings at the edition's levels, a page marker where each page of the original begins
 * (inside a paragraph the page cut, at the join), the author notes under a supplied heading, and the
 * note definitions at the end in order.
 */
final class EditionWriter {
    /** A line that says the source itself leaves text out here, like {@code < truncated lines 93-94 >}. */
    private static final Pattern GAP = Pattern.compile("(?i)^\\s*[<\\[(]\\s*(?:\\.{3}\\s*)?(?:truncated|omitted|"
            + "text missing|missing text)\\b.*[>\\])]\\s*$");

    /** A converter's anchor after a heading, like {@code {#method}}: the edition makes its own anchors. */
    private static final Pattern HEADING_ANCHOR = Pattern.compile("\\s*\\{#[^}\\s]+\\}\\s*$");

    /** A paragraph ending in a word and a hyphen: a word the page end may have broken. */
    private static final Pattern WORD_BROKEN = Pattern.compile("\\p{L}-$");

    private final ImportLog log;
    private final InlineText inline;

    /** @param log receives every intervention */
    EditionWriter(ImportLog log) {
        this.log = log;
        this.inline = new InlineText(log);
    }

    /**
     * Writes the edition Markdown.
     *
     * @param layout   the body with its page ends, and the notes
     * @param contents the dropped contents list's entries, to number the pages
     * @param found    the cover's metadata, to know the authors
     */
    String write(NoteLayout.Result layout, List<ContentsList.Entry> contents, FoundMetadata found) {
        List<SourceBlock> headings = layout.body().stream().filter(p -> p instanceof BodyPart.Text t
                && t.block().is(Kind.HEADING)).map(p -> ((BodyPart.Text) p).block()).toList();
        HeadingLevels levels = HeadingLevels.of(headings);
        int page = PageNumbers.firstPage(layout.body(), contents, log);
        Set<String> labels = layout.notes().stream().map(NoteText::label).collect(Collectors.toSet());
        NoteSequence sequence = new NoteSequence(labels);
        List<EditionBlock> out = new ArrayList<>();
        BodyPart.PageEnd pending = null;
        for (BodyPart part : layout.body()) {
            if (part instanceof BodyPart.PageEnd end) {
                if (pending != null) {
                    out.add(new EditionBlock(Type.PAGE, EditionMarkers.page(String.valueOf(page)), end.line()));
                }
                page++;
                pending = end;
                continue;
            }
            SourceBlock b = ((BodyPart.Text) part).block();
            EditionBlock block = render(b, levels, sequence);
            if (pending != null) {
                placeAfterPageEnd(out, block, b, EditionMarkers.page(String.valueOf(page)), pending);
                pending = null;
            } else {
                add(out, block);
            }
        }
        List<EditionBlock> marked = BackMatter.mark(out, found, log);
        StringBuilder s = new StringBuilder();
        marked.forEach(b -> s.append(b.text()).append("\n\n"));
        for (NoteText note : layout.notes()) {
            log.noteText(note.label(), note.block().line());
            s.append("[^").append(note.label()).append("]: ")
                    .append(inline.note(note.block(), note.block().text(), 0))
                    .append(breaksOff(layout, note) ? " " + EditionMarkers.NOTE_BREAKS_OFF : "").append("\n\n");
        }
        String text = s.toString().replaceAll("\n+$", "\n");
        return text.isBlank() ? "" : text;
    }

    /** Whether the note is the last thing in the source and stops in mid-sentence: the source breaks off. */
    private boolean breaksOff(NoteLayout.Result layout, NoteText note) {
        List<NoteText> notes = layout.notes();
        if (!layout.endsInNote() || note != notes.get(notes.size() - 1)
                || !NoteEnding.unfinished(note.block().text())) {
            return false;
        }
        List<Integer> lines = note.block().lines();
        int line = lines.get(lines.size() - 1);
        log.guessed(Intervention.Kind.NOTE_BREAKS_OFF, line, "note " + note.label() + " ends the source in "
                + "mid-sentence: " + tail(note.block().text()));
        log.warn(line, "the source breaks off inside note " + note.label() + "; its text is kept as far as it goes");
        return true;
    }

    private EditionBlock render(SourceBlock b, HeadingLevels levels, NoteSequence sequence) {
        String text = b.is(Kind.CODE) || b.is(Kind.TABLE_ROW) || b.is(Kind.RULE) ? b.raw()
                : inline.body(b, b.text(), 0, sequence);
        return switch (b.kind()) {
            case HEADING -> heading(b, text, levels);
            case NUMBERED -> new EditionBlock(Type.NUMBERED_LIST, b.number() + ". " + text, b.line());
            case BULLET -> new EditionBlock(Type.BULLET_LIST, "- " + text, b.line());
            case RULE -> new EditionBlock(Type.RULE, "---", b.line());
            case TABLE_ROW -> new EditionBlock(Type.TABLE, text.strip(), b.line());
            case CODE -> new EditionBlock(Type.VERBATIM, text, b.line());
            default -> paragraph(b, text);
        };
    }

    private EditionBlock heading(SourceBlock b, String text, HeadingLevels levels) {
        Matcher anchor = HEADING_ANCHOR.matcher(text);
        if (anchor.find()) {
            log.did(Intervention.Kind.OTHER, b.line(), "heading anchor of the converter removed: "
                    + anchor.group().strip());
            text = text.substring(0, anchor.start());
        }
        int level = levels.level(b);
        if (level != b.level()) {
            log.did(Intervention.Kind.OTHER, b.line(), "heading level " + "#".repeat(b.level()) + " made "
                    + "#".repeat(level) + ": " + b.text());
        }
        return new EditionBlock(Type.HEADING, "#".repeat(level) + " " + text, b.line());
    }

    private EditionBlock paragraph(SourceBlock b, String text) {
        if (GAP.matcher(b.text()).matches()) {
            log.warn(b.line(), "the source has a gap here, marked \"" + b.text().strip()
                    + "\": the line is kept as it is and no text is supplied");
        }
        return new EditionBlock(Type.PARAGRAPH, text, b.line());
    }

    /** Places the first block of a new page: joined to the paragraph the page cut, or after a page marker. */
    private void placeAfterPageEnd(List<EditionBlock> out, EditionBlock block, SourceBlock source, String marker,
            BodyPart.PageEnd end) {
        EditionBlock last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (last != null && last.is(Type.PARAGRAPH) && block.is(Type.PARAGRAPH)) {
            PageJoinRule.Verdict v = PageJoinRule.judge(last.text(), block.text());
            if (v.join()) {
                boolean hyphen = WORD_BROKEN.matcher(last.text()).find() && Character.isLowerCase(block.text().charAt(0));
                out.set(out.size() - 1, last.withText(last.text() + (hyphen ? "" : " ") + marker + block.text()));
                if (hyphen) {
                    log.guessed(Intervention.Kind.HYPHEN_KEPT, source.line(), "word broken across the page end, "
                            + "joined with its hyphen: " + tail(last.text()) + block.text().split("\\s", 2)[0]);
                }
                Intervention.Kind kind = end.byRule() ? Intervention.Kind.PARAGRAPH_JOINED_ACROSS_PAGES
                        : Intervention.Kind.PARAGRAPH_JOINED_ACROSS_NOTES;
                String detail = tail(last.text()) + " / " + head(source.text());
                if (v.sure()) {
                    log.did(kind, source.line(), detail);
                } else {
                    log.guessed(kind, source.line(), detail);
                }
                return;
            }
        }
        if (last != null && isItem(block) && last.type() == block.type()) {
            String item = block.text();
            int afterMarker = item.indexOf(' ') + 1;
            add(out, block.withText(item.substring(0, afterMarker) + marker + item.substring(afterMarker)));
            return;
        }
        out.add(new EditionBlock(Type.PAGE, marker, end.line()));
        out.add(block);
    }

    /** Adds a block; a list item goes into the list just before it, a table row into the table on the line above. */
    private static void add(List<EditionBlock> out, EditionBlock block) {
        EditionBlock last = out.isEmpty() ? null : out.get(out.size() - 1);
        boolean nextRow = last != null && block.is(Type.TABLE) && last.is(Type.TABLE)
                && last.line() + last.text().split("\n").length == block.line();
        if (last != null && isItem(block) && last.type() == block.type() || nextRow) {
            out.set(out.size() - 1, last.withText(last.text() + "\n" + block.text()));
        } else {
            out.add(block);
        }
    }

    private static boolean isItem(EditionBlock b) {
        return b.is(Type.NUMBERED_LIST) || b.is(Type.BULLET_LIST);
    }

    private static String tail(String text) {
        return text.length() <= 40 ? text : "…" + text.substring(text.length() - 40);
    }

    private static String head(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
