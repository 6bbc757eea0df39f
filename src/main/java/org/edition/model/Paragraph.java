package org.edition.model;

import java.util.List;

/**
 * A citable unit of the running text: a paragraph, or a list, table or quotation, numbered in reading
 * order through the whole report.
 *
 * @param id        stable id used as its anchor ({@code p12})
 * @param number    its number in the report (¶ 12)
 * @param element   the HTML element it renders as: {@code p}, {@code ul}, {@code ol}, {@code blockquote}, {@code table}…
 * @param html      its inner HTML, with note references and page markers in place
 * @param text      its plain text, without note reference numbers
 * @param pages     the original pages it spans, in order (empty when the source shows no pages)
 */
public record Paragraph(String id, int number, String element, String html, String text, List<String> pages)
        implements Block {
    public Paragraph {
        pages = List.copyOf(pages);
    }

    @Override
    public String kind() {
        return "paragraph";
    }
}
