package org.edition.ingest.pdftext;

import java.util.regex.Pattern;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.Intervention;

/**
 * Finds contents lists (entries with dotted leaders and page numbers, {@code Introduction ....... 2})
 * and drops them, with their "Contents" heading: the edition makes its own.
 */
public final class ContentsList {
    private static final Pattern ENTRY = Pattern.compile(".*\\S\\s*(?:(?:\\.\\s?){4,}|…{2,}|(?:·\\s?){4,})\\s*\\d{1,4}");
    private static final Pattern HEADING = Pattern.compile("(?i)(?:table of )?contents");

    /**
     * Drops every contents list, recording one intervention per list.
     *
     * @param lines the source
     * @param roles line roles; contents lines become {@link LineRole#CONTENTS}
     * @param log   where dropped lists are recorded
     */
    public void drop(SourceLines lines, LineRoles roles, ImportLog log) {
        int n = 1;
        while (n <= lines.size()) {
            if (!roles.isBody(n) || !ENTRY.matcher(lines.get(n).text()).matches()) {
                n++;
                continue;
            }
            int first = n;
            int before = lines.previousNonBlank(n);
            if (before > 0 && roles.isBody(before) && HEADING.matcher(lines.get(before).text()).matches()) {
                first = before;
                roles.set(before, LineRole.CONTENTS);
            }
            int entries = 0;
            int last = n;
            for (int m = n; m != 0 && roles.isBody(m) && ENTRY.matcher(lines.get(m).text()).matches(); m = lines.nextNonBlank(m)) {
                roles.set(m, LineRole.CONTENTS);
                entries++;
                last = m;
            }
            log.did(Intervention.Kind.CONTENTS_DROPPED, first, entries + " entries, lines " + first + "–" + last);
            n = last + 1;
        }
    }
}
