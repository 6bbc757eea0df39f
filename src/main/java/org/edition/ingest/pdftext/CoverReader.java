package org.edition.ingest.pdftext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.Intervention;
import org.edition.ingest.importer.WordCount;
import org.edition.ingest.metadata.CoverLine;
import org.edition.ingest.metadata.FoundMetadata;

/**
 * Reads a cover page: a first page of a few lines, at most two of them full-width, and no running text. Its title block (the
 * first group of lines, and a second group as subtitle), a "By …" author line, a date and the name of
 * an institution become metadata; every cover line is recorded as read.
 */
public final class CoverReader {
    private static final int MAX_LINES = 15;
    /**
     * Reads the cover, if the first page is one, and claims its lines.
     *
     * @param lines the source
     * @param pages   the pages (a cover needs at least two more)
     * @param profile the width of a full line (no cover line comes near it)
     * @param roles   line roles; cover lines become {@link LineRole#COVER}
     * @param log     where the lines read are recorded
     * @return what the cover says, or {@link FoundMetadata#NONE}
     */
    public FoundMetadata read(SourceLines lines, List<Page> pages, LineProfile profile, LineRoles roles, ImportLog log) {
        if (pages.size() < 3) {
            return FoundMetadata.NONE;
        }
        Page cover = pages.get(0);
        List<List<Integer>> groups = new ArrayList<>();
        int count = 0;
        int longLines = 0;
        for (int n = cover.first(); n <= cover.last(); n++) {
            if (!roles.isBody(n)) {
                if (roles.get(n) == LineRole.BLANK && !groups.isEmpty() && !groups.get(groups.size() - 1).isEmpty()) {
                    groups.add(new ArrayList<>());
                }
                continue;
            }
            String text = lines.get(n).text();
            longLines += text.length() > profile.width() * 0.8 ? 1 : 0;
            if (longLines > 2 || Sentences.endsSentence(text) && WordCount.of(text) > 8) {
                return FoundMetadata.NONE;
            }
            if (groups.isEmpty()) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(n);
            count++;
        }
        groups.removeIf(List::isEmpty);
        if (count == 0 || count > MAX_LINES) {
            return FoundMetadata.NONE;
        }
        return metadata(lines, roles, groups, log);
    }

    private static FoundMetadata metadata(SourceLines lines, LineRoles roles, List<List<Integer>> groups, ImportLog log) {
        List<String> titles = new ArrayList<>();
        List<FoundMetadata.FoundAuthor> authors = new ArrayList<>();
        String date = "";
        String publisher = "";
        for (List<Integer> group : groups) {
            StringBuilder text = new StringBuilder();
            for (int n : group) {
                String line = lines.get(n).text();
                roles.set(n, LineRole.COVER);
                log.did(Intervention.Kind.FRONT_MATTER_READ, n, line);
                List<String> byline = CoverLine.byline(line);
                Optional<String> printed = CoverLine.date(line);
                if (printed.isPresent()) {
                    date = printed.get();
                } else if (!byline.isEmpty()) {
                    byline.forEach(name -> authors.add(new FoundMetadata.FoundAuthor(name, "")));
                } else if (CoverLine.namesAnInstitution(line)) {
                    publisher = line;
                } else {
                    text.append(text.length() == 0 ? "" : " ").append(line);
                }
            }
            if (text.length() > 0) {
                titles.add(text.toString());
            }
        }
        String title = titles.isEmpty() ? "" : titles.get(0);
        String subtitle = titles.size() > 1 ? titles.get(1) : "";
        if (subtitle.isEmpty() && title.contains(": ")) {
            subtitle = title.substring(title.indexOf(": ") + 2);
            title = title.substring(0, title.indexOf(": "));
        }
        return new FoundMetadata(title, subtitle, authors, publisher, date);
    }
}
