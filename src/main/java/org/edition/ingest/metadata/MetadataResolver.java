package org.edition.ingest.metadata;

import java.util.ArrayList;
import java.util.List;
import org.edition.diagnostics.Diagnostic;
import org.edition.ingest.body.Anchors;
import org.edition.model.Author;
import org.edition.model.ReportMetadata;
import org.edition.model.Section;

/**
 * Settles a report's metadata: what the editor declared (sidecar, then front matter) comes first,
 * then what the importer found in the text, then guesses from the first heading and the file name —
 * each guess reported as a warning.
 */
public final class MetadataResolver {
    private MetadataResolver() {
    }

    /** The resolved metadata and the warnings about what was guessed. */
    public record Resolved(ReportMetadata metadata, List<Diagnostic> warnings) {
    }

    public static Resolved resolve(String file, String fileStem, DeclaredMetadata declared, FoundMetadata found,
            List<Section> sections) {
        List<Diagnostic> warnings = new ArrayList<>(declared.warnings());
        List<String> guessed = new ArrayList<>();
        String id = id(declared, fileStem);
        String title = declared.title();
        String subtitle = declared.subtitle();
        if (title.isEmpty() && !found.title().isEmpty()) {
            title = found.title();
            subtitle = subtitle.isEmpty() ? found.subtitle() : subtitle;
            guessed.add("title \"" + title + "\" (from the text's title block)");
        }
        if (title.isEmpty()) {
            title = sections.stream().filter(s -> s.level() > 0).map(Section::title).findFirst().orElse("");
            if (!title.isEmpty()) {
                guessed.add("title \"" + title + "\" (from the first heading)");
            }
        }
        if (title.isEmpty()) {
            title = fileStem;
            guessed.add("title \"" + title + "\" (from the file name)");
        }
        List<Author> authors = declared.authors();
        if (authors.isEmpty() && !found.authors().isEmpty()) {
            authors = found.authors().stream().map(a -> new Author(a.name(), a.affiliation())).toList();
            guessed.add("authors " + authors.stream().map(Author::name).toList() + " (from the text)");
        }
        String publisher = declared.publisher();
        if (publisher.isEmpty() && !found.publisher().isEmpty()) {
            publisher = found.publisher();
            guessed.add("publisher \"" + publisher + "\" (from the text)");
        }
        var date = declared.date();
        if (date.isEmpty() && !found.date().isEmpty()) {
            date = DateText.parse(found.date());
            date.ifPresent(d -> guessed.add("date " + d.iso() + " (from the text)"));
        }
        List<String> missing = new ArrayList<>();
        if (authors.isEmpty()) {
            missing.add("authors");
        }
        if (date.isEmpty()) {
            missing.add("date");
        }
        if (!guessed.isEmpty()) {
            warnings.add(Diagnostic.warning(file, 0, "no metadata sidecar gives " + String.join(", ", guessedFields(guessed))
                    + "; guessed " + String.join("; ", guessed) + ". Write " + fileStem + ".yaml beside the source to fix it"));
        }
        if (!missing.isEmpty()) {
            warnings.add(Diagnostic.warning(file, 0, "unknown " + String.join(" and ", missing)
                    + ": the report page and its citation will lack them; add them to " + fileStem + ".yaml"));
        }
        ReportMetadata metadata = new ReportMetadata(id, title, subtitle, authors, publisher, declared.place(),
                declared.series(), declared.number(), date, declared.url(), declared.language());
        return new Resolved(metadata, warnings);
    }

    /** The report's id: declared, or made from the file name. */
    public static String id(DeclaredMetadata declared, String fileStem) {
        if (!declared.id().isEmpty()) {
            return declared.id();
        }
        String slug = Anchors.slug(fileStem);
        return slug.isEmpty() ? "report" : slug;
    }

    private static List<String> guessedFields(List<String> guessed) {
        return guessed.stream().map(g -> g.substring(0, g.indexOf(' '))).toList();
    }
}
