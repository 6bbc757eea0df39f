package org.edition.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The finisher's two ways of serialising a page — into a builder encoded at once (pages up to
 * {@link HtmlFinisher#WHOLE_PAGE_CHARS}) and streamed as jsoup writes it (longer ones) — give the same bytes.
 */
class HtmlFinisherTest {
    private static final String[] PIECES = {"<p>", "</p>", "<a href=\"x?a=1&amp;b=2\" title='q\"'>", "</a>", "<br>", "<script>if (a < b && c) {}</script>",
        "<style>p > a { content: \"é\" }</style>", "<!-- a comment -->", "<textarea>a < b</textarea>", "<pre>\n x</pre>", "<input disabled value=\"\">",
        "<span data-x=\"&lt;\">", "</span>", "&nbsp;", "&amp;", "&lt;", "a", "é", "€", "\u00a0", "\uD83D\uDE00", "\uD800", "\uDFFF", "\n", " ", "ß", "\uFFFF"};

    @Test
    void wholeAndStreamedPagesAreTheSameBytes() throws IOException {
        Random random = new Random(29);
        for (int round = 0; round < 3_000; round++) {
            StringBuilder html = new StringBuilder(round % 2 == 0 ? "<!doctype html>\n<html lang=\"en\"><head><title>t</title></head><body>" : "");
            int pieces = random.nextInt(round < 2_990 ? 60 : 50_000);
            for (int i = 0; i < pieces; i++) {
                html.append(PIECES[random.nextInt(PIECES.length)]);
            }
            if (random.nextBoolean()) {
                html.append('\n');
            }
            Document doc = Parser.htmlParser().parseInput(html.toString(), "");
            doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
            ByteArrayOutputStream whole = new ByteArrayOutputStream();
            HtmlFinisher.whole(doc, html.length(), whole);
            ByteArrayOutputStream streamed = new ByteArrayOutputStream();
            HtmlFinisher.stream(doc, streamed);
            assertArrayEquals(streamed.toByteArray(), whole.toByteArray(), "page " + round + ": " + html);
            byte[] bytes = whole.toByteArray();
            assertEquals('\n', bytes[bytes.length - 1], "page " + round + " ends with a line break");
        }
    }

    @Test
    void anEmptyDocumentIsALineBreakEitherWay() throws IOException {
        Document doc = new Document("");
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        HtmlFinisher.whole(doc, 0, whole);
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        HtmlFinisher.stream(doc, streamed);
        assertArrayEquals("\n".getBytes(StandardCharsets.UTF_8), whole.toByteArray());
        assertArrayEquals(streamed.toByteArray(), whole.toByteArray());
    }
}
