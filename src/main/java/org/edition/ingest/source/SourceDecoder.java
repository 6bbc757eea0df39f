package org.edition.ingest.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.edition.diagnostics.Diagnostic;
import org.edition.diagnostics.EditionException;

/**
 * Decodes a source file's bytes into a {@link SourceText}, refusing what is not a text: an empty
 * file, a binary file, or bytes that are not UTF-8 — each with the line (and column) where it shows.
 * A PDF is kept as bytes, for the PDF importer. UTF-16 is decoded; a ZIP or UTF-32 is named as such, with
 * what to do ({@link ForeignBytes}).
 */
public final class SourceDecoder {
    private SourceDecoder() {
    }

    /**
     * Decodes the bytes of a source.
     *
     * @param name  the file's name for messages
     * @param bytes the file's content
     * @throws EditionException (content) if the file is empty, binary or not UTF-8
     */
    public static SourceText decode(String name, byte[] bytes) {
        if (bytes.length == 0 || isBlank(bytes)) {
            throw EditionException.content(name, 0, "the source is empty");
        }
        if (SourceText.looksLikePdf(bytes)) {
            return SourceText.pdf(name, bytes, sha256(bytes));
        }
        java.util.Optional<String> utf16 = ForeignBytes.decode(name, bytes);
        if (utf16.isPresent()) {
            if (utf16.get().isBlank()) {
                throw EditionException.content(name, 0, "the source is empty");
            }
            return checked(name, utf16.get().replace("\r\n", "\n").replace('\r', '\n'), bytes);
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw EditionException.content(name, lineAt(bytes, i),
                        "the source looks binary (it contains a NUL byte), not like a text; give the text extracted from it");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw new EditionException(EditionException.Kind.CONTENT, new Diagnostic(
                    org.edition.diagnostics.Severity.ERROR, name, lineAt(bytes, offset), columnAt(bytes, offset),
                    String.format("the source is not valid UTF-8 (byte 0x%02X); save it as UTF-8", bytes[offset] & 0xFF)));
        }
        try {
            decoder.flush(out);
        } catch (RuntimeException e) {
            throw EditionException.content(name, 0, "the source is not valid UTF-8");
        }
        out.flip();
        String text = out.toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        return checked(name, text, bytes);
    }

    /** A decoded text, refused if it holds many control characters. */
    private static SourceText checked(String name, String text, byte[] bytes) {
        long controls = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\f').count();
        if (controls > Math.max(8, text.length() / 100)) {
            throw EditionException.content(name, 0,
                    "the source looks binary (" + controls + " control characters), not like a text");
        }
        return new SourceText(name, text, sha256(bytes));
    }

    /** Hex SHA-256 of the bytes. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int columnAt(byte[] bytes, int offset) {
        int column = 1;
        for (int i = offset - 1; i >= 0 && bytes[i] != '\n'; i--) {
            if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return column;
    }

}
