package org.edition.model.compare;

/**
 * A paragraph that addresses a theme.
 *
 * @param paragraph the paragraph
 * @param section   the title of its section, or empty
 * @param html      its text, escaped, with the theme's marking terms in {@code <mark>}
 * @param hits      how many marking terms it holds
 */
public record ThemePassage(ParagraphRef paragraph, String section, String html, int hits) {
}
