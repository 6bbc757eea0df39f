package org.edition.ingest.markdown;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.ImportedText;
import org.edition.ingest.importer.Importer;
import org.edition.ingest.metadata.FoundMetadata;
import org.edition.ingest.source.SourceFormat;
import org.edition.ingest.source.SourceText;

/**
 * Reads clean Markdown with {@code [^n]} footnotes: the text passes through unchanged and is
 * checked for notes cited but undefined, defined but never cited, and labels defined twice. Every
 * reference and note definition is recorded with its line, for the import report.
 */
public final class MarkdownImporter implements Importer {
    private static final Pattern DEFINITION = Pattern.compile("^\\[\\^([^\\]\\s]+)\\]:");
    private static final Pattern REFERENCE = Pattern.compile("(?<!\\\\)\\[\\^([^\\]\\s\\\\]+)\\]");
    private static final Pattern SUP_NOTE = Pattern.compile("<sup>\\s*\\d{1,3}\\s*</sup>");
    private static final Pattern FOOTNOTE_LINE = Pattern.compile("^\\[\\^[^\\]]{1,1000}\\]:", Pattern.MULTILINE);
    private static final Pattern HEADING_LINE = Pattern.compile("^#{1,6} \\S", Pattern.MULTILINE);

    @Override
    public SourceFormat format() {
        return SourceFormat.MARKDOWN;
    }

    @Override
    public int sniff(SourceText source) {
        String text = source.text();
        if (text.contains("<sup>") && SUP_NOTE.matcher(text).find()) {
            return 20;
        }
        boolean footnotes = text.contains("[^") && FOOTNOTE_LINE.matcher(text).find();
        boolean headings = text.indexOf('#') >= 0 && HEADING_LINE.matcher(text).find();
        return footnotes ? 95 : headings ? 60 : 10;
    }

    @Override
    public ImportedText read(SourceText source, ImportLog log) {
        List<String> lines = source.lines();
        Map<String, Integer> definedAt = new HashMap<>();
        Map<String, Integer> firstCitedAt = new HashMap<>();
        boolean inFence = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNo = i + 1;
            if (line.trim().startsWith("```") || line.trim().startsWith("~~~")) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                continue;
            }
            Matcher d = DEFINITION.matcher(line);
            boolean definition = d.find();
            if (definition) {
                Integer earlier = definedAt.putIfAbsent(d.group(1), lineNo);
                if (earlier != null) {
                    log.error(lineNo, "note [^" + d.group(1) + "] is defined twice (first at line " + earlier + ")");
                }
                log.noteText(d.group(1), lineNo);
            }
            Matcher r = REFERENCE.matcher(line);
            while (r.find()) {
                if (definition && r.start() == 0) {
                    continue;
                }
                firstCitedAt.putIfAbsent(r.group(1), lineNo);
                log.noteReference(r.group(1), lineNo);
            }
        }
        firstCitedAt.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .filter(e -> !definedAt.containsKey(e.getKey()))
                .forEach(e -> log.warn(e.getValue(), "note [^" + e.getKey() + "] is cited but has no text"));
        definedAt.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .filter(e -> !firstCitedAt.containsKey(e.getKey()))
                .forEach(e -> log.warn(e.getValue(), "note [^" + e.getKey() + "] has a text but is never cited"));
        return new ImportedText(source.text().replaceFirst("^\n+", ""), FoundMetadata.NONE);
    }
}
