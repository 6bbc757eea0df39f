package org.edition.publish.snapshot;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.edition.diagnostics.Diagnostic;
import org.edition.diagnostics.EditionException;
import org.edition.ingest.received.ReceivedFile;
import org.edition.publish.Manifest;
import org.edition.publish.OwnFolders;
import org.edition.publish.SitePublisher;
import org.edition.render.SiteFile;

/**
 * Writes a snapshot: a BagIt bag into a folder ({@code -o DIR}) or the same bag zipped ({@code -o FILE.zip},
 * unpacking into one folder named like the file, as RFC 8493 §4.2 asks). The bag is written into a fresh
 * folder beside the target and moved into place at the end, so a failure leaves nothing half-written; an
 * existing snapshot or any other file in the way is never overwritten.
 */
public final class SnapshotPublisher {
    /** Where the WARC and WACZ go inside the payload. */
    static final String WEB_ARCHIVE = "web-archive/";

    /** What was written. */
    public record Written(Path target, int payloadFiles, long payloadBytes, int warcRecords, long bytes) {
    }

    /**
     * Publishes the snapshot.
     *
     * @param snapshot what goes in
     * @param out      a folder that does not exist yet (or is empty), or a {@code .zip} file that does not exist
     * @param protect  folders the snapshot must keep clear of (content, templates)
     * @throws EditionException (output) if the target is refused or cannot be written; nothing is left behind then
     */
    public Written publish(Snapshot snapshot, Path out, SitePublisher.Protected protect) {
        Path target = out.toAbsolutePath().normalize();
        boolean zipped = target.getFileName() != null
                && target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
        refuseUnsafe(out, target, protect);
        String bagName = zipped ? stem(target.getFileName().toString()) : target.getFileName().toString();
        Path work = null;
        try {
            Files.createDirectories(target.getParent());
            work = Files.createTempDirectory(target.getParent(), "." + bagName + ".snapshot-");
            Path bag = work.resolve(bagName);
            Files.createDirectory(bag);
            Packed packed = writeBag(snapshot, bag);
            BagWriter.Written written = packed.bag();
            if (zipped) {
                Path zip = work.resolve(bagName + ".zip");
                zip(bag, bagName, zip, snapshot.description());
                OwnFolders.move(zip, target);
                written = new BagWriter.Written(written.payloadBytes(), written.payloadFiles(), Files.size(target));
            } else {
                if (Files.isDirectory(target)) {
                    Files.delete(target); // empty, checked above
                }
                OwnFolders.move(bag, target);
            }
            OwnFolders.delete(work);
            return new Written(out, written.payloadFiles(), written.payloadBytes(), packed.warcRecords(), written.bytes());
        } catch (IOException | RuntimeException e) {
            if (work != null) {
                try {
                    OwnFolders.delete(work);
                } catch (IOException ignored) {
                    // Our own temporary folder, named for the snapshot; it can be removed by hand.
                }
            }
            if (e instanceof EditionException ee) {
                throw ee;
            }
            throw new EditionException(EditionException.Kind.OUTPUT,
                    Diagnostic.error(out.toString(), 0, "cannot write the snapshot: " + e), e);
        }
    }

    /** The bag written, and how many records its WARC holds. */
    private record Packed(BagWriter.Written bag, int warcRecords) {
    }

    private static Packed writeBag(Snapshot snapshot, Path bag) throws IOException {
        BagWriter writer = new BagWriter(bag);
        List<SiteFile> site = published(snapshot);
        for (SiteFile f : site) {
            writer.write("site/" + f.path(), f.bytes());
        }
        for (ReceivedFile f : snapshot.content()) {
            writer.write("content/" + f.path(), f.bytes());
        }
        for (ReceivedFile f : snapshot.templates()) {
            writer.write("templates/" + f.path(), f.bytes());
        }
        Path warc = writer.place(WEB_ARCHIVE + SiteWarc.FILE);
        List<Capture> captures = SiteWarc.write(site, snapshot.description(), warc);
        writer.added(WEB_ARCHIVE + SiteWarc.FILE);
        SiteWacz.write(warc, captures, snapshot.description(), writer.place(WEB_ARCHIVE + SiteWacz.FILE));
        writer.added(WEB_ARCHIVE + SiteWacz.FILE);
        Snapshot.Description d = snapshot.description();
        Map<String, String> info = new LinkedHashMap<>();
        info.put("Source-Organization", d.organization());
        info.put("External-Description", d.summary());
        info.put("External-Identifier", d.baseUrl());
        info.put("Bagging-Date", d.date().toString());
        info.put("Bag-Software-Agent", d.software() + " (with " + SiteWarc.jwarcVersion() + ")");
        info.put("Internal-Sender-Description", "Made by edition snapshot; README.txt says what is where and how to check it.");
        return new Packed(writer.finish(info, Map.of("README.txt", SnapshotGuide.text(d))), captures.size() + 1);
    }

    /** The site's files as {@code build} publishes them: the rendered files and the manifest. */
    private static List<SiteFile> published(Snapshot snapshot) {
        List<SiteFile> files = new ArrayList<>(snapshot.site().files());
        files.add(SiteFile.of(Manifest.FILE, Manifest.of(snapshot.site()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        files.sort(Comparator.comparing(SiteFile::path));
        return files;
    }

    /** Zips the bag: every file under one top folder, in path order, stored, dated with the edition's date. */
    private static void zip(Path bag, String bagName, Path zip, Snapshot.Description d) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(bag)) {
            files = walk.filter(Files::isRegularFile).sorted(Comparator.comparing(p -> relative(bag, p))).toList();
        }
        try (OutputStream out = Files.newOutputStream(zip); StoredZip z = new StoredZip(out, d.date().atStartOfDay())) {
            for (Path f : files) {
                z.add(bagName + "/" + relative(bag, f), f);
            }
        }
    }

    private static void refuseUnsafe(Path out, Path target, SitePublisher.Protected protect) {
        if (target.getParent() == null) {
            throw OwnFolders.refusal(out, "the snapshot cannot be the file system's root");
        }
        for (Path guarded : List.of(protect.content(), protect.templates())) {
            Path g = guarded.toAbsolutePath().normalize();
            if (target.equals(g) || g.startsWith(target) || target.startsWith(g)) {
                throw OwnFolders.refusal(out, "the snapshot " + out + " would overlap " + guarded
                        + "; write it apart from the content and templates folders");
            }
        }
        if (Files.exists(target) && !(Files.isDirectory(target) && isEmpty(target))) {
            throw OwnFolders.refusal(out, out + " already exists; a snapshot is never written over anything: name a new "
                    + (Files.isDirectory(target) ? "folder" : "file"));
        }
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static String stem(String name) {
        return name.substring(0, name.length() - ".zip".length());
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

}
