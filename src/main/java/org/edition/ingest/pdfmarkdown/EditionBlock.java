package org.edition.ingest.pdfmarkdown;

/**
 * One block of the edition Markdown being written: what it is, its text as it will stand in the file
 * (a list holds all its items, one a line), and the source line it came from.
 *
 * @param type what the block is
 * @param text its Markdown
 * @param line the source line of its start
 */
record EditionBlock(Type type, String text, int line) {

    /** The kinds of block the edition has. */
    enum Type {
        HEADING, PARAGRAPH, NUMBERED_LIST, BULLET_LIST, TABLE, PAGE, VERBATIM, RULE
    }

    /** The same block with other text. */
    EditionBlock withText(String newText) {
        return new EditionBlock(type, newText, line);
    }

    boolean is(Type t) {
        return type == t;
    }
}
