package org.edition.link.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.edition.model.Paragraph;
import org.edition.model.Report;
import org.edition.model.Section;
import org.edition.model.compare.ParagraphRef;

/**
 * A paragraph of a report's argument as the comparisons read it: where it is, its section's title and
 * its plain text.
 *
 * @param ref     the paragraph
 * @param section its section's title, or empty for the untitled opening
 * @param text    its plain text, without note numbers
 */
public record Passage(ParagraphRef ref, String section, String text) {
    /** Sections that are back matter, not argument: left out of every comparison. */
    private static final Pattern BACK_MATTER = Pattern.compile(
            "(?i).*\\b(bibliography|references|further reading|about the authors?|contacts?|acknowledge?ments?)\\b.*");

    /** The paragraphs of a report's argument, in reading order: every paragraph outside the back matter. */
    public static List<Passage> of(Report report) {
        List<Passage> out = new ArrayList<>();
        for (Section s : report.sections()) {
            if (isBackMatter(s)) {
                continue;
            }
            for (Paragraph p : s.paragraphs()) {
                out.add(new Passage(new ParagraphRef(report.id(), p.id(), p.number()), s.level() > 0 ? s.title() : "", p.text()));
            }
        }
        return out;
    }

    /** Whether a section is back matter: a bibliography, the authors' biographies, contacts, acknowledgements. */
    static boolean isBackMatter(Section s) {
        return s.level() > 0 && BACK_MATTER.matcher(s.title().isEmpty() ? s.id().replace('-', ' ') : s.title()).matches();
    }
}
