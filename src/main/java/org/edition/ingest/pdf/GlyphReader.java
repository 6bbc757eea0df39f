package org.edition.ingest.pdf;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads every character of a document with its position, font and size: PDFBox's text stripper does
 * the decoding, and instead of writing text this subclass keeps the {@link TextPosition}s of each page
 * as {@link Glyph}s, less the duplicates some producers overprint for a bold effect (the same
 * character drawn again within a fraction of a point).
 */
final class GlyphReader extends PDFTextStripper {
    /** Text set smaller than this (in points) cannot be read on the page: markers some producers hide. */
    private static final float INVISIBLE = 3f;
    private final List<PdfPage> pages = new ArrayList<>();
    private final Map<PDFont, Style> styles = new HashMap<>();

    /** A font's name and face. */
    private record Style(String name, boolean bold, boolean italic) {
    }
    private String[] labels = new String[0];

    GlyphReader() {
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(false);
    }

    /** Reads all pages of the document. */
    List<PdfPage> read(PDDocument document) throws IOException {
        pages.clear();
        labels = labelsOf(document);
        setStartPage(1);
        setEndPage(Integer.MAX_VALUE);
        getText(document);
        return List.copyOf(pages);
    }

    @Override
    protected void writePage() {
        int upright = 0;
        int index = getCurrentPageNo();
        List<TextPosition> all = new ArrayList<>();
        for (List<TextPosition> article : charactersByArticle) {
            all.addAll(article);
        }
        Map<Integer, Integer> byDirection = new HashMap<>();
        for (TextPosition t : all) {
            byDirection.merge(Math.round(t.getDir()), 1, Integer::sum);
        }
        int direction = byDirection.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
        List<Glyph> glyphs = new ArrayList<>(all.size());
        java.util.Set<String> drawn = new java.util.HashSet<>();
        int order = 0;
        for (TextPosition t : all) {
            order++;
            if (Math.round(t.getDir()) != direction) {
                continue;
            }
            upright++;
            String text = spelled(t.getUnicode());
            if (text.isEmpty()) {
                continue;
            }
            float size = sizeOf(t);
            if (size < INVISIBLE) {
                continue;
            }
            if (!drawn.add(text + '@' + Math.round(t.getXDirAdj() * 2f) + ',' + Math.round(t.getYDirAdj() * 2f))) {
                continue;
            }
            Style style = styles.computeIfAbsent(t.getFont(), GlyphReader::styleOf);
            glyphs.add(Glyph.of(text, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size,
                    style.name(), style.bold(), style.italic(), order));
        }
        PDPage page = getCurrentPage();
        PDRectangle box = page.getCropBox();
        boolean turned = direction == 90 || direction == 270;
        float width = turned ? box.getHeight() : box.getWidth();
        float height = turned ? box.getWidth() : box.getHeight();
        String label = index - 1 < labels.length && labels[index - 1] != null ? labels[index - 1] : "";
        pages.add(new PdfPage(index, label, width, height, glyphs, all.size() - upright));
    }

    private static String[] labelsOf(PDDocument document) {
        try {
            PDPageLabels labels = document.getDocumentCatalog().getPageLabels();
            return labels == null ? new String[0] : labels.getLabelsByPageIndices();
        } catch (IOException | RuntimeException e) {
            return new String[0];
        }
    }

    private static float sizeOf(TextPosition t) {
        float size = t.getFontSizeInPt();
        if (size < 2f) {
            size = t.getHeightDir() / 0.7f;
        }
        return Math.round(size * 10f) / 10f;
    }

    /** Ligatures and other presentation forms spelled out; everything else as it is. */
    private static String spelled(String unicode) {
        if (unicode == null) {
            return "";
        }
        for (int i = 0; i < unicode.length(); i++) {
            char c = unicode.charAt(i);
            if (c >= '\uFB00' && c <= '\uFB4F') {
                return Normalizer.normalize(unicode, Normalizer.Form.NFKC);
            }
        }
        return unicode;
    }

    private static String fontName(PDFont font) {
        String name = font == null || font.getName() == null ? "" : font.getName();
        int plus = name.indexOf('+');
        return plus == 6 ? name.substring(plus + 1) : name;
    }

    /** A font's name and face, from its descriptor and its name. */
    private static Style styleOf(PDFont font) {
        String name = fontName(font).toLowerCase(Locale.ROOT);
        PDFontDescriptor d = font == null ? null : font.getFontDescriptor();
        boolean bold = name.matches(".*(bold|black|heavy|semibold|demi).*")
                || d != null && (d.getFontWeight() >= 600 || d.isForceBold());
        boolean italic = name.matches(".*(italic|oblique).*") || d != null && (d.isItalic() || d.getItalicAngle() != 0);
        return new Style(fontName(font), bold, italic);
    }
}
