package org.edition.model;

import java.util.List;

/**
 * A theme both reports address, as the editors declare it in {@code content/themes.yaml}: what marks a
 * passage as addressing it, and the editors' synthesis comparing the reports on it.
 *
 * @param id            its id, used in its page's URL ({@code compare/arms-control.html})
 * @param title         its title
 * @param terms         ids of the glossary entries whose terms mark it
 * @param phrases       lower-case phrases that mark it, matched in any letter case on word boundaries
 * @param synthesisHtml the editors' synthesis rendered from Markdown; each passage link is an
 *                      {@code <a data-passage="N">} (N indexing {@code passageLinks}) until the link stage
 *                      resolves it to {@code <a class="passage-link" data-report="…" data-paragraph="…">}
 * @param passageLinks  the links of the synthesis to passages of the reports, in order
 * @param declaredAt    where it is declared ({@code content/themes.yaml:12})
 */
public record Theme(String id, String title, List<String> terms, List<String> phrases, String synthesisHtml,
        List<PassageLink> passageLinks, String declaredAt) {
    public Theme {
        terms = List.copyOf(terms);
        phrases = List.copyOf(phrases);
        passageLinks = List.copyOf(passageLinks);
    }

    /** The same theme with its synthesis and passage links resolved. */
    public Theme resolved(String html, List<PassageLink> links) {
        return new Theme(id, title, terms, phrases, html, links, declaredAt);
    }
}
