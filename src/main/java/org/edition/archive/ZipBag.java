package org.edition.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A bag in a zip file: either at the zip's top, or — as RFC 8493 §4.2 recommends and {@code edition
 * snapshot} writes — inside one top folder. Nothing is unpacked; entries are read where they are.
 */
final class ZipBag implements BagSource {
    private final ZipFile zip;
    private final Map<String, ZipEntry> entries;

    /**
     * Opens the zip and finds the bag in it.
     *
     * @throws BagUnreadable if the zip cannot be read or holds no bagit.txt at its top or in its one top folder
     */
    ZipBag(Path file) throws IOException {
        try {
            this.zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BagUnreadable(file.toString(), "cannot be read as a zip file: " + e.getMessage());
        }
        Map<String, ZipEntry> all = new TreeMap<>();
        for (ZipEntry e : Collections.list(zip.entries())) {
            if (!e.isDirectory()) {
                all.put(e.getName(), e);
            }
        }
        String prefix = prefix(file, all);
        Map<String, ZipEntry> inBag = new TreeMap<>();
        all.forEach((name, e) -> {
            if (name.startsWith(prefix)) {
                inBag.put(name.substring(prefix.length()), e);
            }
        });
        this.entries = inBag;
    }

    private String prefix(Path file, Map<String, ZipEntry> all) throws IOException {
        if (all.containsKey("bagit.txt")) {
            return "";
        }
        List<String> tops = all.keySet().stream().filter(n -> n.indexOf('/') > 0)
                .map(n -> n.substring(0, n.indexOf('/') + 1)).distinct().toList();
        if (tops.size() == 1 && all.containsKey(tops.get(0) + "bagit.txt")) {
            return tops.get(0);
        }
        zip.close();
        throw new BagUnreadable(file.toString(), "holds no bag: there is no bagit.txt at its top or in one top folder");
    }

    @Override
    public List<String> files() {
        return List.copyOf(entries.keySet());
    }

    @Override
    public boolean has(String path) {
        return entries.containsKey(path);
    }

    @Override
    public InputStream open(String path) throws IOException {
        ZipEntry e = entries.get(path);
        if (e == null) {
            throw new java.io.FileNotFoundException(path);
        }
        return zip.getInputStream(e);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
