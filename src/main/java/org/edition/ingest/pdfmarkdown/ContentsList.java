package org.edition.ingest.pdfmarkdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edition.ingest.contents.ContentsLine;
import org.edition.ingest.contents.ContentsTitles;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.Intervention;
import org.edition.ingest.pdfmarkdown.SourceBlock.Kind;

/**
 * The printed contents list: its heading ({@code CONTENTS}, {@code Table of contents}) and its entries
 * with dotted leaders and page numbers. The edition makes its own contents, so the list is dropped; its
 * page numbers are kept to anchor the count of the original's pages.
 */
final class ContentsList {
    /** The lists of figures and tables that follow the contents: dropped with it, their titles not headings. */
    private static final Pattern OTHER_LIST = Pattern.compile("(?i)^(?:list of )?(?:figures|tables|illustrations|boxes|maps)$");
    /** A list item that is a link and nothing else, as converters write a web page's contents: {@code [Title](#_Toc12)}. */
    private static final Pattern LINK_ITEM = Pattern.compile("^\\[(.+)\\]\\([^)\\s]*\\)$");
    private static final Pattern ENTRY = Pattern.compile(
            "^\\s*(.+?)\\s*(?:(?:\\.\\s?){3,}|…+|\\t|\\s)\\s*(\\d{1,4}|[ivxlcdm]{1,6})\\s*$");

    /**
     * One entry of the contents list.
     *
     * @param title the section title as listed
     * @param page  its page number as printed
     * @param line  the source line
     */
    record Entry(String title, String page, int line) {
    }

    /** The blocks that remain, the entries of the dropped list, and the titles the contents names. */
    record Result(List<SourceBlock> rest, List<Entry> entries, ContentsTitles titles) {
    }

    private ContentsList() {
    }

    /**
     * Drops the contents list from the blocks: a contents heading with the entries under it, or a run of
     * at least two dotted entries. A lone dotted line elsewhere stays as a paragraph.
     *
     * @param blocks the blocks of the source
     * @param log    records each dropped line
     */
    static Result take(List<SourceBlock> blocks, ImportLog log) {
        List<SourceBlock> rest = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        int i = 0;
        while (i < blocks.size()) {
            SourceBlock b = blocks.get(i);
            boolean otherList = b.is(Kind.HEADING) && OTHER_LIST.matcher(b.text().trim()).matches();
            int links = b.is(Kind.HEADING) ? linkItems(blocks, i + 1) : 0;
            if (links > 0 && (otherList || ContentsLine.isHeading(b.text()))) {
                log.did(Intervention.Kind.CONTENTS_DROPPED, b.line(), b.raw().trim() + " (" + links + " linked entries)");
                for (int k = i + 1; k <= i + links; k++) {
                    Matcher m = LINK_ITEM.matcher(blocks.get(k).text().trim());
                    if (!otherList && m.matches()) {
                        titles.add(m.group(1));
                    }
                }
                i += links + 1;
                continue;
            }
            boolean listHeading = b.is(Kind.HEADING) && ContentsLine.isHeading(b.text());
            int first = listHeading ? i + 1 : i;
            int end = entriesFrom(blocks, first, listHeading);
            if (end - first >= (listHeading ? 1 : 2)) {
                if (listHeading) {
                    log.did(Intervention.Kind.CONTENTS_DROPPED, b.line(), b.raw().trim());
                }
                for (int k = first; k < end; k++) {
                    SourceBlock e = blocks.get(k);
                    log.did(Intervention.Kind.CONTENTS_DROPPED, e.line(), e.text());
                    entry(e).ifPresent(entries::add);
                    entry(e).ifPresent(x -> titles.add(x.title()));
                }
                i = end;
                continue;
            }
            rest.add(b.is(Kind.CONTENTS_ENTRY) ? b.as(Kind.PARAGRAPH) : b);
            i++;
        }
        return new Result(rest, entries, ContentsTitles.of(titles));
    }

    /** How many list items right after {@code start} are links and nothing else. */
    private static int linkItems(List<SourceBlock> blocks, int start) {
        int k = start;
        while (k < blocks.size() && blocks.get(k).is(Kind.BULLET) && LINK_ITEM.matcher(blocks.get(k).text().trim()).matches()) {
            k++;
        }
        return k - start;
    }

    /** The end of a run of contents entries; under a contents heading a short line ending in a number counts. */
    private static int entriesFrom(List<SourceBlock> blocks, int start, boolean underHeading) {
        int k = start;
        while (k < blocks.size() && (blocks.get(k).is(Kind.CONTENTS_ENTRY)
                || underHeading && blocks.get(k).is(Kind.PARAGRAPH) && blocks.get(k).text().length() < 120
                        && ENTRY.matcher(blocks.get(k).text()).matches())) {
            k++;
        }
        return k;
    }

    private static Optional<Entry> entry(SourceBlock b) {
        Matcher m = ENTRY.matcher(b.text());
        if (!m.matches()) {
            return Optional.empty();
        }
        String title = m.group(1).replaceAll("[.\\s…]+$", "");
        return Optional.of(new Entry(title, m.group(2), b.line()));
    }
}
