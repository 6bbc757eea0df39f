package org.edition.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Verifies a snapshot — a BagIt bag in a folder or a zip — on its own, as RFC 8493 §3 defines a valid bag:
 * bagit.txt declares it; every file a payload manifest lists is there (completeness) and has the listed
 * checksum in every manifest (fixity); every payload file is listed in every payload manifest; the payload's
 * size and count are those of bag-info.txt's Payload-Oxum; every tag manifest entry is there and matches.
 * Then every WARC in the payload has its record digests recomputed and every WACZ its datapackage
 * checked. Each file is read once.
 */
public final class SnapshotVerifier {
    private static final String DATA = "data/";

    /**
     * Verifies a snapshot.
     *
     * @param snapshot a bag's folder, or a zip holding a bag
     * @return the problems found (none for a valid snapshot) and what was checked
     */
    public Verification verify(Path snapshot) {
        String name = snapshot.toString();
        if (!Files.exists(snapshot)) {
            return unreadable(name, new BagUnreadable(name, "does not exist"));
        }
        try (BagSource bag = Files.isDirectory(snapshot) ? new FolderBag(snapshot) : new ZipBag(snapshot)) {
            return check(name, bag);
        } catch (BagUnreadable e) {
            return unreadable(name, e);
        } catch (IOException | RuntimeException e) {
            return unreadable(name, new BagUnreadable(name, "cannot be read: " + e));
        }
    }

    private static Verification unreadable(String name, BagUnreadable e) {
        return new Verification(name, List.of(e.finding()), Verification.Checked.NOTHING);
    }

    private Verification check(String name, BagSource bag) throws IOException {
        String version = declaration(bag);
        List<Finding> findings = new ArrayList<>();
        List<ManifestFile> manifests = manifests(bag, "manifest-", true);
        if (manifests.isEmpty()) {
            throw new BagUnreadable("manifest-sha256.txt", "is missing: the bag has no payload manifest this tool can check");
        }
        List<String> payload = bag.files().stream().filter(f -> f.startsWith(DATA)).toList();
        Tally tally = new Tally();
        java.util.SortedSet<String> listed = new java.util.TreeSet<>();
        manifests.forEach(m -> listed.addAll(m.entries().keySet()));
        for (String file : listed) {
            if (!bag.has(file)) {
                findings.add(new Finding(Finding.Kind.MISSING, file, 0, "listed in " + listers(manifests, file) + " but not in the bag"));
            }
        }
        long octets = 0;
        for (String file : payload) {
            List<ManifestFile> listing = manifests.stream().filter(m -> m.entries().containsKey(file)).toList();
            for (ManifestFile m : manifests) {
                if (!listing.contains(m)) {
                    findings.add(new Finding(Finding.Kind.EXTRA, file, 0, "is in the payload but " + m.name() + " does not list it"));
                }
            }
            octets += read(bag, file, listing, findings, tally);
        }
        boolean oxum = payloadOxum(bag, payload.size(), octets, findings);
        List<ManifestFile> tagManifests = manifests(bag, "tagmanifest-", false);
        int tagFiles = 0;
        for (ManifestFile m : tagManifests) {
            for (String file : m.entries().keySet()) {
                if (!bag.has(file)) {
                    findings.add(new Finding(Finding.Kind.MISSING, file, 0, "listed in " + m.name() + " but not in the bag"));
                }
            }
        }
        for (String file : bag.files().stream().filter(f -> !f.startsWith(DATA)).toList()) {
            List<ManifestFile> listing = tagManifests.stream().filter(m -> m.entries().containsKey(file)).toList();
            if (!listing.isEmpty()) {
                tagFiles++;
                read(bag, file, listing, findings, tally);
            }
        }
        List<String> algorithms = manifests.stream().map(m -> m.jdkName().toUpperCase(Locale.ROOT)).toList();
        return new Verification(name, findings, new Verification.Checked(version, payload.size(), octets, oxum, algorithms,
                tally.checksums, tagFiles, tagManifests.size(), tally.warcs, tally.warcRecords, tally.warcDigests,
                tally.waczs, tally.waczResources));
    }

    /** Counts of what was checked, as the files are read. */
    private static final class Tally {
        int checksums;
        int warcs;
        int warcRecords;
        int warcDigests;
        int waczs;
        int waczResources;
    }

    /** Reads bagit.txt: the bag's declaration. @return its BagIt-Version */
    private static String declaration(BagSource bag) throws IOException {
        if (!bag.has("bagit.txt")) {
            throw new BagUnreadable("bagit.txt", "is missing: this is not a BagIt bag");
        }
        List<TagText.Field> fields = TagText.fields(bag, "bagit.txt");
        TagText.Field version = TagText.first(fields, "BagIt-Version")
                .orElseThrow(() -> new BagUnreadable("bagit.txt", 1, "gives no BagIt-Version"));
        if (!version.value().matches("\\d+\\.\\d+")) {
            throw new BagUnreadable("bagit.txt", version.line(), "BagIt-Version is not a version: " + version.value());
        }
        Optional<TagText.Field> encoding = TagText.first(fields, "Tag-File-Character-Encoding");
        if (encoding.isPresent() && !encoding.get().value().equalsIgnoreCase("UTF-8")) {
            throw new BagUnreadable("bagit.txt", encoding.get().line(), "its tag files are in " + encoding.get().value()
                    + "; this tool reads UTF-8 tag files only");
        }
        return version.value();
    }

    /** The payload or tag manifests at the bag's top whose algorithm this tool knows. */
    private static List<ManifestFile> manifests(BagSource bag, String prefix, boolean payload) throws IOException {
        List<ManifestFile> manifests = new ArrayList<>();
        for (String file : bag.files()) {
            if (file.startsWith(prefix) && file.endsWith(".txt") && !file.contains("/")) {
                Optional<String> jdk = ManifestFile.jdkName(ManifestFile.algorithmOf(file));
                if (jdk.isPresent()) {
                    manifests.add(ManifestFile.read(bag, file, jdk.get(), payload));
                }
            }
        }
        return manifests;
    }

    private static String listers(List<ManifestFile> manifests, String file) {
        return String.join(" and ", manifests.stream().filter(m -> m.entries().containsKey(file)).map(ManifestFile::name).toList());
    }

    /**
     * Reads one file once: its checksums in every manifest listing it, and if it is a WARC or WACZ, its digests.
     *
     * @return its size
     */
    private static long read(BagSource bag, String file, List<ManifestFile> listing, List<Finding> findings, Tally tally) {
        Map<ManifestFile, MessageDigest> digests = new LinkedHashMap<>();
        for (ManifestFile m : listing) {
            try {
                digests.put(m, MessageDigest.getInstance(m.jdkName()));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JDK has " + m.jdkName(), e);
            }
        }
        long size;
        try (InputStream raw = bag.open(file)) {
            size = digest(raw, file, digests, findings, tally);
        } catch (IOException e) {
            findings.add(new Finding(Finding.Kind.DAMAGED, file, 0, "cannot be read: " + e.getMessage()));
            return 0;
        }
        for (Map.Entry<ManifestFile, MessageDigest> e : digests.entrySet()) {
            ManifestFile m = e.getKey();
            ManifestFile.Entry expected = m.entries().get(file);
            String actual = HexFormat.of().formatHex(e.getValue().digest());
            tally.checksums++;
            if (!actual.equals(expected.checksum())) {
                findings.add(new Finding(Finding.Kind.DAMAGED, file, 0, "its " + m.jdkName() + " is " + actual + " but "
                        + m.name() + " (line " + expected.line() + ") says " + expected.checksum()));
            }
        }
        return size;
    }

    /** Reads a file through its digests, checking it on the way if it is a WARC or a WACZ. @return its size */
    private static long digest(InputStream raw, String file, Map<ManifestFile, MessageDigest> digests, List<Finding> findings,
            Tally tally) throws IOException {
        InputStream in = raw;
        for (MessageDigest d : digests.values()) {
            in = new DigestInputStream(in, d);
        }
        Counting counting = new Counting(in);
        if (file.endsWith(".warc") || file.endsWith(".warc.gz")) {
            WarcCheck.Result r = WarcCheck.check(file, counting);
            tally.warcs++;
            tally.warcRecords += r.records();
            tally.warcDigests += r.digests();
            findings.addAll(r.findings());
        } else if (file.endsWith(".wacz")) {
            WaczCheck.Result r = WaczCheck.check(file, counting);
            tally.waczs++;
            tally.waczResources += r.resources();
            tally.warcs += r.warc().records() > 0 ? 1 : 0;
            tally.warcRecords += r.warc().records();
            tally.warcDigests += r.warc().digests();
            findings.addAll(r.findings());
        }
        counting.transferTo(java.io.OutputStream.nullOutputStream());
        return counting.count;
    }

    /** Compares the payload with bag-info.txt's Payload-Oxum. @return whether there is one */
    private static boolean payloadOxum(BagSource bag, int files, long octets, List<Finding> findings) throws IOException {
        if (!bag.has("bag-info.txt")) {
            return false;
        }
        Optional<TagText.Field> oxum = TagText.first(TagText.fields(bag, "bag-info.txt"), "Payload-Oxum");
        if (oxum.isEmpty()) {
            return false;
        }
        String[] parts = oxum.get().value().split("\\.");
        if (parts.length != 2 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("\\d{1,9}")) {
            throw new BagUnreadable("bag-info.txt", oxum.get().line(), "Payload-Oxum is not OCTETS.FILES: " + oxum.get().value());
        }
        long expectedOctets = Long.parseLong(parts[0]);
        int expectedFiles = Integer.parseInt(parts[1]);
        String says = "the payload is " + octets + " bytes in " + files + " files but its Payload-Oxum says " + oxum.get().value();
        if (expectedFiles > files) {
            findings.add(new Finding(Finding.Kind.MISSING, "bag-info.txt", oxum.get().line(), says));
        } else if (expectedFiles < files) {
            findings.add(new Finding(Finding.Kind.EXTRA, "bag-info.txt", oxum.get().line(), says));
        } else if (expectedOctets != octets) {
            findings.add(new Finding(Finding.Kind.DAMAGED, "bag-info.txt", oxum.get().line(), says));
        }
        return true;
    }

    /** Counts the bytes read through it. */
    private static final class Counting extends java.io.FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }

        @Override
        public void close() {
            // Closed by the caller with the file.
        }
    }
}
