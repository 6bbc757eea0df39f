package org.edition.ingest.pdf;

import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Sets PDFBox up for reading text once per process, before it first loads a document. PDFBox looks
 * for a system font to stand in for every font a PDF does not embed: it scans the machine's fonts
 * (seconds, the first time) and writes a cache file into the user's home folder — an import must not
 * write outside the edition, and reading text needs only the PDF's own widths, so every stand-in is
 * the Liberation Sans PDFBox ships. Its log (through commons-logging) is silenced unless the user
 * configured one: what matters to an editor is in the import report.
 */
final class PdfBoxSetup {
    private PdfBoxSetup() {
    }

    /** Does the setup, once. */
    static void ensure() {
        Holder.DONE.hashCode();
    }

    private static final class Holder {
        static final Object DONE = setUp();
    }

    private static Object setUp() {
        if (System.getProperty("org.apache.commons.logging.Log") == null) {
            System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
        }
        FontMappers.set(new StandIns());
        return Boolean.TRUE;
    }

    /** A font mapper that never looks at the machine's fonts. */
    private static final class StandIns implements FontMapper {
        private TrueTypeFont font;

        private synchronized TrueTypeFont font() {
            if (font == null) {
                try (InputStream in = FontMapper.class.getResourceAsStream(
                        "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
                    if (in == null) {
                        throw new IllegalStateException("PDFBox's Liberation Sans is missing from the jar");
                    }
                    font = new TTFParser(true).parse(new RandomAccessReadBuffer(in));
                } catch (IOException e) {
                    throw new IllegalStateException("cannot read PDFBox's Liberation Sans", e);
                }
            }
            return font;
        }

        @Override
        public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
            return new FontMapping<>(font(), true);
        }

        @Override
        public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
            return new FontMapping<>(font(), true);
        }

        @Override
        public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
            return new CIDFontMapping(null, font(), true);
        }
    }
}
