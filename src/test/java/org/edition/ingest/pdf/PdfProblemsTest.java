package org.edition.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.edition.TestEdition;
import org.edition.cli.ExitCodes;
import org.edition.diagnostics.EditionException;
import org.edition.ingest.importer.Importers;
import org.edition.ingest.source.SourceDecoder;
import org.edition.ingest.source.SourceFormat;
import org.edition.ingest.source.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDFs the importer cannot use get a clear message naming the file, and the command line exits with
 * the content error code without a stack trace: an encrypted PDF that needs a password or forbids
 * taking its text, a scan without a text layer, a damaged (cut short) file. The PDFs are made here.
 */
class PdfProblemsTest {

    static byte[] smallReport() throws IOException {
        PdfMaker maker = new PdfMaker();
        maker.page()
                .text(72, 90, 18, PdfMaker.BOLD, "A Short Report")
                .line(72, 130, 11, "The first paragraph of the report says what it is about.^1^ It goes on")
                .line(72, 144, 11, "for a second line, and a third one ends it with a full stop, like this.")
                .text(72, 700, 9, PdfMaker.ROMAN, "1 The note to the first paragraph, in a smaller size.");
        return maker.bytes();
    }

    private static EditionException importFails(String name, byte[] bytes) {
        SourceText source = SourceDecoder.decode(name, bytes);
        assertTrue(source.isPdf(), "a PDF is kept as bytes");
        return assertThrows(EditionException.class, () -> Importers.standard().importSource(source, Optional.empty()));
    }

    @Test
    void aPdfImportsWithItsNoteAndItsChecksumInTheReport() throws IOException {
        byte[] bytes = smallReport();
        SourceText source = SourceDecoder.decode("small.pdf", bytes);
        Importers.Imported imported = Importers.standard().importSource(source, Optional.empty());
        String markdown = imported.text().markdown();
        assertTrue(markdown.contains("about.[^1] It goes on for a second line"), markdown);
        assertTrue(markdown.contains("[^1]: The note to the first paragraph, in a smaller size."), markdown);
        assertEquals(SourceFormat.PDF, imported.report().format());
        assertTrue(imported.report().toText().contains("SHA-256 " + SourceDecoder.sha256(bytes)), imported.report().toText());
    }

    @Test
    void textSetAtAnAngleIsLeftOutAndCounted() throws IOException {
        PdfMaker maker = new PdfMaker();
        maker.page()
                .line(72, 130, 11, "The paragraph of the page, upright, as the author wrote it.")
                .turned(30, 600, 8, "Case: 21-50498 Document: 12");
        Importers.Imported imported = Importers.standard().importSource(
                SourceDecoder.decode("stamped.pdf", maker.bytes()), Optional.empty());
        assertEquals("<!-- edition:page 1 -->\n\nThe paragraph of the page, upright, as the author wrote it.\n",
                imported.text().markdown());
        assertTrue(imported.report().toFullText().contains("27 characters set at an angle left out"),
                imported.report().toFullText());
    }

    @Test
    void aPdfThatNeedsAPasswordIsRefused() throws IOException {
        PdfMaker maker = new PdfMaker();
        maker.page().text(72, 100, 11, PdfMaker.ROMAN, "Secret text.");
        EditionException e = importFails("locked.pdf", maker.encrypted("user-secret", true));
        assertEquals(EditionException.Kind.CONTENT, e.kind());
        assertTrue(e.getMessage().startsWith("locked.pdf"), e.getMessage());
        assertTrue(e.getMessage().contains("encrypted and needs a password"), e.getMessage());
    }

    @Test
    void anEncryptedPdfThatForbidsTakingItsTextIsRefused() throws IOException {
        PdfMaker maker = new PdfMaker();
        maker.page().text(72, 100, 11, PdfMaker.ROMAN, "Text that may not be copied.");
        EditionException e = importFails("no-copy.pdf", maker.encrypted("", false));
        assertTrue(e.getMessage().contains("permissions forbid taking its text"), e.getMessage());
    }

    @Test
    void anEncryptedPdfThatOpensWithoutAPasswordAndAllowsCopyingIsRead() throws IOException {
        PdfMaker maker = new PdfMaker();
        maker.page().text(72, 100, 11, PdfMaker.ROMAN, "Text anyone may copy.");
        SourceText source = SourceDecoder.decode("open.pdf", maker.encrypted("", true));
        String markdown = Importers.standard().importSource(source, Optional.empty()).text().markdown();
        assertTrue(markdown.contains("Text anyone may copy."), markdown);
    }

    @Test
    void aScanWithoutATextLayerIsRefused() throws IOException {
        EditionException e = importFails("scan.pdf", PdfMaker.imagesOnly(2));
        assertTrue(e.getMessage().contains("no text layer (2 pages of images, a scan?)"), e.getMessage());
    }

    @Test
    void aPdfCutShortIsRefused() throws IOException {
        byte[] whole = smallReport();
        EditionException e = importFails("cut.pdf", Arrays.copyOf(whole, whole.length / 2));
        assertTrue(e.getMessage().startsWith("cut.pdf"), e.getMessage());
        assertTrue(e.getMessage().contains("the PDF is damaged and cannot be read"), e.getMessage());
    }

    @Test
    void aPdfWithItsInsidesDamagedIsRefused() throws IOException {
        byte[] bytes = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ngarbage garbage\n%%EOF\n".getBytes();
        EditionException e = importFails("broken.pdf", bytes);
        assertTrue(e.getMessage().startsWith("broken.pdf"), e.getMessage());
        assertTrue(e.getMessage().contains("damaged") || e.getMessage().contains("no pages"), e.getMessage());
    }

    @Test
    void theCommandLineNamesTheFileAndExitsWithTheContentCode(@TempDir Path dir) throws IOException {
        Path scan = dir.resolve("scan.pdf");
        Files.write(scan, PdfMaker.imagesOnly(1));
        TestEdition.Run run = TestEdition.run("import", scan.toString());
        assertEquals(ExitCodes.CONTENT, run.exitCode(), run.err());
        assertTrue(run.err().contains(scan + ":0:0: error: the PDF has no text layer")
                || run.err().contains(scan + ": error: the PDF has no text layer"), run.err());
        assertFalse(run.err().contains("\tat org."), run.err());
        assertTrue(run.out().isEmpty(), run.out());

        Path locked = dir.resolve("locked.pdf");
        PdfMaker maker = new PdfMaker();
        maker.page().text(72, 100, 11, PdfMaker.ROMAN, "Secret text.");
        Files.write(locked, maker.encrypted("user-secret", true));
        run = TestEdition.run("import", locked.toString());
        assertEquals(ExitCodes.CONTENT, run.exitCode(), run.err());
        assertTrue(run.err().contains("encrypted and needs a password"), run.err());
        assertFalse(run.err().contains("\tat org."), run.err());
    }

    @Test
    void aPdfDeclaredAsAnotherFormatIsRefused() throws IOException {
        SourceText source = SourceDecoder.decode("report.pdf", smallReport());
        EditionException e = assertThrows(EditionException.class,
                () -> Importers.standard().importSource(source, Optional.of(SourceFormat.PDF_TEXT)));
        assertTrue(e.getMessage().contains("is a PDF but its format is declared as 'pdf-text'"), e.getMessage());
    }
}
