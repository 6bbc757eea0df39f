package org.edition.ingest.editorial;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.edition.diagnostics.Diagnostic;
import org.edition.ingest.body.MarkdownEngine;
import org.edition.model.Glossary;
import org.edition.model.GlossaryEntry;

/**
 * Reads {@code content/glossary.yaml}: a list of entries with id, term, kind, aliases, definition
 * (Markdown), related ids and an optional link. A duplicate id, a term or alias that another entry
 * already has (in any letter case), the same form twice in one entry, an unknown kind, or a related id
 * that does not exist is an error naming the file and line. One entry may list forms that differ only
 * in case ("INF Treaty", "INF treaty").
 */
public final class GlossaryReader {
    static final Set<String> KEYS = Set.of("id", "term", "kind", "aliases", "definition", "related", "link", "case-insensitive");
    private final MarkdownEngine engine;

    public GlossaryReader(MarkdownEngine engine) {
        this.engine = engine;
    }

    /** Reads the glossary of a content folder; an empty glossary if there is no glossary.yaml. */
    public Glossary read(Path content, List<Diagnostic> warnings) {
        Path file = content.resolve("glossary.yaml");
        YamlNode root = YamlNode.readFile(file).orElse(null);
        if (root == null) {
            return Glossary.EMPTY;
        }
        List<GlossaryEntry> entries = new ArrayList<>();
        Map<String, YamlNode> ids = new HashMap<>();
        Map<String, String> exactOwners = new HashMap<>();
        Map<String, String> anyCaseOwners = new HashMap<>();
        List<YamlNode> relatedNodes = new ArrayList<>();
        for (YamlNode item : root.items()) {
            Map<String, YamlNode> e = item.entries();
            warnings.addAll(item.unknownKeys(KEYS));
            for (String key : List.of("id", "term", "kind", "definition")) {
                if (!e.containsKey(key)) {
                    throw item.error("a glossary entry needs '" + key + "'");
                }
            }
            String id = e.get("id").text();
            if (!id.matches("[a-z0-9][a-z0-9-]*")) {
                throw e.get("id").error("a glossary id may hold only lower-case letters, digits and hyphens: '" + id + "'");
            }
            YamlNode earlier = ids.putIfAbsent(id, e.get("id"));
            if (earlier != null) {
                throw e.get("id").error("glossary id '" + id + "' is used twice (first at line " + earlier.line() + ")");
            }
            String kind = e.get("kind").text();
            if (!GlossaryEntry.KINDS.contains(kind)) {
                throw e.get("kind").error("unknown kind '" + kind + "'; the kinds are " + String.join(", ", GlossaryEntry.KINDS));
            }
            boolean caseInsensitive = e.containsKey("case-insensitive") && e.get("case-insensitive").text().equals("true");
            List<String> aliases = e.containsKey("aliases") ? e.get("aliases").items().stream().map(YamlNode::text).toList() : List.of();
            List<String> forms = new ArrayList<>();
            forms.add(e.get("term").text());
            forms.addAll(aliases);
            for (int i = 0; i < forms.size(); i++) {
                String form = forms.get(i);
                YamlNode where = i == 0 ? e.get("term") : e.get("aliases").items().get(i - 1);
                if (form.isBlank()) {
                    throw where.error("a term or alias cannot be empty");
                }
                String owner = exactOwners.putIfAbsent(form, id);
                String lower = form.toLowerCase(Locale.ROOT);
                String caseOwner = anyCaseOwners.get(lower);
                boolean clash = owner != null || caseOwner != null && !caseOwner.equals(id);
                if (clash) {
                    String other = owner != null ? owner : caseOwner;
                    throw where.error("'" + form + "' is already a term or alias of glossary entry '" + other + "'"
                            + (other.equals(id) ? " (listed twice)" : ""));
                }
                anyCaseOwners.putIfAbsent(lower, id);
            }

            List<String> related = e.containsKey("related") ? e.get("related").items().stream().map(YamlNode::text).toList() : List.of();
            if (e.containsKey("related")) {
                relatedNodes.addAll(e.get("related").items());
            }
            String link = e.containsKey("link") ? e.get("link").text() : "";
            if (!link.isEmpty() && !link.matches("https?://\\S+")) {
                throw e.get("link").error("a glossary link must be an http(s) URL: '" + link + "'");
            }
            String markdown = e.get("definition").text();
            var rendered = engine.renderText(markdown);
            String html = rendered.childrenSize() == 1 && rendered.child(0).tagName().equals("p") ? rendered.child(0).html() : rendered.html();
            entries.add(new GlossaryEntry(id, e.get("term").text(), kind, aliases, html, rendered.text(), related, link,
                    caseInsensitive, file + ":" + item.line()));
        }
        for (YamlNode r : relatedNodes) {
            if (!ids.containsKey(r.text())) {
                throw r.error("related entry '" + r.text() + "' does not exist in the glossary");
            }
        }
        return new Glossary(entries, List.of());
    }
}
