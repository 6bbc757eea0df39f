package org.edition.model;

/**
 * Text the layout set apart from the running text: a pull quote (repeating a sentence of the body)
 * or a boxed sidebar. Shown beside the text, never counted as a paragraph.
 *
 * @param type  {@code pull-quote} or {@code sidebar}
 * @param html  inner HTML
 * @param text  plain text
 */
public record Insert(String type, String html, String text) implements Block {
    @Override
    public String kind() {
        return "insert";
    }
}
