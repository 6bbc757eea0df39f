package org.edition.render;

import java.io.IOException;
import java.io.Writer;

/** Collects a page's text, up to a limit: past it, writing fails, so a runaway template stops the build. */
final class PageWriter extends Writer {
    /** Writing went past the limit. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        TooLong(int limit) {
            super("the page would be longer than " + limit / (1024 * 1024)
                    + " million characters: a list or loop in the template runs away");
        }
    }

    private final StringBuilder text = new StringBuilder();
    private final int limit;

    PageWriter(int limit) {
        this.limit = limit;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        if (text.length() + (long) length > limit) {
            throw new TooLong(limit);
        }
        text.append(chars, offset, length);
    }

    @Override
    public void write(String s, int offset, int length) throws IOException {
        if (text.length() + (long) length > limit) {
            throw new TooLong(limit);
        }
        text.append(s, offset, offset + length);
    }

    @Override
    public void flush() {
        // Nothing to flush: the text is kept in memory.
    }

    @Override
    public void close() {
        // Nothing to close.
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
