package org.edition.ingest.editorial;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.edition.diagnostics.Diagnostic;
import org.edition.diagnostics.EditionException;
import org.edition.ingest.body.MarkdownEngine;
import org.edition.model.Glossary;
import org.edition.model.PassageLink;
import org.edition.model.Theme;
import org.jsoup.nodes.Element;

/**
 * Reads {@code content/themes.yaml}: the themes the edition compares the reports on, each with an id, a
 * title, the glossary entries ({@code terms}) and lower-case {@code phrases} that mark it, and the
 * editors' {@code synthesis} in Markdown. A link in the synthesis whose address is a report id points to
 * a passage: {@code [Lo](lo-2017 "exact words")} quotes it, {@code [Lo](lo-2017#p12)} names its anchor.
 * Finding the quoted paragraph is the link stage's work; here an unknown glossary entry, a duplicate or
 * reserved id, or a link that is neither a web address nor a passage is an error naming file and line.
 */
public final class ThemeReader {
    static final Set<String> KEYS = Set.of("id", "title", "terms", "phrases", "synthesis");
    /** Page names of the comparison pages a theme may not take. */
    static final Set<String> RESERVED = Set.of("index", "timeline");
    private static final Pattern PASSAGE = Pattern.compile("([a-z0-9][a-z0-9-]*)(?:#(p[0-9]+))?");
    private static final String PLACEHOLDER = "https://passage.invalid/";
    private final MarkdownEngine engine;

    public ThemeReader(MarkdownEngine engine) {
        this.engine = engine;
    }

    /**
     * Reads the themes of a content folder; none if there is no themes.yaml.
     *
     * @param content  the content folder
     * @param glossary the glossary read, for checking the themes' terms
     * @param warnings where warnings go
     * @throws EditionException (content) naming the file and line of the first unusable declaration
     */
    public List<Theme> read(Path content, Glossary glossary, List<Diagnostic> warnings) {
        Path file = content.resolve("themes.yaml");
        List<Theme> themes = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        YamlNode.readFile(file).ifPresent(root -> {
            for (YamlNode item : root.items()) {
                themes.add(theme(file.toString(), item, glossary, ids, warnings));
            }
        });
        return themes;
    }

    private Theme theme(String file, YamlNode item, Glossary glossary, Map<String, Integer> ids, List<Diagnostic> warnings) {
        Map<String, YamlNode> e = item.entries();
        warnings.addAll(item.unknownKeys(KEYS));
        for (String key : List.of("id", "title")) {
            if (!e.containsKey(key)) {
                throw item.error("a theme needs '" + key + "'");
            }
        }
        String id = e.get("id").text();
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw e.get("id").error("a theme id may hold only lower-case letters, digits and hyphens: '" + id + "'");
        }
        if (RESERVED.contains(id)) {
            throw e.get("id").error("the theme id '" + id + "' is taken by a comparison page; choose another");
        }
        Integer earlier = ids.putIfAbsent(id, item.line());
        if (earlier != null) {
            throw e.get("id").error("theme id '" + id + "' is used twice (first at line " + earlier + ")");
        }
        List<String> terms = new ArrayList<>();
        for (YamlNode term : e.containsKey("terms") ? e.get("terms").items() : List.<YamlNode>of()) {
            if (glossary.entry(term.text()).isEmpty()) {
                throw term.error("theme '" + id + "' names glossary entry '" + term.text()
                        + "', which does not exist in the glossary");
            }
            terms.add(term.text());
        }
        List<String> phrases = new ArrayList<>();
        for (YamlNode phrase : e.containsKey("phrases") ? e.get("phrases").items() : List.<YamlNode>of()) {
            String p = phrase.text().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (p.isBlank()) {
                throw phrase.error("theme '" + id + "' has an empty phrase");
            }
            phrases.add(p);
        }
        if (terms.isEmpty() && phrases.isEmpty()) {
            throw item.error("theme '" + id + "' needs 'terms' (glossary entry ids) or 'phrases' to find its passages");
        }
        String html = "";
        List<PassageLink> links = new ArrayList<>();
        if (e.containsKey("synthesis")) {
            html = synthesis(file, id, e.get("synthesis"), links);
        } else {
            warnings.add(item.warning("theme '" + id + "' has no synthesis; its page shows the passages only"));
        }
        return new Theme(id, e.get("title").text(), terms, phrases, html, links, file + ":" + item.line());
    }

    /** Renders the synthesis, turning each passage link into an {@code <a data-passage="N">} placeholder. */
    private String synthesis(String file, String themeId, YamlNode node, List<PassageLink> links) {
        String markdown = node.text();
        Document document = engine.parse(markdown);
        List<Link> found = new ArrayList<>();
        collect(document, found);
        for (Link link : found) {
            String url = link.getUrl().toString().strip();
            int line = node.textLine() + (int) markdown.substring(0, link.getStartOffset()).chars().filter(c -> c == '\n').count();
            if (url.matches("(?i)(https?|mailto):.*")) {
                continue;
            }
            Matcher m = PASSAGE.matcher(url);
            if (!m.matches()) {
                throw EditionException.content(file, line, "theme '" + themeId + "': the link to '" + url
                        + "' is neither a web address nor a passage (a report id, like lo-2017, or lo-2017#p12)");
            }
            String quote = link.getTitle().toString().replaceAll("\\s+", " ").strip();
            if (m.group(2) == null && quote.isEmpty()) {
                throw EditionException.content(file, line, "theme '" + themeId + "': the passage link to '" + url
                        + "' needs a quote as its title, [text](" + url + " \"exact words\"), or a paragraph, [text](" + url + "#p12)");
            }
            links.add(new PassageLink(m.group(1), m.group(2) == null ? quote : "", m.group(2) == null ? "" : m.group(2), file, line));
            link.setUrl(BasedSequence.of(PLACEHOLDER + (links.size() - 1)));
            link.setTitle(BasedSequence.NULL);
        }
        Element body = engine.render(document);
        for (Element a : body.select("a[href^=" + PLACEHOLDER + "]")) {
            String index = a.attr("href").substring(PLACEHOLDER.length());
            a.removeAttr("href").removeAttr("title").attr("data-passage", index);
        }
        return body.html();
    }

    private static void collect(Node node, List<Link> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Link link) {
                out.add(link);
            }
            collect(child, out);
        }
    }
}
