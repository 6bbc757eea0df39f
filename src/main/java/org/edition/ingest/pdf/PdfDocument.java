package org.edition.ingest.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.edition.diagnostics.EditionException;
import org.edition.ingest.source.SourceText;

/**
 * A PDF opened and read into pages of characters, or refused with a message naming the file: a PDF
 * that needs a password, one whose permissions forbid taking its text, a damaged file, and a PDF
 * without a text layer (a scan) are content errors.
 *
 * @param pages     the pages with their characters
 * @param truncated whether the file lacks its end-of-file marker (it may be cut short)
 */
record PdfDocument(List<PdfPage> pages, boolean truncated) {

    /**
     * Opens and reads a PDF source.
     *
     * @throws EditionException (content) if the PDF cannot be used
     */
    static PdfDocument read(SourceText source) {
        PdfBoxSetup.ensure();
        byte[] bytes = source.pdf();
        String name = source.name();
        List<PdfPage> pages;
        try (PDDocument document = Loader.loadPDF(bytes, "", null, null, IOUtils.createMemoryOnlyStreamCache())) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw EditionException.content(name, 0, "the PDF is encrypted and its permissions forbid taking"
                        + " its text; ask the publisher for an unrestricted copy");
            }
            pages = new GlyphReader().read(document);
        } catch (InvalidPasswordException e) {
            throw EditionException.content(name, 0, "the PDF is encrypted and needs a password to open;"
                    + " give an unencrypted copy");
        } catch (IOException | RuntimeException e) {
            if (e instanceof EditionException ee) {
                throw ee;
            }
            throw new EditionException(EditionException.Kind.CONTENT, org.edition.diagnostics.Diagnostic.error(name, 0,
                    "the PDF is damaged and cannot be read (" + reason(e) + ")"), e);
        }
        if (pages.isEmpty()) {
            throw EditionException.content(name, 0, "the PDF has no pages (the file may be damaged or cut short)");
        }
        long characters = pages.stream().mapToLong(p -> p.glyphs().stream().filter(g -> !g.blank()).count()).sum();
        if (characters == 0) {
            throw EditionException.content(name, 0, "the PDF has no text layer (" + pages.size()
                    + (pages.size() == 1 ? " page" : " pages") + " of images, a scan?); run OCR on it first and import the result");
        }
        return new PdfDocument(pages, !endsWithEof(bytes));
    }

    private static String reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() > 160 ? message.substring(0, 160) + "…" : message;
    }

    private static boolean endsWithEof(byte[] bytes) {
        int from = Math.max(0, bytes.length - 1024);
        for (int i = bytes.length - 5; i >= from; i--) {
            if (bytes[i] == '%' && bytes[i + 1] == '%' && bytes[i + 2] == 'E' && bytes[i + 3] == 'O' && bytes[i + 4] == 'F') {
                return true;
            }
        }
        return false;
    }
}
