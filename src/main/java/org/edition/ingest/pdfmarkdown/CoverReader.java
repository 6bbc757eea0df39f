package org.edition.ingest.pdfmarkdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.Intervention;
import org.edition.ingest.importer.WordCount;
import org.edition.ingest.metadata.CoverLine;
import org.edition.ingest.metadata.FoundMetadata.FoundAuthor;
import org.edition.ingest.metadata.FoundMetadata;
import org.edition.ingest.pdfmarkdown.SourceBlock.Kind;

/**
 * Reads the cover or title block at the top of the source into {@link FoundMetadata}: the title
 * (the longest heading; a part after a colon is the subtitle), the publisher (a short heading above
 * the title, an institution's name), the date, and the authors (bold names, each with the italic
 * affiliation under it, or a "By …" line). The cover ends where the body begins: at the first heading
 * or line naming an opening section (abstract, summary, introduction, contents …), at the first
 * paragraph of prose or with a note reference, or at a contents list. Lines read are removed from the
 * body, each recorded; cover lines that are none of these stay in the body, and the editor is told.
 */
final class CoverReader {
    private static final int MAX_COVER_BLOCKS = 25;
    private static final int PROSE_WORDS = 20;
    private static final int SENTENCE_WORDS = 8;
    private static final Pattern OPENING = Pattern.compile("(?i)^(?:\\d{1,2}\\.?\\s+|[ivx]{1,4}\\.\\s+)?"
            + "(?:abstract|summary|executive summary|"
            + "introduction|contents?|table of contents|foreword|preface|key findings|key points|overview|"
            + "key judgments|main findings|résumé|notes|endnotes|footnotes|references|bibliography)[.:]?$");
    private static final Pattern BOLD = Pattern.compile("^(?:\\*\\*|__)(.+?)(?:\\*\\*|__)$");
    private static final Pattern ITALIC = Pattern.compile("^[*_](?![*_])(.+?)[*_]$");

    /** The metadata read, and the blocks of the body (cover lines not understood included). */
    record Result(FoundMetadata found, List<SourceBlock> rest) {
    }

    private final ImportLog log;
    private String title = "";
    private String subtitle = "";
    private String brand = "";
    private String institution = "";
    private String date = "";
    private final List<String> names = new ArrayList<>();
    private final List<String> affiliations = new ArrayList<>();

    private CoverReader(ImportLog log) {
        this.log = log;
    }

    /**
     * Reads the cover of a source.
     *
     * @param blocks the source's blocks
     * @param log    records each line read
     */
    static Result read(List<SourceBlock> blocks, ImportLog log) {
        return new CoverReader(log).readCover(blocks);
    }

    /** Where the body begins: the index of its first block. */
    static int bodyStart(List<SourceBlock> blocks) {
        for (int k = 0; k < Math.min(blocks.size(), MAX_COVER_BLOCKS); k++) {
            SourceBlock b = blocks.get(k);
            boolean heading = b.is(Kind.HEADING);
            if ((heading || b.is(Kind.PARAGRAPH)) && OPENING.matcher(unemphasised(b.text().trim())).matches()) {
                return k;
            }
            if (prose(b) || b.is(Kind.CONTENTS_ENTRY) || !InlineText.candidateReferences(b.text()).isEmpty()) {
                return k > 0 && blocks.get(k - 1).is(Kind.HEADING) ? k - 1 : k;
            }
            if (!heading && !b.is(Kind.PARAGRAPH)) {
                return k;
            }
        }
        return 0;
    }

    private Result readCover(List<SourceBlock> blocks) {
        int start = bodyStart(blocks);
        List<SourceBlock> cover = blocks.subList(0, start);
        int titleAt = titleIndex(cover);
        List<SourceBlock> kept = new ArrayList<>();
        for (int k = 0; k < cover.size(); k++) {
            if (!readBlock(cover, k, titleAt)) {
                kept.add(cover.get(k));
                log.info(cover.get(k).line(), "cover line kept in the body, not read as title, author, "
                        + "publisher or date: " + cover.get(k).text());
            }
        }
        if (subtitle.isEmpty() && title.contains(": ")) {
            subtitle = title.substring(title.indexOf(": ") + 2).trim();
            title = title.substring(0, title.indexOf(": ")).trim();
        }
        List<SourceBlock> rest = new ArrayList<>(kept);
        rest.addAll(blocks.subList(start, blocks.size()));
        return new Result(new FoundMetadata(title, subtitle, authors(), publisher(), date), rest);
    }

    /** Reads one cover block into a field; false if it is none of the fields. */
    private boolean readBlock(List<SourceBlock> cover, int k, int titleAt) {
        SourceBlock b = cover.get(k);
        String text = b.text().trim();
        Matcher m;
        if (k == titleAt) {
            title = text;
            return record(b, "title");
        }
        if (b.is(Kind.HEADING)) {
            if (k == titleAt + 1 && titleAt >= 0 && subtitle.isEmpty()) {
                subtitle = text;
                return record(b, "subtitle");
            }
            if (k < titleAt && WordCount.of(text) <= 3 && brand.isEmpty()) {
                brand = text;
                return record(b, "publisher");
            }
            return false;
        }
        String plain = unemphasised(text);
        Optional<String> printed = CoverLine.date(plain);
        if (printed.isPresent() && date.isEmpty()) {
            date = printed.get();
            return record(b, "date");
        }
        if ((m = BOLD.matcher(text)).matches()) {
            names.add(m.group(1).trim());
            affiliations.add("");
            return record(b, "author");
        }
        List<String> byline = CoverLine.byline(plain);
        if (!byline.isEmpty()) {
            for (String name : byline) {
                names.add(name);
                affiliations.add("");
            }
            return record(b, "author");
        }
        if ((m = ITALIC.matcher(text)).matches()) {
            return italic(b, m.group(1).trim(), k == titleAt + 1);
        }
        if (k < titleAt || titleAt < 0) {
            if (institution.isEmpty() && (CoverLine.namesAnInstitution(text) || isUpperCase(text))) {
                institution = text;
                return record(b, "publisher");
            }
        }
        return false;
    }

    private boolean italic(SourceBlock b, String text, boolean afterTitle) {
        if (!names.isEmpty()) {
            int last = names.size() - 1;
            String before = affiliations.get(last);
            affiliations.set(last, before.isEmpty() ? text : before + "; " + text);
            return record(b, "affiliation");
        }
        if (afterTitle && subtitle.isEmpty()) {
            subtitle = text;
            return record(b, "subtitle");
        }
        return false;
    }

    private boolean record(SourceBlock b, String field) {
        String[] lines = b.raw().split("\n");
        List<Integer> numbers = b.lines();
        for (int i = 0; i < numbers.size(); i++) {
            String shown = i < lines.length ? lines[i].strip() : b.text();
            log.did(Intervention.Kind.FRONT_MATTER_READ, numbers.get(i), field + ": " + shown);
        }
        return true;
    }

    /** The heading with the most words; -1 if the cover has no heading. */
    private static int titleIndex(List<SourceBlock> cover) {
        int best = -1;
        int words = 0;
        for (int k = 0; k < cover.size(); k++) {
            if (cover.get(k).is(Kind.HEADING)) {
                int n = WordCount.of(cover.get(k).text().trim());
                if (n > words) {
                    best = k;
                    words = n;
                }
            }
        }
        return best;
    }

    private List<FoundAuthor> authors() {
        List<FoundAuthor> authors = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            authors.add(new FoundAuthor(names.get(i), affiliations.get(i)));
        }
        return authors;
    }

    private String publisher() {
        if (!institution.isEmpty() && !brand.isEmpty()) {
            return institution + " (" + brand + ")";
        }
        return institution.isEmpty() ? brand : institution;
    }

    /** A paragraph of running text: long, or a sentence of some length. Cover lines are neither. */
    private static boolean prose(SourceBlock b) {
        int words = WordCount.of(b.text().trim());
        return b.is(Kind.PARAGRAPH) && (words >= PROSE_WORDS || words >= SENTENCE_WORDS
                && b.text().strip().matches(".*[.!?][”’\"')]?$"));
    }

    private static String unemphasised(String text) {
        return text.replaceAll("^[*_]+|[*_]+$", "").trim();
    }

    private static boolean isUpperCase(String text) {
        return text.chars().anyMatch(Character::isLetter) && text.equals(text.toUpperCase(java.util.Locale.ROOT));
    }
}
