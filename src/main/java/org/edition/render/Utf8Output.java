package org.edition.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A writer that encodes characters as UTF-8 straight into a byte buffer: jsoup serialises a page a few
 * characters at a time, and the JDK's stack for it (an {@code OutputStreamWriter} under a
 * {@code BufferedWriter}) takes a lock and checks its state for each of them. The bytes are those the JDK's
 * encoder gives, an unpaired surrogate included (written as {@code ?}, as the JDK replaces it). Not
 * thread-safe: one page, one writer.
 */
final class Utf8Output extends Writer {
    private static final int NONE = -1;
    private final OutputStream out;
    private final byte[] buffer = new byte[64 * 1024];
    private int used;
    private int pendingHigh = NONE;
    private char last;

    Utf8Output(OutputStream out) {
        this.out = out;
    }

    /** The last character written (0 if none). */
    char last() {
        return last;
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int count) throws IOException {
        for (int i = offset, end = offset + count; i < end; i++) {
            put(chars[i]);
        }
    }

    @Override
    public void write(String s, int offset, int count) throws IOException {
        for (int i = offset, end = offset + count; i < end; i++) {
            put(s.charAt(i));
        }
    }

    @Override
    public Writer append(char c) throws IOException {
        put(c);
        return this;
    }

    @Override
    public Writer append(CharSequence s) throws IOException {
        CharSequence text = s == null ? "null" : s;
        return append(text, 0, text.length());
    }

    @Override
    public Writer append(CharSequence s, int start, int end) throws IOException {
        CharSequence text = s == null ? "null" : s;
        for (int i = start; i < end; i++) {
            put(text.charAt(i));
        }
        return this;
    }

    private void put(char c) throws IOException {
        last = c;
        if (used + 4 > buffer.length) {
            drain();
        }
        if (pendingHigh != NONE) {
            int high = pendingHigh;
            pendingHigh = NONE;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint((char) high, c);
                buffer[used++] = (byte) (0xF0 | cp >> 18);
                buffer[used++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buffer[used++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buffer[used++] = (byte) (0x80 | cp & 0x3F);
                return;
            }
            buffer[used++] = '?';
            if (used + 4 > buffer.length) {
                drain();
            }
        }
        if (c < 0x80) {
            buffer[used++] = (byte) c;
        } else if (c < 0x800) {
            buffer[used++] = (byte) (0xC0 | c >> 6);
            buffer[used++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            buffer[used++] = '?';
        } else {
            buffer[used++] = (byte) (0xE0 | c >> 12);
            buffer[used++] = (byte) (0x80 | c >> 6 & 0x3F);
            buffer[used++] = (byte) (0x80 | c & 0x3F);
        }
    }

    private void drain() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
    }

    /** Writes out what is buffered (a high surrogate still waiting for its pair stays waiting, as in the JDK's writer). */
    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    /** Flushes; the stream underneath is not closed. */
    @Override
    public void close() throws IOException {
        flush();
    }
}
