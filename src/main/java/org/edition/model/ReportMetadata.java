package org.edition.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known about a report: from its sidecar, its front matter or what the importer found.
 *
 * @param id        the report's id, used in its URL ({@code lo-2017})
 * @param title     the title
 * @param subtitle  the subtitle, or empty
 * @param authors   the authors in order
 * @param publisher the publishing institution, or empty
 * @param place     the place of publication, or empty
 * @param series    the series ("Lowy Institute Analysis"), or empty
 * @param number    the number in the series, or empty
 * @param date      the publication date, if known
 * @param url       the canonical URL of the original, or empty
 * @param language  BCP 47 language tag
 */
public record ReportMetadata(String id, String title, String subtitle, List<Author> authors, String publisher,
        String place, String series, String number, Optional<PublicationDate> date, String url, String language) {

    public ReportMetadata {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        subtitle = subtitle == null ? "" : subtitle;
        authors = List.copyOf(authors);
        publisher = publisher == null ? "" : publisher;
        place = place == null ? "" : place;
        series = series == null ? "" : series;
        number = number == null ? "" : number;
        date = date == null ? Optional.empty() : date;
        url = url == null ? "" : url;
        language = language == null || language.isBlank() ? "en" : language;
    }

    /** Title and subtitle joined as a citation shows them: {@code Title: Subtitle}. */
    public String fullTitle() {
        return subtitle.isEmpty() ? title : title + ": " + subtitle;
    }

    /** Authors' names joined for display: {@code A, B and C}. */
    public String authorNames() {
        List<String> names = authors.stream().map(Author::name).toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /**
     * A short name for the report in comparisons: the authors' family names and the year
     * ({@code Lo 2017}, {@code De Maio and Dreyfus 2020}, {@code Smith et al. 2019}); the title when
     * there are no authors.
     */
    public String shortName() {
        List<String> names = authors.stream().map(Author::familyName).toList();
        String who = switch (names.size()) {
            case 0 -> title;
            case 1 -> names.get(0);
            case 2 -> names.get(0) + " and " + names.get(1);
            default -> names.get(0) + " et al.";
        };
        return date.map(d -> who + " " + d.year()).orElse(who);
    }

    /** Series and number for display: {@code IRSEM Research Paper No. 109}. */
    public String seriesLine() {
        if (series.isEmpty()) {
            return "";
        }
        return number.isEmpty() ? series : series + " No. " + number;
    }

    /** The date for display, or empty. */
    public String dateDisplay() {
        return date.map(PublicationDate::display).orElse("");
    }

    /** The date in ISO form ({@code 2017-10}), or empty. */
    public String dateIso() {
        return date.map(PublicationDate::iso).orElse("");
    }

    /** The date as Highwire Press tags want it ({@code 2017/10}), or empty. */
    public String dateSlashed() {
        return date.map(PublicationDate::slashed).orElse("");
    }
}
