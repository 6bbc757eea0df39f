package org.edition.archive;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks a WACZ file, read once as a stream: every file {@code datapackage.json} lists is there with the
 * size and hash it gives, nothing else is there, {@code datapackage-digest.json}'s hash is
 * {@code datapackage.json}'s, and the WARCs inside pass {@link WarcCheck}.
 */
final class WaczCheck {
    private static final JsonFactory JSON = new JsonFactory();
    private static final String DATAPACKAGE = "datapackage.json";
    private static final String DIGEST = "datapackage-digest.json";
    /** datapackage.json and its digest are read into memory up to this size. */
    private static final int JSON_LIMIT = 64 << 20;

    /**
     * What was found in one WACZ.
     *
     * @param resources how many resources its datapackage lists
     * @param warc      what its WARCs held
     * @param findings  its problems
     */
    record Result(int resources, WarcCheck.Result warc, List<Finding> findings) {
    }

    /** A file of the WACZ as read: size, SHA-256 and, for the two JSON files, the bytes. */
    private record Read(long bytes, String sha256, byte[] content) {
    }

    /** A resource as datapackage.json lists it. */
    private record Listed(String path, String hash, long bytes) {
    }

    private WaczCheck() {
    }

    /**
     * Checks a WACZ.
     *
     * @param file the WACZ's path in the bag, for the findings
     * @param in   its bytes (left unclosed)
     */
    static Result check(String file, InputStream in) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Read> read = new TreeMap<>();
        int records = 0;
        int digests = 0;
        try {
            ZipInputStream zip = new ZipInputStream(in);
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.isDirectory()) {
                    continue;
                }
                MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
                CountingStream counted = new CountingStream(new DigestInputStream(zip, sha256));
                byte[] content = null;
                if (e.getName().equals(DATAPACKAGE) || e.getName().equals(DIGEST)) {
                    content = counted.readNBytes(JSON_LIMIT);
                } else if (e.getName().endsWith(".warc") || e.getName().endsWith(".warc.gz")) {
                    WarcCheck.Result warc = WarcCheck.check(file + "!/" + e.getName(), counted);
                    records += warc.records();
                    digests += warc.digests();
                    findings.addAll(warc.findings());
                }
                counted.transferTo(java.io.OutputStream.nullOutputStream());
                read.put(e.getName(), new Read(counted.count(), HexFormat.of().formatHex(sha256.digest()), content));
            }
        } catch (IOException | NoSuchAlgorithmException e) {
            findings.add(damaged(file, "cannot be read as a zip file: " + e.getMessage()));
            return new Result(0, new WarcCheck.Result(records, digests, List.of()), findings);
        }
        int resources = compare(file, read, findings);
        return new Result(resources, new WarcCheck.Result(records, digests, List.of()), findings);
    }

    private static int compare(String file, Map<String, Read> read, List<Finding> findings) {
        Read datapackage = read.get(DATAPACKAGE);
        if (datapackage == null) {
            findings.add(damaged(file, "holds no " + DATAPACKAGE + ", so it is not a WACZ"));
            return 0;
        }
        List<Listed> listed;
        try {
            listed = resources(datapackage.content());
        } catch (IOException e) {
            findings.add(damaged(file, "its " + DATAPACKAGE + " cannot be read: " + e.getMessage()));
            return 0;
        }
        for (Listed l : listed) {
            Read r = read.get(l.path());
            if (r == null) {
                findings.add(damaged(file, DATAPACKAGE + " lists " + l.path() + ", which the WACZ does not hold"));
            } else if (!matches(l.hash(), r) || (l.bytes() >= 0 && l.bytes() != r.bytes())) {
                findings.add(damaged(file, l.path() + " is " + r.bytes() + " bytes with SHA-256 " + r.sha256()
                        + " but " + DATAPACKAGE + " gives " + l.bytes() + " bytes and " + l.hash()));
            }
        }
        List<String> paths = listed.stream().map(Listed::path).toList();
        for (String name : read.keySet()) {
            if (!name.equals(DATAPACKAGE) && !name.equals(DIGEST) && !paths.contains(name)) {
                findings.add(damaged(file, "holds " + name + ", which " + DATAPACKAGE + " does not list"));
            }
        }
        Read digest = read.get(DIGEST);
        if (digest != null) {
            try {
                String hash = digestHash(digest.content());
                if (!matches(hash, datapackage)) {
                    findings.add(damaged(file, DIGEST + " gives " + hash + " but " + DATAPACKAGE + "'s SHA-256 is "
                            + datapackage.sha256()));
                }
            } catch (IOException e) {
                findings.add(damaged(file, "its " + DIGEST + " cannot be read: " + e.getMessage()));
            }
        }
        return listed.size();
    }

    /** Whether a datapackage hash ({@code sha256:HEX}) is the file's; other algorithms are not checked here. */
    private static boolean matches(String hash, Read r) {
        String h = hash.toLowerCase(Locale.ROOT);
        return !h.startsWith("sha256:") || h.substring("sha256:".length()).equals(r.sha256());
    }

    private static List<Listed> resources(byte[] json) throws IOException {
        List<Listed> listed = new ArrayList<>();
        try (JsonParser p = JSON.createParser(json)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (!field.equals("resources")) {
                    p.skipChildren();
                    continue;
                }
                expect(p.currentToken(), JsonToken.START_ARRAY);
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    String path = "";
                    String hash = "";
                    long bytes = -1;
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        p.nextToken();
                        switch (name) {
                            case "path" -> path = p.getValueAsString("");
                            case "hash" -> hash = p.getValueAsString("");
                            case "bytes" -> bytes = p.getValueAsLong(-1);
                            default -> p.skipChildren();
                        }
                    }
                    listed.add(new Listed(path, hash, bytes));
                }
            }
        }
        return listed;
    }

    private static String digestHash(byte[] json) throws IOException {
        try (JsonParser p = JSON.createParser(json)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("hash")) {
                    return p.getValueAsString("");
                }
                p.skipChildren();
            }
        }
        throw new IOException("it gives no hash");
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + ", found " + actual);
        }
    }

    private static Finding damaged(String file, String detail) {
        return new Finding(Finding.Kind.DAMAGED, file, 0, detail);
    }

    /** Counts the bytes read through it; closing it does not close the zip. */
    private static final class CountingStream extends java.io.FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public void close() {
            // The zip stream stays open for the next entry.
        }

        long count() {
            return count;
        }
    }
}
