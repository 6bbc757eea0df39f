package org.edition.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The synthetic PDFs of the golden cases are the ones {@link SyntheticPdfs} makes, byte for byte. */
class SyntheticPdfsTest {

    @Test
    void theCommittedTwoColumnPdfIsWhatTheMakerMakes() throws IOException {
        assertArrayEquals(SyntheticPdfs.twoColumns(), Files.readAllBytes(SyntheticPdfs.TWO_COLUMNS),
                "rerun SyntheticPdfs.main and review the golden case pdf-two-columns");
    }

    @Test
    void theCommittedEndnotesPdfIsWhatTheMakerMakes() throws IOException {
        assertArrayEquals(SyntheticPdfs.endnotes(), Files.readAllBytes(SyntheticPdfs.ENDNOTES),
                "rerun SyntheticPdfs.main and review the golden case pdf-endnotes");
    }
}
