package org.edition.ingest.pdftext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.edition.ingest.contents.ContentsLine;
import org.edition.ingest.contents.ContentsTitles;
import org.edition.ingest.furniture.PrintedPageNumber;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.Intervention;
import org.edition.ingest.importer.WordCount;

/**
 * Finds the printed contents list and drops it, with its "Contents" heading (the edition makes its own),
 * keeping the titles it names to find the headings in the body: a run of entries with dotted leaders and
 * page numbers ({@code Introduction ....... 2}); or, under a "Contents" heading, the rest of its page when
 * that page reads as a list (short lines without sentence ends, page numbers on lines of their own: an
 * extractor that split the list's columns apart), and the next page if it goes on under the same heading.
 */
public final class ContentsList {
    /** A "Contents" heading an extractor glued to the list's first entry ({@code ContentsLetter 1}). */
    /** An entry's page number at the end of its line: {@code Background 5}, {@code Preface iv}. */
    private static final Pattern PAGE_AT_END = Pattern.compile("(?i)\\s(?:\\d{1,4}|[ivxl]{1,6})$");
    /** A line this long, or ending a sentence, is running text rather than an entry. */
    private static final int PROSE_LENGTH = 70;
    /** How many lines of running text in a row end a list. */
    private static final int PROSE_RUN = 3;
    private static final Pattern GLUED_HEADING = Pattern.compile("(?:Table of )?Contents(?=\\p{Lu})(.*)");
    private static final double LIST_LIKE = 0.7;

    /**
     * Drops every contents list, recording one intervention per list.
     *
     * @param lines the source
     * @param pages the pages
     * @param roles line roles; contents lines become {@link LineRole#CONTENTS}
     * @param log   where dropped lists are recorded
     * @return the titles the lists name
     */
    public ContentsTitles drop(SourceLines lines, List<Page> pages, LineRoles roles, ImportLog log) {
        List<String> entries = new ArrayList<>();
        dropPages(lines, pages, roles, log, entries);
        dropDottedRuns(lines, roles, log, entries);
        return ContentsTitles.of(entries);
    }

    /** A "Contents" heading and the rest of its page, when the page reads as a list. */
    private static void dropPages(SourceLines lines, List<Page> pages, LineRoles roles, ImportLog log, List<String> entries) {
        for (int p = 0; p < pages.size(); p++) {
            Page page = pages.get(p);
            int heading = 0;
            for (int n = page.first(); n <= page.last() && heading == 0; n++) {
                String text = lines.get(n).text();
                if (roles.isBody(n) && (ContentsLine.isHeading(text) || GLUED_HEADING.matcher(text).matches())) {
                    heading = n;
                }
            }
            if (heading == 0 || !readsAsList(lines, roles, heading + 1, page.last())) {
                continue;
            }
            int last = claim(lines, roles, heading, page.last(), entries);
            while (p + 1 < pages.size() && continuesList(lines, roles, pages.get(p + 1))) {
                p++;
                last = claim(lines, roles, pages.get(p).first(), pages.get(p).last(), entries);
            }
            log.did(Intervention.Kind.CONTENTS_DROPPED, heading, "“" + lines.get(heading).text() + "” and its list, lines "
                    + heading + "–" + last);
        }
    }

    private static boolean continuesList(SourceLines lines, LineRoles roles, Page page) {
        int first = 0;
        for (int n = page.first(); n <= page.last() && first == 0; n++) {
            first = roles.isBody(n) ? n : 0;
        }
        return first > 0 && ContentsLine.isHeading(lines.get(first).text()) && readsAsList(lines, roles, first + 1, page.last());
    }

    /**
     * Claims the list's lines from its heading to its last entry: where three lines of running text
     * follow (a copyright notice, a letter's first page that the extractor did not set apart), the
     * list has ended at the last line before them that ends on a page number, and the rest stays text.
     */
    private static int claim(SourceLines lines, LineRoles roles, int from, int to, List<String> entries) {
        int end = to;
        int lastEntry = from;
        int prose = 0;
        for (int n = from; n <= to; n++) {
            if (!roles.isBody(n) || lines.get(n).blank()) {
                continue;
            }
            String t = lines.get(n).text();
            if (PAGE_AT_END.matcher(t).find() || ContentsLine.isDotted(t) || ContentsLine.isHeading(t)) {
                lastEntry = n;
                prose = 0;
            } else if (Sentences.endsSentence(t) || t.length() >= PROSE_LENGTH) {
                prose++;
                if (prose == PROSE_RUN) {
                    end = lastEntry;
                    break;
                }
            } else {
                prose = 0;
            }
        }
        int last = from;
        for (int n = from; n <= end; n++) {
            if (!roles.isBody(n)) {
                continue;
            }
            String text = lines.get(n).text();
            roles.set(n, LineRole.CONTENTS);
            last = n;
            java.util.regex.Matcher glued = GLUED_HEADING.matcher(text);
            if (glued.matches()) {
                entries.add(glued.group(1));
            } else if (!ContentsLine.isHeading(text) && !PrintedPageNumber.is(text)) {
                entries.add(text);
            }
        }
        return last;
    }

    /** Whether the lines read as a contents list: most are short, end no sentence, or are page numbers. */
    private static boolean readsAsList(SourceLines lines, LineRoles roles, int from, int to) {
        int text = 0;
        int listLike = 0;
        for (int n = from; n <= to; n++) {
            if (!roles.isBody(n)) {
                continue;
            }
            String t = lines.get(n).text();
            text++;
            boolean sentence = t.endsWith(".") && WordCount.of(t) > 6 && !ContentsLine.isDotted(t);
            listLike += !sentence && (t.length() <= 90 || ContentsLine.isDotted(t)) ? 1 : 0;
        }
        return text >= 2 && listLike >= text * LIST_LIKE;
    }

    /** Runs of entries with dotted leaders, with a "Contents" heading just above. */
    private static void dropDottedRuns(SourceLines lines, LineRoles roles, ImportLog log, List<String> entries) {
        int n = 1;
        while (n <= lines.size()) {
            if (!roles.isBody(n) || !ContentsLine.isDotted(lines.get(n).text())) {
                n++;
                continue;
            }
            int first = n;
            int before = lines.previousNonBlank(n);
            if (before > 0 && roles.isBody(before) && ContentsLine.isHeading(lines.get(before).text())) {
                first = before;
                roles.set(before, LineRole.CONTENTS);
            }
            int count = 0;
            int last = n;
            for (int m = n; m != 0 && roles.isBody(m) && ContentsLine.isDotted(lines.get(m).text()); m = lines.nextNonBlank(m)) {
                roles.set(m, LineRole.CONTENTS);
                entries.add(lines.get(m).text());
                count++;
                last = m;
            }
            log.did(Intervention.Kind.CONTENTS_DROPPED, first, count + " entries, lines " + first + "–" + last);
            n = last + 1;
        }
    }
}
