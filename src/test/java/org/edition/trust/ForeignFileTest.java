package org.edition.trust;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.edition.TestEdition;
import org.edition.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A file dropped into the sources that is not UTF-8 text is named for what it is, with what to do:
 * a PDF, a ZIP (Word, OpenDocument), UTF-32; UTF-16 is read, with or without a byte-order mark.
 */
class ForeignFileTest {
    @TempDir
    Path dir;

    private static final String TEXT = "## Über die Lage\n\nDer erste Absatz — mit Umlauten und «Zeichen».\n";

    @ParameterizedTest(name = "{0}, BOM {1}")
    @CsvSource({"UTF-16LE, true", "UTF-16BE, true", "UTF-16LE, false", "UTF-16BE, false"})
    void utf16IsReadWithOrWithoutAByteOrderMark(String charset, boolean bom) throws IOException {
        TestEdition e = TestEdition.minimal(dir);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (bom) {
            bytes.write(charset.endsWith("LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF});
        }
        bytes.write(TEXT.replace("\n", "\r\n").getBytes(Charset.forName(charset)));
        e.writeBytes("sources/beta.md", bytes.toByteArray());
        TestEdition.Run run = e.build();
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(e.page("reports/beta.html").text().contains("Der erste Absatz — mit Umlauten und «Zeichen»."),
                e.page("reports/beta.html").text());
    }

    private static void assertNamed(TestEdition e, String... expected) {
        TestEdition.Run run = e.build();
        assertEquals(ExitCodes.CONTENT, run.exitCode(), run.err());
        for (String x : expected) {
            assertTrue(run.err().contains(x), "message lacks '" + x + "':\n" + run.err());
        }
    }

    @Test
    void aPdfThatCannotBeReadIsNamedAsADamagedPdf() throws IOException {
        TestEdition e = TestEdition.minimal(dir);
        e.writeBytes("sources/report.pdf", "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertNamed(e, "sources/report.pdf: error: the PDF is damaged and cannot be read");
    }

    @Test
    void aWordFileIsNamedAsAZipWithWhatToDo() throws IOException {
        TestEdition e = TestEdition.minimal(dir);
        e.writeBytes("sources/report.docx", new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0});
        assertNamed(e, "sources/report.docx: error: this is a ZIP archive (a Word .docx", "plain text in UTF-8");
    }

    @Test
    void utf32IsNamedWithHowToConvert() throws IOException {
        TestEdition e = TestEdition.minimal(dir);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0});
        bytes.write(TEXT.getBytes(Charset.forName("UTF-32LE")));
        e.writeBytes("sources/beta.md", bytes.toByteArray());
        assertNamed(e, "sources/beta.md: error: this text is in UTF-32", "iconv -f UTF-32 -t UTF-8");
    }

    @Test
    void brokenUtf16IsNamedWithHowToConvert() throws IOException {
        TestEdition e = TestEdition.minimal(dir);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        bytes.write("Text ".getBytes(StandardCharsets.UTF_16LE));
        bytes.write(new byte[] {0x00, (byte) 0xD8, 'x', 0});
        e.writeBytes("sources/beta.md", bytes.toByteArray());
        assertNamed(e, "sources/beta.md: error: this text looks like UTF-16LE but does not decode", "iconv -f UTF-16LE -t UTF-8");
    }

    @Test
    void otherBinaryFilesAreStillCalledBinary() throws IOException {
        TestEdition e = TestEdition.minimal(dir);
        e.writeBytes("sources/beta.txt", new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 1, 2, 0, 0, 3});
        assertNamed(e, "sources/beta.txt:1: error: the source looks binary");
    }
}
