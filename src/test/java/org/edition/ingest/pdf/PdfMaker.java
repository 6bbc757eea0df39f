package org.edition.ingest.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Makes small PDFs for the tests with PDFBox: pages of text set at given positions, sizes and
 * faces (superscripts raised and smaller), encrypted copies, pages of images only. The files carry a
 * fixed date and identifier, so the same calls make the same bytes.
 */
final class PdfMaker {
    static final PDType1Font ROMAN = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    static final PDType1Font ITALIC = new PDType1Font(Standard14Fonts.FontName.TIMES_ITALIC);

    /** A piece of text at a place: left edge, baseline (from the top), size, font, raised by points, turned. */
    record Piece(String text, float x, float y, float size, PDType1Font font, float rise, boolean turned) {
    }

    /** One page being written. */
    static final class Page {
        final List<Piece> pieces = new ArrayList<>();
        float width = PDRectangle.LETTER.getWidth();

        /** Text at a place, in a size and face. */
        Page text(float x, float y, float size, PDType1Font font, String text) {
            pieces.add(new Piece(text, x, y, size, font, 0, false));
            return this;
        }

        /** Text turned a quarter, reading upwards, like a stamp in the margin. */
        Page turned(float x, float y, float size, String text) {
            pieces.add(new Piece(text, x, y, size, ROMAN, 0, true));
            return this;
        }

        /** A line of body text with raised note numbers: each {@code ^n^} becomes a superscript. */
        Page line(float x, float y, float size, String text) {
            float at = x;
            String[] parts = text.split("\\^");
            for (int i = 0; i < parts.length; i++) {
                boolean raised = i % 2 == 1;
                float s = raised ? size * 0.6f : size;
                pieces.add(new Piece(parts[i], at, y, s, ROMAN, raised ? size * 0.35f : 0, false));
                at += width(parts[i], s);
            }
            return this;
        }
    }

    private final List<Page> pages = new ArrayList<>();

    /** Starts a new page and returns it. */
    Page page() {
        Page p = new Page();
        pages.add(p);
        return p;
    }

    /** The PDF's bytes. */
    byte[] bytes() throws IOException {
        return write(null);
    }

    /** The PDF encrypted: with this user password (empty: opens without one) and these permissions. */
    byte[] encrypted(String userPassword, boolean canExtract) throws IOException {
        AccessPermission permission = new AccessPermission();
        permission.setCanExtractContent(canExtract);
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, permission);
        policy.setEncryptionKeyLength(128);
        return write(policy);
    }

    /** A PDF whose pages are images only, like a scan without OCR. */
    static byte[] imagesOnly(int pageCount) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pageCount; i++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                document.addPage(page);
                BufferedImage image = new BufferedImage(200, 260, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = image.createGraphics();
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, 200, 260);
                g.setColor(Color.BLACK);
                for (int row = 20; row < 240; row += 12) {
                    g.fillRect(20, row, 160, 4);
                }
                g.dispose();
                PDImageXObject xobject = LosslessFactory.createFromImage(document, image);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(xobject, 50, 100, 500, 650);
                }
            }
            return save(document);
        }
    }

    private byte[] write(StandardProtectionPolicy policy) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (Page p : pages) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                document.addPage(page);
                float height = page.getMediaBox().getHeight();
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    for (Piece piece : p.pieces) {
                        content.beginText();
                        content.setFont(piece.font(), piece.size());
                        if (piece.turned()) {
                            content.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, piece.x(), height - piece.y()));
                        } else {
                            content.newLineAtOffset(piece.x(), height - piece.y() + piece.rise());
                        }
                        content.showText(piece.text());
                        content.endText();
                    }
                }
            }
            if (policy != null) {
                document.protect(policy);
            }
            return save(document);
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        Calendar fixed = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        fixed.clear();
        fixed.set(2026, Calendar.JANUARY, 1);
        document.getDocumentInformation().setCreationDate(fixed);
        document.getDocumentInformation().setProducer("edition tests");
        COSArray id = new COSArray();
        id.add(new COSString("edition-test-pdf"));
        id.add(new COSString("edition-test-pdf"));
        document.getDocument().getTrailer().setItem(COSName.ID, id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    /** The width of a text in a size, in the roman face. */
    static float width(String text, float size) {
        try {
            return ROMAN.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
