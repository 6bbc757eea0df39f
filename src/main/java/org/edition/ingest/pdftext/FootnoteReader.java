package org.edition.ingest.pdftext;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.Intervention;

/**
 * Reads page-bottom footnotes: on each page, the block of lines at the foot that opens with the next
 * expected note number (a number already cited in the text above), each later note opening with the
 * number after. A note may continue at the foot of the next page: that page's footnote block then
 * opens with its continuation text, not with a number.
 */
public final class FootnoteReader {
    private static final Pattern ENTRY = Pattern.compile("(\\d{1,3})[.)]?\\s+(\\S.*)");
    private static final Pattern CITED = Pattern.compile("[\\p{L}.,;:!?’”\")\\]](\\d{1,3})(?=[\\s.,;:!?)\\]’”\"]|$)");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{3}(?!\\d).*");
    private final LineJoiner joiner;
    private final LineProfile profile;

    /**
     * @param joiner  joins the wrapped lines of a note
     * @param profile whether blank lines separate blocks (then a footnote block has none inside)
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
        List<Block.NoteDefinition> notes = new ArrayList<>();
        Set<Integer> cited = new TreeSet<>();
        TextRun open = null;
        String openLabel = "";
        int expected = 1;
        int last = 0;
        for (Page page : pages) {
            List<Integer> body = new ArrayList<>();
            for (int n = page.first(); n <= page.last(); n++) {
                if (roles.isBody(n)) {
                    body.add(n);
                }
            }
            int start = footStart(body, lines, expected, cited);
            int scanned = start < 0 ? body.size() : start;
            body.subList(0, scanned).forEach(n -> collectCited(lines.get(n).text(), cited));
            if (open != null && !Sentences.endsComplete(open.text())) {
                List<Integer> rest = continuation(lines, body, scanned);
                for (int n : rest) {
                    joiner.append(open, lines.get(n).text(), n, "", log);
                    roles.set(n, LineRole.FOOTNOTE);
                    last = n;
                }
                if (!rest.isEmpty()) {
                    log.did(Intervention.Kind.OTHER, rest.get(0), "note " + openLabel + " continued from the foot of the page before");
                }
            }
            if (start < 0) {
                continue;
            }
            for (int n : body.subList(start, body.size())) {
                Matcher entry = ENTRY.matcher(lines.get(n).text());
                if (entry.matches() && Integer.parseInt(entry.group(1)) == expected && !THOUSANDS.matcher(entry.group(2)).matches()) {
                    openLabel = entry.group(1);
                    open = TextRun.of(entry.group(2), n);
                    notes.add(new Block.NoteDefinition(openLabel, open, false));
                    expected++;
                } else {
                    joiner.append(open, lines.get(n).text(), n, "", log);
                }
                roles.set(n, LineRole.FOOTNOTE);
                last = n;
            }
        }
        return finish(notes, last, log);
    }

    private static List<Block> finish(List<Block.NoteDefinition> notes, int last, ImportLog log) {
        List<Block> blocks = new ArrayList<>(notes);
        if (!notes.isEmpty()) {
            Block.NoteDefinition end = notes.get(notes.size() - 1);
            if (!Sentences.endsComplete(end.text().text())) {
                blocks.set(blocks.size() - 1, new Block.NoteDefinition(end.label(), end.text(), true));
                log.did(Intervention.Kind.NOTE_BREAKS_OFF, last, "note " + end.label() + " stops mid-sentence");
            }
        }
        return blocks;
    }

    /** Where the footnote block of a page begins (an index into its body lines), or -1. */
    private int footStart(List<Integer> body, SourceLines lines, int expected, Set<Integer> cited) {
        Set<Integer> citedHere = new TreeSet<>(cited);
        for (int i = 0; i < body.size(); i++) {
            String text = lines.get(body.get(i)).text();
            Matcher entry = ENTRY.matcher(text);
            if (i > 0 && entry.matches() && Integer.parseInt(entry.group(1)) == expected
                    && citedHere.contains(expected) && isFoot(lines, body, i, expected)) {
                return i;
            }
            collectCited(text, citedHere);
        }
        return -1;
    }

    /** Whether the lines from {@code i} to the page end read as numbered notes and are few enough to be a foot. */
    private boolean isFoot(SourceLines lines, List<Integer> body, int i, int expected) {
        int size = body.size() - i;
        boolean unbroken = !profile.blanksSeparateBlocks() || body.get(body.size() - 1) - body.get(i) == size - 1;
        return unbroken && size <= Math.max(12, body.size() / 2) && !THOUSANDS.matcher(lines.get(body.get(i)).text()
                .replaceFirst("^\\d{1,3}[.)]?\\s+", "")).matches();
    }

    /** The continuation of an open note: the last block of lines before the foot (or at the page end), opening lower-case. */
    private static List<Integer> continuation(SourceLines lines, List<Integer> body, int footStart) {
        int end = footStart - 1;
        if (end < 1) {
            return List.of();
        }
        int begin = end;
        while (begin > 0 && body.get(begin - 1) == body.get(begin) - 1) {
            begin--;
        }
        String first = lines.get(body.get(begin)).text();
        boolean rest = Sentences.startsLowercase(first) || first.matches("[\\w\\-./?=&%#~+]+/[\\w\\-./?=&%#~+]*.*");
        if (begin == 0 || !rest) {
            return List.of();
        }
        return List.copyOf(body.subList(begin, end + 1));
    }

    private static void collectCited(String text, Set<Integer> cited) {
        Matcher m = CITED.matcher(text);
        while (m.find()) {
            cited.add(Integer.parseInt(m.group(1)));
        }
    }
}
