package org.edition.model;

/**
 * The start of an original page between two blocks.
 *
 * @param number the printed page number ("7")
 * @param id     its anchor ({@code page-7})
 */
public record PageStart(String number, String id) implements Block {
    @Override
    public String kind() {
        return "page-start";
    }
}
