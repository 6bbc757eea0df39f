package org.edition.model;

import java.util.List;
import java.util.Optional;

/**
 * Edition-wide metadata, from {@code content/edition.yaml}.
 *
 * @param title            the edition's title
 * @param subtitle         its subtitle, or empty
 * @param editors          the editors' names
 * @param introductionHtml the introduction, rendered from Markdown
 * @param baseUrl          the URL the edition will be published at (for citations), or empty
 * @param licence          the licence statement
 * @param date             the edition's date, from edition.yaml or SOURCE_DATE_EPOCH, if any
 * @param language         BCP 47 tag of the edition's own texts
 * @param glossaryLinks    which occurrences of glossary terms are linked: first-in-section (default),
 *                         first-in-report, all or none
 */
public record EditionMetadata(String title, String subtitle, List<String> editors, String introductionHtml,
        String baseUrl, String licence, Optional<PublicationDate> date, String language, String glossaryLinks) {
    public EditionMetadata {
        editors = List.copyOf(editors);
        subtitle = subtitle == null ? "" : subtitle;
        introductionHtml = introductionHtml == null ? "" : introductionHtml;
        baseUrl = baseUrl == null ? "" : baseUrl;
        licence = licence == null ? "" : licence;
        language = language == null || language.isBlank() ? "en" : language;
        glossaryLinks = glossaryLinks == null || glossaryLinks.isBlank() ? "first-in-section" : glossaryLinks;
    }

    /** Editors joined for display. */
    public String editorNames() {
        return String.join(", ", editors);
    }

    /** The date for display, or empty. */
    public String dateDisplay() {
        return date.map(PublicationDate::display).orElse("");
    }
}
