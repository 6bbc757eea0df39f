package org.edition.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.edition.TestEdition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The WACZ against the rules of the WACZ 1.1.1 specification and the way ReplayWeb.page's engine (wabac.js)
 * reads one: datapackage.json lists every file with its size and SHA-256, pages/pages.jsonl lists the pages,
 * and each line of the CDXJ index leads, by its offset and length, to the WARC record of its URL. The JSON
 * is read with Gson, not the Jackson that wrote it.
 */
class WaczFormatTest {
    @TempDir
    static Path dir;
    static Path bag;
    static Map<String, byte[]> wacz = new TreeMap<>();

    @BeforeAll
    static void snapshot() throws IOException {
        TestEdition e = SnapshotEdition.at(dir.resolve("edition"));
        bag = dir.resolve("snapshot");
        assertEquals(0, SnapshotEdition.snapshot(e, bag).exitCode());
        try (ZipFile zip = new ZipFile(bag.resolve("data/web-archive/edition.wacz").toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                assertEquals(ZipEntry.STORED, entry.getMethod(), "stored, so wabac can read ranges: " + entry.getName());
                try (var in = zip.getInputStream(entry)) {
                    wacz.put(entry.getName(), in.readAllBytes());
                }
            }
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    @Test
    void theWaczHoldsTheSpecifiedFilesAndTheSnapshotsWarc() throws IOException {
        assertEquals(Set.of("archive/edition.warc", "indexes/index.cdx", "pages/pages.jsonl", "datapackage.json",
                "datapackage-digest.json"), wacz.keySet());
        assertArrayEquals(Files.readAllBytes(bag.resolve("data/web-archive/edition.warc")), wacz.get("archive/edition.warc"));
    }

    @Test
    void datapackageListsEveryFileWithItsSizeAndDigest() throws Exception {
        byte[] bytes = wacz.get("datapackage.json");
        JsonObject datapackage = json(new String(bytes, StandardCharsets.UTF_8));
        assertEquals("data-package", datapackage.get("profile").getAsString());
        assertEquals("1.1.1", datapackage.get("wacz_version").getAsString());
        assertEquals(SnapshotEdition.BASE_URL, datapackage.get("mainPageUrl").getAsString());
        assertEquals("2024-03-15T00:00:00Z", datapackage.get("created").getAsString());
        assertTrue(datapackage.get("software").getAsString().startsWith("edition "));
        assertEquals("Test Edition", datapackage.get("title").getAsString());
        Set<String> listed = new TreeSet<>();
        for (JsonElement r : datapackage.getAsJsonArray("resources")) {
            JsonObject resource = r.getAsJsonObject();
            String path = resource.get("path").getAsString();
            listed.add(path);
            assertTrue(resource.get("name").getAsString().matches("[a-z0-9._/-]+"), "a Frictionless resource name: " + resource);
            assertEquals("sha256:" + sha256(wacz.get(path)), resource.get("hash").getAsString(), path);
            assertEquals(wacz.get(path).length, resource.get("bytes").getAsLong(), path);
        }
        Set<String> files = new TreeSet<>(wacz.keySet());
        files.removeAll(Set.of("datapackage.json", "datapackage-digest.json"));
        assertEquals(files, listed);
        JsonObject digest = json(new String(wacz.get("datapackage-digest.json"), StandardCharsets.UTF_8));
        assertEquals("datapackage.json", digest.get("path").getAsString());
        assertEquals("sha256:" + sha256(bytes), digest.get("hash").getAsString());
    }

    @Test
    void pagesListEveryHtmlPageAtItsUrlWithTitleAndTime() throws IOException {
        List<String> lines = new String(wacz.get("pages/pages.jsonl"), StandardCharsets.UTF_8).lines().toList();
        JsonObject header = json(lines.get(0));
        assertEquals("json-pages-1.0", header.get("format").getAsString());
        assertEquals("pages", header.get("id").getAsString());
        Set<String> urls = new TreeSet<>();
        for (String line : lines.subList(1, lines.size())) {
            JsonObject page = json(line);
            urls.add(page.get("url").getAsString());
            assertEquals("2024-03-15T00:00:00Z", page.get("ts").getAsString());
            assertFalse(page.get("title").getAsString().isBlank(), line);
        }
        Set<String> expected = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(bag.resolve("data/site"))) {
            walk.filter(p -> p.toString().endsWith(".html"))
                    .forEach(p -> expected.add(SnapshotEdition.BASE_URL + bag.resolve("data/site").relativize(p)));
        }
        assertEquals(expected, urls);
        assertEquals(expected.size(), lines.size() - 1, "each page once");
    }

    @Test
    void eachIndexLineLeadsToItsRecordAsWabacReadsIt() throws Exception {
        List<String> lines = new String(wacz.get("indexes/index.cdx"), StandardCharsets.UTF_8).lines().toList();
        assertEquals(lines.stream().sorted().toList(), lines, "sorted, for a binary search");
        byte[] warc = wacz.get("archive/edition.warc");
        Set<String> indexed = new TreeSet<>();
        for (String line : lines) {
            String[] parts = line.split(" ", 3);
            assertEquals("20240315000000", parts[1], line);
            JsonObject cdx = json(parts[2]);
            assertEquals("edition.warc", cdx.get("filename").getAsString());
            assertEquals("200", cdx.get("status").getAsString());
            int offset = Integer.parseInt(cdx.get("offset").getAsString());
            int length = Integer.parseInt(cdx.get("length").getAsString());
            try (WarcReader reader = new WarcReader(new ByteArrayInputStream(warc, offset, length))) {
                WarcRecord record = reader.next().orElseThrow();
                assertTrue(record instanceof WarcResponse, line);
                WarcResponse response = (WarcResponse) record;
                assertEquals(cdx.get("url").getAsString(), response.target());
                assertEquals(cdx.get("digest").getAsString(), response.headers().first("WARC-Payload-Digest").orElseThrow());
                assertEquals(cdx.get("mime").getAsString(), response.http().contentType().base().toString());
            }
            indexed.add(cdx.get("url").getAsString());
        }
        List<String> pageUrls = new ArrayList<>();
        new String(wacz.get("pages/pages.jsonl"), StandardCharsets.UTF_8).lines().skip(1)
                .forEach(l -> pageUrls.add(json(l).get("url").getAsString()));
        assertTrue(indexed.containsAll(pageUrls), "every page is in the index");
        assertTrue(indexed.contains(SnapshotEdition.BASE_URL), "and the main page");
    }
}
