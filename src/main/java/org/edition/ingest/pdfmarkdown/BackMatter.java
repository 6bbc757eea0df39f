package org.edition.ingest.pdfmarkdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.edition.ingest.importer.EditionMarkers;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.Intervention;
import org.edition.ingest.metadata.FoundMetadata;
import org.edition.ingest.pdfmarkdown.EditionBlock.Type;

/**
 * The back matter the edition keeps: the bibliography, and the notes on the authors at the very end.
 * The author notes usually have no heading in the source; they are found as the paragraphs that begin a
 * page (or follow a list) at the end of the text and begin with an author's name, and the editors'
 * heading {@value #AUTHORS} is supplied above them.
 */
final class BackMatter {
    /** The heading the editors supply above author notes that have none. */
    static final String AUTHORS = "About the authors";
    private static final Pattern BIBLIOGRAPHY = Pattern.compile("(?i)^(?:selected |select )?(?:bibliography|"
            + "references|further reading|works cited|sources|literature)[.:]?$");
    private static final Pattern AUTHORS_HEADING = Pattern.compile("(?i)^(?:about the |the )?(?:authors?|"
            + "contributors)[.:]?$");
    private static final Pattern BIO = Pattern.compile("^(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3}\\p{Lu}[\\p{L}.'’-]*"
            + "\\s+(?:is|was|has been|holds|serves|joined)\\b.*\\b(?i:fellow|professor|researcher|director|"
            + "analyst|lecturer|scholar|ph\\.?d|research|senior|associate)\\b.*");

    private BackMatter() {
    }

    /**
     * Records the back matter kept and supplies the heading of the author notes.
     *
     * @param blocks the edition blocks of the body
     * @param found  the metadata read from the cover (for the authors' names)
     * @param log    receives one record per back matter section
     * @return the blocks, with the supplied heading if one was needed
     */
    static List<EditionBlock> mark(List<EditionBlock> blocks, FoundMetadata found, ImportLog log) {
        boolean authorsHeading = false;
        for (EditionBlock b : blocks) {
            String heading = b.is(Type.HEADING) ? b.text().replaceFirst("^#+\\s*", "").trim() : "";
            if (BIBLIOGRAPHY.matcher(heading).matches()) {
                log.did(Intervention.Kind.BACK_MATTER_KEPT, b.line(), "bibliography: " + heading);
            } else if (AUTHORS_HEADING.matcher(heading).matches()) {
                log.did(Intervention.Kind.BACK_MATTER_KEPT, b.line(), "author notes: " + heading);
                authorsHeading = true;
            }
        }
        int at = authorsHeading ? -1 : authorNotesStart(blocks, found);
        if (at < 0) {
            return blocks;
        }
        List<EditionBlock> marked = new ArrayList<>(blocks);
        marked.add(at, new EditionBlock(Type.HEADING, "## " + AUTHORS + " " + EditionMarkers.SUPPLIED,
                blocks.get(at).line()));
        log.did(Intervention.Kind.BACK_MATTER_KEPT, blocks.get(at).line(),
                "author notes kept under a heading supplied by the editors: " + AUTHORS);
        return marked;
    }

    /** The index of the first author note at the end of the text, or -1. */
    static int authorNotesStart(List<EditionBlock> blocks, FoundMetadata found) {
        int runStart = blocks.size();
        while (runStart > 0 && (blocks.get(runStart - 1).is(Type.PARAGRAPH)
                || blocks.get(runStart - 1).is(Type.PAGE))) {
            runStart--;
        }
        for (int k = runStart; k < blocks.size(); k++) {
            EditionBlock b = blocks.get(k);
            boolean opensSomething = k > 0 && !blocks.get(k - 1).is(Type.PARAGRAPH)
                    && !blocks.get(k - 1).is(Type.HEADING);
            if (b.is(Type.PARAGRAPH) && opensSomething && isAuthorNote(b.text(), found)) {
                return k;
            }
        }
        return -1;
    }

    /** Whether a paragraph is a note on an author: it begins with an author's name, or reads like a biography. */
    static boolean isAuthorNote(String text, FoundMetadata found) {
        String start = squeeze(text);
        for (FoundMetadata.FoundAuthor a : found.authors()) {
            String name = squeeze(a.name());
            if (!name.isEmpty() && start.startsWith(name)) {
                return true;
            }
        }
        return text.length() < 1500 && BIO.matcher(text).matches();
    }

    private static String squeeze(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[*_]", "").replaceAll("\\s+", " ").trim();
    }
}
