package org.edition.publish.snapshot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edition.publish.MediaTypes;
import org.edition.render.SiteFile;
import org.jsoup.Jsoup;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * The site as a WARC 1.1 file, written with jwarc: a {@code warcinfo} record, then for every file a
 * {@code response} record at its URL under the edition's base URL, holding the HTTP response a web server
 * gives (status, Content-Type, Content-Length) with its {@code WARC-Block-Digest} and
 * {@code WARC-Payload-Digest}. A folder's {@code index.html} is also recorded at the folder's own URL, as
 * a server answers it. Uncompressed, so its bytes do not depend on the machine's zlib.
 */
final class SiteWarc {
    /** The WARC's file name, inside the bag and inside the WACZ. */
    static final String FILE = "edition.warc";
    private static final String INDEX = "index.html";

    private SiteWarc() {
    }

    /**
     * Writes the WARC.
     *
     * @param files       the site's files as published, in path order
     * @param description the snapshot's description: base URL, date, software
     * @param out         the file to write
     * @return the captures, in the order they were written
     */
    static List<Capture> write(List<SiteFile> files, Snapshot.Description description, Path out) throws IOException {
        Instant date = description.instant();
        List<Capture> captures = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(out, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                WarcWriter warc = new WarcWriter(channel, WarcCompression.NONE)) {
            Warcinfo info = warcinfo(description, date);
            warc.write(info);
            for (SiteFile f : files) {
                String title = MediaTypes.isPage(f.path())
                        ? Jsoup.parse(new String(f.bytes(), StandardCharsets.UTF_8)).title() : "";
                List<String> urls = new ArrayList<>();
                if (f.path().equals(INDEX) || f.path().endsWith("/" + INDEX)) {
                    urls.add(WebAddress.of(description.baseUrl(), f.path().substring(0, f.path().length() - INDEX.length())));
                }
                urls.add(WebAddress.of(description.baseUrl(), f.path()));
                for (String url : urls) {
                    captures.add(new Capture(url, f.path(), title));
                    warc.write(response(url, f, date, info.id()));
                }
            }
        }
        return captures;
    }

    private static Warcinfo warcinfo(Snapshot.Description d, Instant date) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("software", List.of(d.software() + " (with " + jwarcVersion() + ")"));
        fields.put("format", List.of("WARC File Format 1.1"));
        fields.put("conformsTo", List.of("https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"));
        fields.put("isPartOf", List.of(d.title()));
        fields.put("description", List.of(d.summary() + " Recorded from the files of the published site, at the edition's date, not crawled."));
        fields.put("publisher", List.of(d.organization()));
        StringBuilder text = new StringBuilder();
        fields.forEach((name, values) -> values.forEach(v -> text.append(name).append(": ").append(v).append("\r\n")));
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        String digest = sha256(body);
        return new Warcinfo.Builder().version(MessageVersion.WARC_1_1).date(date).filename(FILE)
                .body(MediaType.WARC_FIELDS, body).setHeader("WARC-Block-Digest", digest)
                .recordId(RecordIds.of("warcinfo " + FILE + " " + date + " " + digest)).build();
    }

    private static WarcResponse response(String url, SiteFile f, Instant date, URI warcinfo) {
        byte[] head = ("HTTP/1.1 200 OK\r\n"
                + "Content-Type: " + MediaTypes.of(f.path()) + "\r\n"
                + "Content-Length: " + f.bytes().length + "\r\n"
                + "\r\n").getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream block = new ByteArrayOutputStream(head.length + f.bytes().length);
        block.writeBytes(head);
        block.writeBytes(f.bytes());
        byte[] blockBytes = block.toByteArray();
        String payload = sha256(f.bytes());
        return new WarcResponse.Builder(url)
                .version(MessageVersion.WARC_1_1)
                .date(date)
                .recordId(RecordIds.of("response " + url + " " + date + " " + payload))
                .warcinfoId(warcinfo)
                .body(MediaType.HTTP_RESPONSE, blockBytes)
                .setHeader("WARC-Block-Digest", sha256(blockBytes))
                .setHeader("WARC-Payload-Digest", payload)
                .build();
    }

    /**
     * A labelled SHA-256 digest in hex ({@code sha256:3a7bd3e2…}): jwarc's own form pads base32 with
     * {@code =}, which is not a token character, so WARC 1.1's grammar (and jwarc's header validator) refuse it.
     */
    private static String sha256(byte[] bytes) {
        return "sha256:" + Fixity.sha256Of(bytes);
    }

    /** jwarc's version, from the pom.properties its jar carries. */
    static String jwarcVersion() {
        try (var in = WarcWriter.class.getResourceAsStream("/META-INF/maven/org.netpreserve/jwarc/pom.properties")) {
            java.util.Properties p = new java.util.Properties();
            if (in != null) {
                p.load(in);
            }
            return "jwarc " + p.getProperty("version", "");
        } catch (IOException e) {
            return "jwarc";
        }
    }
}
