package org.edition.publish.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.cdx.CdxFormat;
import org.netpreserve.jwarc.cdx.CdxWriter;

/**
 * The WARC packaged as a WACZ 1.1.1 file, for ReplayWeb.page and other WACZ readers: the WARC stored
 * under {@code archive/}, a CDXJ index of it (made by jwarc's {@code CdxWriter}, sorted) as
 * {@code indexes/index.cdx}, the site's pages in {@code pages/pages.jsonl}, and {@code datapackage.json}
 * listing every file with its size and SHA-256, itself digested in {@code datapackage-digest.json}.
 * Every entry is stored uncompressed with the edition's date.
 */
final class SiteWacz {
    /** The WACZ's file name in the bag. */
    static final String FILE = "edition.wacz";
    private static final JsonFactory JSON = new JsonFactory();

    private SiteWacz() {
    }

    /** A file of the WACZ and what datapackage.json says of it. */
    private record Resource(String path, byte[] bytes, Fixity fixity) {
        String name() {
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    /**
     * Writes the WACZ.
     *
     * @param warc        the WARC file written by {@link SiteWarc}
     * @param captures    what it holds
     * @param description the snapshot's description
     * @param out         the file to write
     */
    static void write(Path warc, List<Capture> captures, Snapshot.Description description, Path out) throws IOException {
        String timestamp = description.instant().toString();
        List<Resource> resources = new ArrayList<>();
        resources.add(new Resource("archive/" + SiteWarc.FILE, null, Fixity.of(warc)));
        resources.add(inMemory("indexes/index.cdx", cdxj(warc)));
        resources.add(inMemory("pages/pages.jsonl", pages(captures, description, timestamp)));
        byte[] datapackage = datapackage(resources, description, timestamp);
        LocalDateTime time = description.date().atStartOfDay();
        try (OutputStream file = Files.newOutputStream(out, StandardOpenOption.CREATE_NEW);
                StoredZip zip = new StoredZip(file, time)) {
            for (Resource r : resources) {
                if (r.bytes() == null) {
                    zip.add(r.path(), warc);
                } else {
                    zip.add(r.path(), r.bytes());
                }
            }
            zip.add("datapackage.json", datapackage);
            zip.add("datapackage-digest.json", digest(datapackage));
        }
    }

    private static Resource inMemory(String path, byte[] bytes) {
        return new Resource(path, bytes, Fixity.of(bytes));
    }

    /** The CDXJ index, one sorted line per response, as jwarc's indexer writes it. */
    private static byte[] cdxj(Path warc) throws IOException {
        StringWriter text = new StringWriter();
        try (WarcReader reader = new WarcReader(warc); CdxWriter cdx = new CdxWriter(text)) {
            cdx.setFormat(CdxFormat.CDXJ);
            cdx.setSort(true);
            cdx.process(reader, SiteWarc.FILE);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** pages.jsonl: a header line, then every HTML page at its file's URL. */
    private static byte[] pages(List<Capture> captures, Snapshot.Description d, String timestamp) throws IOException {
        StringBuilder lines = new StringBuilder();
        lines.append(json(g -> {
            g.writeStringField("format", "json-pages-1.0");
            g.writeStringField("id", "pages");
            g.writeStringField("title", "All Pages");
        })).append('\n');
        for (Capture c : captures) {
            if (c.page() && c.url().endsWith(c.path())) {
                lines.append(json(g -> {
                    g.writeStringField("id", Fixity.sha256Of(c.url().getBytes(StandardCharsets.UTF_8)).substring(0, 16));
                    g.writeStringField("url", c.url());
                    g.writeStringField("ts", timestamp);
                    g.writeStringField("title", c.title());
                })).append('\n');
            }
        }
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] datapackage(List<Resource> resources, Snapshot.Description d, String timestamp) throws IOException {
        return pretty(g -> {
            g.writeStringField("profile", "data-package");
            g.writeStringField("wacz_version", "1.1.1");
            g.writeStringField("title", d.title());
            g.writeStringField("description", d.summary());
            g.writeStringField("created", timestamp);
            g.writeStringField("modified", timestamp);
            g.writeStringField("software", d.software());
            g.writeStringField("mainPageUrl", d.baseUrl());
            g.writeStringField("mainPageDate", timestamp);
            g.writeArrayFieldStart("resources");
            for (Resource r : resources) {
                g.writeStartObject();
                g.writeStringField("name", r.name());
                g.writeStringField("path", r.path());
                g.writeStringField("hash", "sha256:" + r.fixity().sha256());
                g.writeNumberField("bytes", r.fixity().bytes());
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    private static byte[] digest(byte[] datapackage) throws IOException {
        return pretty(g -> {
            g.writeStringField("path", "datapackage.json");
            g.writeStringField("hash", "sha256:" + Fixity.sha256Of(datapackage));
        });
    }

    /** Writes the fields of one JSON object. */
    private interface Fields {
        void write(JsonGenerator g) throws IOException;
    }

    private static String json(Fields fields) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            fields.write(g);
            g.writeEndObject();
        }
        return out.toString();
    }

    /** An object indented with two spaces and {@code \n} line ends (not the system's). */
    private static byte[] pretty(Fields fields) throws IOException {
        StringWriter out = new StringWriter();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
            g.writeStartObject();
            fields.write(g);
            g.writeEndObject();
        }
        return (out + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
