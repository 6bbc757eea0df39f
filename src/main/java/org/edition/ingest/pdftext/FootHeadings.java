package org.edition.ingest.pdftext;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.Intervention;

/**
 * Headings an extractor left at the foot of a page instead of where they stand. An extractor that
 * follows the PDF's drawing order rather than the page's (PDFBox by default, on a page a browser
 * printed) emits the headings of a page after its text, just before the page break:
 * {@code …which faces out / Committees / Buildings / [page] / onto Horse Guards Parade}. Where they
 * belong cannot be read from the text; left where they are, they would be glued into the paragraph
 * that runs on to the next page. So a run of such short title lines at a page's foot, after running
 * text, becomes headings set after the paragraph they broke into, each recorded as a guess for the
 * editor to move.
 *
 * <p>Only what cannot be anything else is taken: two short title lines or more, between running text
 * whose sentence is left open at the page's foot (not on a word such as "the", which the title lines
 * would then continue) and the rest of that sentence, in lower case, at the top of the next page. A
 * single title line there may end the paragraph's sentence ({@code …requests made under / Freedom of
 * Information Act / [page] / which…}), and short lines after a finished sentence may be a list (a
 * "See also" list), so both are left as they stand.
 */
final class FootHeadings {
    /** The most lines a run of displaced headings may take. */
    private static final int MOST = 4;
    private static final int MOST_WORDS = 5;
    private static final int MOST_CHARACTERS = 40;
    /** Words a heading does not end on and a sentence that goes on does. */
    private static final Set<String> OPEN_WORDS = Set.of("a", "an", "the", "of", "and", "or", "in", "on", "to", "for",
            "by", "with", "from", "at", "as", "that", "which", "is", "are", "was", "were", "be", "its", "their", "under", "into",
            "about", "between", "against", "through", "during", "within", "without", "over", "after", "before", "than", "such");

    /**
     * Finds the displaced headings and claims their lines.
     *
     * @param lines   the source
     * @param roles   line roles; only body lines are considered, and the headings' lines become
     *                {@link LineRole#HEADING}
     * @param pages   the pages
     * @param profile the width of a full line
     * @param level   the level to give them (the level of the report's other section headings)
     * @param log     records each heading as a guess
     * @return the headings, each with its one line, in line order
     */
    List<HeadingDetector.Found> detect(SourceLines lines, LineRoles roles, List<Page> pages, LineProfile profile, int level,
            ImportLog log) {
        List<HeadingDetector.Found> found = new ArrayList<>();
        if (pages.size() < 2) {
            return found;
        }
        for (int p = 0; p + 1 < pages.size(); p++) {
            Page page = pages.get(p);
            List<Integer> body = body(lines, roles, page);
            List<Integer> next = body(lines, roles, pages.get(p + 1));
            int start = body.size();
            while (start > 0 && body.size() - start < MOST && titleLike(lines.get(body.get(start - 1)).text())) {
                start--;
            }
            int run = body.size() - start;
            if (run < 2 || start == 0 || next.isEmpty() || !afterRunningText(lines, profile, body, start)) {
                continue;
            }
            String before = lines.get(body.get(start - 1)).text();
            if (Sentences.endsSentence(before) || endsOpen(before) || !Sentences.startsLowercase(lines.get(next.get(0)).text())) {
                continue;
            }
            for (int n : body.subList(start, body.size())) {
                roles.set(n, LineRole.HEADING);
                TextRun text = TextRun.of(lines.get(n).text(), n);
                found.add(new HeadingDetector.Found(List.of(n), new Block.Heading(level, text)));
                log.guessed(Intervention.Kind.HEADING_AT_PAGE_FOOT, n, "“" + text.text()
                        + "” stands at the foot of page " + (page.index() + 1) + " after its text: set after the paragraph there; move it to its place");
            }
        }
        return found;
    }

    private static List<Integer> body(SourceLines lines, LineRoles roles, Page page) {
        List<Integer> body = new ArrayList<>();
        for (int n = page.first(); n <= page.last(); n++) {
            if (roles.isBody(n) && !lines.get(n).blank()) {
                body.add(n);
            }
        }
        return body;
    }

    /** A short title: a capital first, a few words, no sentence end, comma or colon, not ending on an open word. */
    static boolean titleLike(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > MOST_CHARACTERS || !Character.isUpperCase(t.codePointAt(0))) {
            return false;
        }
        String[] words = t.split("\\s+");
        char last = t.charAt(t.length() - 1);
        return words.length <= MOST_WORDS && ".,;:!?-–—(/[".indexOf(last) < 0 && !endsOpen(t)
                && t.codePoints().filter(Character::isLetter).count() >= 3 && t.chars().noneMatch(Character::isDigit);
    }

    /** Whether the text's last word leaves its sentence open ("of the", "and"). */
    private static boolean endsOpen(String text) {
        String t = text.strip();
        String last = t.substring(t.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        return OPEN_WORDS.contains(last) || t.endsWith("-") || t.endsWith(",");
    }

    /** Whether running text (a longer line among the three before) comes before the run, not a list of short lines. */
    private static boolean afterRunningText(SourceLines lines, LineProfile profile, List<Integer> body, int start) {
        for (int k = Math.max(0, start - 3); k < start; k++) {
            if (lines.get(body.get(k)).length() >= profile.width() * 0.5) {
                return true;
            }
        }
        return false;
    }
}
