package org.edition.render;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A page as a template writes it, kept in pieces of 64 K characters rather than one string, and read back
 * by the finisher's parser as it goes: a page of tens of megabytes (the comparison overview of a thousand
 * reports) is then held once, not once in a growing buffer, once as a string and once more as a copy.
 * Writing past a limit fails, so a runaway template stops the build instead of filling the memory.
 */
final class PageText extends Writer {
    /** Writing went past the limit. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        TooLong(long limit) {
            super("the page would be longer than " + limit / (1024 * 1024)
                    + " million characters: a list or loop in the template runs away");
        }
    }

    private static final int PIECE = 64 * 1024;
    private final long limit;
    private final List<char[]> pieces = new ArrayList<>();
    private char[] current = new char[PIECE];
    private int used;
    private long length;

    /** A page text of at most {@code limit} characters. */
    PageText(long limit) {
        this.limit = limit;
    }

    @Override
    public void write(char[] chars, int offset, int count) throws TooLong {
        refuseBeyondLimit(count);
        int from = offset;
        int left = count;
        while (left > 0) {
            if (used == current.length) {
                pieces.add(current);
                current = new char[PIECE];
                used = 0;
            }
            int n = Math.min(left, current.length - used);
            System.arraycopy(chars, from, current, used, n);
            used += n;
            from += n;
            left -= n;
        }
        length += count;
    }

    @Override
    public void write(String s, int offset, int count) throws TooLong {
        refuseBeyondLimit(count);
        int from = offset;
        int left = count;
        while (left > 0) {
            if (used == current.length) {
                pieces.add(current);
                current = new char[PIECE];
                used = 0;
            }
            int n = Math.min(left, current.length - used);
            s.getChars(from, from + n, current, used);
            used += n;
            from += n;
            left -= n;
        }
        length += count;
    }

    private void refuseBeyondLimit(int count) throws TooLong {
        if (length + count > limit) {
            throw new TooLong(limit);
        }
    }

    @Override
    public void flush() {
        // Nothing is buffered elsewhere.
    }

    @Override
    public void close() {
        // Still readable once closed.
    }

    /** How many characters were written. */
    long length() {
        return length;
    }

    /** The text written, from its start. */
    Reader reader() {
        List<char[]> all = new ArrayList<>(pieces);
        all.add(current);
        int lastUsed = used;
        return new Reader() {
            private int piece;
            private int at;

            @Override
            public int read(char[] into, int offset, int count) {
                while (piece < all.size()) {
                    int limit = piece == all.size() - 1 ? lastUsed : all.get(piece).length;
                    if (at < limit) {
                        int n = Math.min(count, limit - at);
                        System.arraycopy(all.get(piece), at, into, offset, n);
                        at += n;
                        return n;
                    }
                    piece++;
                    at = 0;
                }
                return -1;
            }

            @Override
            public void close() {
                // Nothing to release.
            }
        };
    }

    /**
     * The SHA-256 of some words, then of the text written (its UTF-16 code units, big-endian): what a page was
     * made from, for {@link FinishedPages}.
     */
    byte[] sha256(String... before) {
        java.security.MessageDigest digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        for (String s : before) {
            digest.update(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        byte[] bytes = new byte[2 * PIECE];
        List<char[]> all = new ArrayList<>(pieces);
        all.add(current);
        for (int i = 0; i < all.size(); i++) {
            char[] piece = all.get(i);
            int count = i == all.size() - 1 ? used : piece.length;
            for (int c = 0; c < count; c++) {
                bytes[2 * c] = (byte) (piece[c] >>> 8);
                bytes[2 * c + 1] = (byte) piece[c];
            }
            digest.update(bytes, 0, 2 * count);
        }
        return digest.digest();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 8, length));
        for (char[] p : pieces) {
            s.append(p);
        }
        return s.append(current, 0, used).toString();
    }
}
