import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * What pandoc does, on the edition's stack, and nothing more: each Markdown file given is parsed and rendered
 * by flexmark (with footnotes), put in a one-page FreeMarker layout, parsed and serialised by jsoup, digested
 * (SHA-256) and written beside it as .html, the files shared out over every core. It is the peer that shows
 * what Java 17 and the stack's libraries cost before the edition does anything of its own: bench/seed.sh and
 * bench/scale.sh run it cold, with the launcher's JVM options, beside pandoc and Hugo. Prints each page's digest,
 * in the order of the files given.
 */
public final class StackFloor {
    private StackFloor() {
    }

    public static void main(String[] args) {
        String[] digests = new String[args.length];
        java.util.stream.IntStream.range(0, args.length).parallel().forEach(i -> digests[i] = page(args[i]));
        for (String line : digests) {
            System.out.println(line);
        }
    }

    private static final Parser PARSER;
    private static final HtmlRenderer RENDERER;
    private static final Template LAYOUT;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(FootnoteExtension.create()));
        PARSER = Parser.builder(options).build();
        RENDERER = HtmlRenderer.builder(options).build();
        Configuration fm = new Configuration(Configuration.VERSION_2_3_34);
        fm.setOutputFormat(freemarker.core.HTMLOutputFormat.INSTANCE);
        try {
            LAYOUT = new Template("layout", new StringReader("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>${title}</title></head><body><main>${body?no_esc}</main></body></html>\n"), fm);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One page made and written; its digest line. */
    private static String page(String name) {
        try {
            Path file = Path.of(name);
            String markdown = Files.readString(file);
            String body = RENDERER.render(PARSER.parse(markdown));
            StringWriter page = new StringWriter();
            LAYOUT.process(Map.of("title", file.getFileName().toString(), "body", body), page);
            Document doc = Jsoup.parse(page.toString());
            doc.outputSettings().prettyPrint(false);
            byte[] bytes = doc.outerHtml().getBytes(StandardCharsets.UTF_8);
            Files.write(Path.of(name + ".html"), bytes);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)) + "  " + name + ".html";
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException | freemarker.template.TemplateException e) {
            throw new IllegalStateException(e);
        }
    }
}
