package org.edition.publish.snapshot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a BagIt 1.0 bag (RFC 8493) into an empty folder: payload files under {@code data/}, then the
 * tag files — {@code bagit.txt}, {@code bag-info.txt} with the Payload-Oxum, the SHA-256 and SHA-512
 * payload manifests, any further tag file, and the tag manifests covering them all. Manifests list paths
 * in sorted order with two spaces after the checksum, the format {@code sha256sum -c} reads.
 */
final class BagWriter {
    /** The payload folder. */
    static final String DATA = "data/";
    private static final List<String> ALGORITHMS = List.of("sha256", "sha512");

    private final Path root;
    private final Map<String, Fixity> payload = new TreeMap<>();
    private final Map<String, Fixity> tags = new TreeMap<>();

    /** @param root the bag's folder, which must exist and be empty */
    BagWriter(Path root) {
        this.root = root;
    }

    /** What the bag holds: its payload's size and count, and its size in all. */
    record Written(long payloadBytes, int payloadFiles, long bytes) {
    }

    /** Writes a payload file. @param path its path under {@code data/} */
    void write(String path, byte[] bytes) throws IOException {
        Files.write(place(path), bytes);
        payload.put(DATA + path, Fixity.of(bytes));
    }

    /** A payload file's place on disk, its folders made, for a writer that streams into it; then call {@link #added}. */
    Path place(String path) throws IOException {
        Path file = root.resolve(DATA + path);
        Files.createDirectories(file.getParent());
        return file;
    }

    /** Records a payload file written at its {@link #place}. */
    void added(String path) throws IOException {
        payload.put(DATA + path, Fixity.of(root.resolve(DATA + path)));
    }

    /**
     * Writes the tag files and finishes the bag.
     *
     * @param bagInfo   bag-info.txt's fields in order, without Payload-Oxum (which is added)
     * @param extraTags further tag files at the bag's top (name → text), covered by the tag manifests
     */
    Written finish(Map<String, String> bagInfo, Map<String, String> extraTags) throws IOException {
        long octets = payload.values().stream().mapToLong(Fixity::bytes).sum();
        tag("bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
        StringBuilder info = new StringBuilder();
        bagInfo.forEach((label, value) -> info.append(label).append(": ").append(oneLine(value)).append('\n'));
        info.append("Payload-Oxum: ").append(octets).append('.').append(payload.size()).append('\n');
        tag("bag-info.txt", info.toString());
        for (String algorithm : ALGORITHMS) {
            tag("manifest-" + algorithm + ".txt", manifest(payload, algorithm));
        }
        for (Map.Entry<String, String> e : extraTags.entrySet()) {
            tag(e.getKey(), e.getValue());
        }
        long tagBytes = tags.values().stream().mapToLong(Fixity::bytes).sum();
        for (String algorithm : ALGORITHMS) {
            String text = manifest(tags, algorithm);
            Files.writeString(root.resolve("tagmanifest-" + algorithm + ".txt"), text, StandardCharsets.UTF_8);
            tagBytes += text.getBytes(StandardCharsets.UTF_8).length;
        }
        return new Written(octets, payload.size(), octets + tagBytes);
    }

    private void tag(String name, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Files.write(root.resolve(name), bytes);
        tags.put(name, Fixity.of(bytes));
    }

    private static String manifest(Map<String, Fixity> files, String algorithm) {
        StringBuilder s = new StringBuilder();
        files.forEach((path, fixity) -> s.append(algorithm.equals("sha256") ? fixity.sha256() : fixity.sha512())
                .append("  ").append(encode(path)).append('\n'));
        return s.toString();
    }

    /** RFC 8493 §2.1.3: a path's CR, LF and % are percent-encoded in manifests, nothing else. */
    static String encode(String path) {
        return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String oneLine(String value) {
        return value.strip().replaceAll("\\s+", " ");
    }
}
