package org.edition.ingest.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.edition.diagnostics.Diagnostic;
import org.edition.ingest.editorial.YamlNode;
import org.edition.ingest.source.SourceFormat;
import org.edition.model.Author;
import org.edition.model.PublicationDate;

/**
 * Metadata an editor declared for a source, in its sidecar or front matter; every field may be
 * absent (empty).
 *
 * @param id         the report's id for its URL
 * @param title      title
 * @param subtitle   subtitle
 * @param authors    authors with affiliations
 * @param publisher  publisher
 * @param place      place of publication
 * @param series     series
 * @param number     number in the series
 * @param date       publication date
 * @param url        canonical URL of the original
 * @param language   BCP 47 language tag
 * @param format     the source's format, if declared
 * @param receivedAs the name the file was received under
 * @param warnings   warnings about the declaration itself (unknown keys)
 */
public record DeclaredMetadata(String id, String title, String subtitle, List<Author> authors, String publisher,
        String place, String series, String number, Optional<PublicationDate> date, String url, String language,
        Optional<SourceFormat> format, String receivedAs, List<Diagnostic> warnings) {

    /** Nothing declared. */
    public static final DeclaredMetadata NONE = new DeclaredMetadata("", "", "", List.of(), "", "", "", "",
            Optional.empty(), "", "", Optional.empty(), "", List.of());

    /** The keys a sidecar or front matter may use. */
    public static final Set<String> KEYS = Set.of("id", "title", "subtitle", "authors", "publisher", "place",
            "series", "number", "date", "url", "language", "format", "received-as");

    public DeclaredMetadata {
        authors = List.copyOf(authors);
        warnings = List.copyOf(warnings);
    }

    /**
     * Reads the declaration from a YAML mapping.
     *
     * @throws org.edition.diagnostics.EditionException naming file and line for a bad date, format,
     *         id or author entry
     */
    public static DeclaredMetadata from(YamlNode root) {
        Map<String, YamlNode> e = root.entries();
        List<Author> authors = new ArrayList<>();
        if (e.containsKey("authors")) {
            for (YamlNode item : e.get("authors").items()) {
                if (item.isMapping()) {
                    Map<String, YamlNode> a = item.entries();
                    if (!a.containsKey("name")) {
                        throw item.error("an author needs a 'name'");
                    }
                    authors.add(new Author(a.get("name").text(), text(a, "affiliation")));
                } else {
                    authors.add(new Author(item.text(), ""));
                }
            }
        }
        Optional<PublicationDate> date = Optional.empty();
        if (e.containsKey("date")) {
            try {
                date = Optional.of(PublicationDate.parse(e.get("date").text()));
            } catch (IllegalArgumentException ex) {
                throw e.get("date").error(ex.getMessage());
            }
        }
        Optional<SourceFormat> format = Optional.empty();
        if (e.containsKey("format")) {
            String name = e.get("format").text();
            format = Optional.of(SourceFormat.byId(name).orElseThrow(() -> e.get("format").error(
                    "unknown format '" + name + "'; the formats are " + SourceFormat.allIds())));
        }
        String id = text(e, "id");
        if (!id.isEmpty() && !id.matches("[a-z0-9][a-z0-9-]*")) {
            throw e.get("id").error("an id may hold only lower-case letters, digits and hyphens: '" + id + "'");
        }
        return new DeclaredMetadata(id, text(e, "title"), text(e, "subtitle"), authors, text(e, "publisher"),
                text(e, "place"), text(e, "series"), text(e, "number"), date, text(e, "url"), text(e, "language"),
                format, text(e, "received-as"), root.unknownKeys(KEYS));
    }

    private static String text(Map<String, YamlNode> entries, String key) {
        return entries.containsKey(key) ? entries.get(key).text() : "";
    }

    /** This declaration, with each absent field taken from the other one. */
    public DeclaredMetadata orElse(DeclaredMetadata other) {
        List<Diagnostic> allWarnings = new ArrayList<>(warnings);
        allWarnings.addAll(other.warnings);
        return new DeclaredMetadata(or(id, other.id), or(title, other.title), or(subtitle, other.subtitle),
                authors.isEmpty() ? other.authors : authors, or(publisher, other.publisher), or(place, other.place),
                or(series, other.series), or(number, other.number), date.or(other::date), or(url, other.url),
                or(language, other.language), format.or(other::format), or(receivedAs, other.receivedAs), allWarnings);
    }

    private static String or(String a, String b) {
        return a.isEmpty() ? b : a;
    }
}
