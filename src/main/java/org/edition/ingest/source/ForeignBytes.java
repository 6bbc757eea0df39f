package org.edition.ingest.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.edition.diagnostics.EditionException;

/**
 * Recognises what a file dropped among the sources is when it is not UTF-8 text: a PDF, a ZIP
 * (a Word or OpenDocument file), UTF-32, or UTF-16 — the last decoded, since its text is all there,
 * whether it starts with a byte-order mark or shows the pattern of NUL bytes that ASCII text in
 * UTF-16 has. Everything else is left to {@link SourceDecoder}.
 */
final class ForeignBytes {
    private static final int SAMPLE = 4096;

    private ForeignBytes() {
    }

    /**
     * The text of a UTF-16 file, or empty if the bytes are not UTF-16.
     *
     * @throws EditionException for a PDF, a ZIP, UTF-32, or UTF-16 that does not decode — saying what
     *                          the file is and what to do
     */
    static Optional<String> decode(String name, byte[] bytes) {
        if (startsWith(bytes, "%PDF-")) {
            throw EditionException.content(name, 0, "this is a PDF file, not a text: edition reads the text extracted"
                    + " from a PDF. Extract it (for example: pdftotext -enc UTF-8 report.pdf report.txt), put the .txt in"
                    + " the sources folder and keep the PDF elsewhere");
        }
        if (startsWith(bytes, "PK\u0003\u0004")) {
            throw EditionException.content(name, 0, "this is a ZIP archive (a Word .docx or an OpenDocument file is one),"
                    + " not a text: save or export it as plain text in UTF-8, and put that in the sources folder instead");
        }
        if (startsWith(bytes, "\u00FF\u00FE\u0000\u0000") || startsWith(bytes, "\u0000\u0000\u00FE\u00FF")) {
            throw EditionException.content(name, 0, "this text is in UTF-32, not UTF-8: convert it"
                    + " (for example: iconv -f UTF-32 -t UTF-8 " + name + " > converted.txt) and use the converted file");
        }
        Charset utf16 = startsWith(bytes, "\u00FF\u00FE") ? StandardCharsets.UTF_16LE
                : startsWith(bytes, "\u00FE\u00FF") ? StandardCharsets.UTF_16BE : nulPattern(bytes);
        if (utf16 == null) {
            return Optional.empty();
        }
        try {
            String text = utf16.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            throw EditionException.content(name, 0, "this text looks like " + utf16.name() + " but does not decode as it:"
                    + " convert it to UTF-8 (for example: iconv -f " + utf16.name() + " -t UTF-8 " + name
                    + " > converted.txt) and check the result");
        }
    }

    /** UTF-16 without a byte-order mark: every other byte NUL, as ASCII text in UTF-16 has, or null. */
    private static Charset nulPattern(byte[] bytes) {
        int pairs = Math.min(bytes.length, SAMPLE) / 2;
        if (pairs < 2) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            evenNul += bytes[i] == 0 ? 1 : 0;
            oddNul += bytes[i + 1] == 0 ? 1 : 0;
        }
        if (oddNul * 10 >= pairs * 7 && evenNul * 20 <= pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNul * 10 >= pairs * 7 && oddNul * 20 <= pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        if (bytes.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if ((bytes[i] & 0xFF) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
