package org.edition.ingest.body;

import java.util.List;
import java.util.Set;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.edition.ingest.importer.EditionMarkers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Parses edition Markdown with flexmark and renders single blocks to safe HTML fragments. Built once
 * per build and reused (parser, renderer and sanitiser are thread-safe and expensive to make).
 *
 * <p>Note references render as placeholders {@code <sup data-note="12"></sup>} and page markers as
 * {@code <span data-page="7"></span>}, for the reader to turn into links and anchors; every other
 * piece of HTML goes through a safelist, so a source can never put script or remote content on a page.
 */
public final class MarkdownEngine {
    // Selectors compiled once: jsoup parses a selector string again at every call.
    private static final Evaluator ANY = QueryParser.parse("*");

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Cleaner cleaner;

    public MarkdownEngine() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(FootnoteExtension.create()));
        options.set(HtmlRenderer.SOFT_BREAK, " ");
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        // No header ids are rendered, so none is made: flexmark would otherwise walk the whole document for
        // ids each time one block of it is rendered (a report's blocks times its length).
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options)
                .nodeRendererFactory(o -> new NoteReferencePlaceholder())
                .build();
        Safelist safelist = Safelist.relaxed()
                .removeTags("img")
                .addTags("abbr", "s", "del", "ins", "mark", "small", "span", "hr")
                .addAttributes("sup", "data-note")
                .addAttributes("span", "data-page", "data-marker", "data-emendation")
                .addAttributes("a", "title")
                .addProtocols("a", "href", "http", "https", "mailto");
        this.cleaner = new Cleaner(safelist);
    }

    /**
     * The stack flexmark parses a text on. Its expressions for inline HTML recurse once per character of
     * a comment ({@code <!-- …}): on a thread's usual stack of a megabyte, an HTML comment of about 4,000
     * characters in one paragraph overflowed it (found by fuzzing); on this one, comments of a megabyte
     * parse. Reserved, not used: the system gives a thread's stack its memory as it grows; kept well below
     * what a machine that does not overcommit its memory would refuse to reserve for a few threads at once.
     */
    static final long PARSER_STACK = 64L << 20;

    /**
     * Parses a whole Markdown text, on a thread of its own with a deep stack ({@link #PARSER_STACK}).
     *
     * @throws EditionException (content, naming no file: the caller knows it) if the text is still too
     *                          deeply nested for that stack
     */
    public Document parse(String markdown) {
        return onDeepStack(() -> parser.parse(markdown));
    }

    /** Runs flexmark's parser on a thread with {@link #PARSER_STACK}, waiting for it; its failures are the caller's. */
    static <T> T onDeepStack(java.util.function.Supplier<T> parse) {
        Object[] made = new Object[1];
        Throwable[] failed = new Throwable[1];
        Thread thread = new Thread(null, () -> {
            try {
                made[0] = parse.get();
            } catch (Throwable e) {
                failed[0] = e;
            }
        }, "markdown-parser", PARSER_STACK);
        thread.setDaemon(true);
        thread.start();
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failed[0] instanceof StackOverflowError) {
            throw org.edition.diagnostics.EditionException.content("", 0, "the Markdown nests or runs on deeper than its parser can"
                    + " follow (an HTML comment or tag of hundreds of thousands of characters in one paragraph?): close the"
                    + " comment, split the paragraph or escape the < with a backslash");
        }
        if (failed[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failed[0] instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        T result = (T) made[0];
        return result;
    }

    /**
     * Renders one node (a block or heading) to a sanitised HTML element: edition markers in HTML
     * comments become placeholder spans, anything outside the safelist is dropped.
     *
     * @return the body element holding the rendered node
     */
    public Element render(Node node) {
        return sanitise(renderer.render(node));
    }

    /**
     * Renders a whole Markdown text (an introduction, a note's paragraph) to a sanitised body
     * element. Note texts are rendered this way because flexmark renders links inside a footnote
     * definition as plain text when the definition's nodes are rendered on their own.
     */
    public Element renderText(String markdown) {
        String line = markdown.endsWith("\n") ? markdown.substring(0, markdown.length() - 1) : markdown;
        if (isPlain(line)) {
            org.jsoup.nodes.Document shell = org.jsoup.nodes.Document.createShell("");
            shell.outputSettings().prettyPrint(false);
            shell.body().appendElement("p").appendText(line);
            shell.body().appendText("\n");
            return shell.body();
        }
        return renderParsed(markdown);
    }

    /**
     * {@link #renderText} by flexmark and the sanitiser, whatever the text; a text with an HTML comment is
     * parsed on a deep stack (see {@link #PARSER_STACK}), the others, short and many, where they are.
     */
    Element renderParsed(String markdown) {
        Document parsed = markdown.contains("<!--") ? parse(markdown) : parser.parse(markdown);
        return sanitise(renderer.render(parsed));
    }

    /**
     * Whether a text is one paragraph of words that Markdown leaves as they are, so that its rendering is
     * that paragraph with the text as written ({@code <p>text</p>} and a line break), made without flexmark's parser and
     * jsoup's sanitiser (half of the short texts of an edition — glossary definitions, note texts — and
     * a few percent of a seed build): a single line, no white space at either end, no character that
     * begins or ends markup anywhere (backslash, backtick, asterisk, underscore, brackets, angle brackets,
     * ampersand, exclamation mark, number sign, bar, tilde), no control character, and nothing at its
     * start that opens a block (a list, quote, rule, heading underline or numbered item). MarkdownEngineTest
     * compares it with flexmark on generated texts.
     */
    static boolean isPlain(String line) {
        if (line.isEmpty() || !line.equals(line.strip())) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < ' ' || c == 0x7f || "\\`*_[]<>&!#|~".indexOf(c) >= 0) {
                return false;
            }
        }
        char first = line.charAt(0);
        if ("-+=>".indexOf(first) >= 0) {
            return false;
        }
        int digits = 0;
        while (digits < line.length() && line.charAt(digits) >= '0' && line.charAt(digits) <= '9') {
            digits++;
        }
        return digits == 0 || digits == line.length() || (line.charAt(digits) != '.' && line.charAt(digits) != ')');
    }

    private Element sanitise(String html) {
        org.jsoup.nodes.Document dirty = Jsoup.parseBodyFragment(html);
        for (Comment comment : dirty.body().select(ANY).comments()) {
            String data = comment.getData();
            EditionMarkers.pageNumber("<!--" + data + "-->").ifPresentOrElse(
                    number -> comment.replaceWith(new Element("span").attr("data-page", number)),
                    () -> {
                        String marker = "<!--" + data + "-->";
                        if (EditionMarkers.is(marker, EditionMarkers.NOTE_BREAKS_OFF)) {
                            comment.replaceWith(new Element("span").attr("data-marker", "note-breaks-off"));
                        } else if (EditionMarkers.is(marker, "<!-- edition:supplied -->")) {
                            comment.replaceWith(new Element("span").attr("data-marker", "supplied"));
                        } else {
                            comment.remove();
                        }
                    });
        }
        org.jsoup.nodes.Document clean = cleaner.clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean.body();
    }

    /** Renders {@code [^label]} as {@code <sup data-note="label"></sup>}, defined or not. */
    private static final class NoteReferencePlaceholder implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Footnote.class,
                    (node, context, html) -> html.raw("<sup data-note=\"")
                            .raw(escapeAttribute(node.getText().toString()))
                            .raw("\"></sup>")));
        }

        private static String escapeAttribute(String s) {
            return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        }
    }
}
