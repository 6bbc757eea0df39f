package org.edition.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.edition.diagnostics.Diagnostic;
import org.edition.diagnostics.EditionException;
import org.edition.render.Site;
import org.edition.render.SiteFile;

/**
 * Writes a site to its output folder, atomically: the files go into a fresh folder beside the target
 * ({@code .site.new}), the target is swapped out for it at the end, and the old one is removed only
 * when every file in it is one the builder wrote (listed in its {@link Manifest}).
 */
public final class SitePublisher {

    /**
     * Folders the output must never be, contain or lie inside.
     *
     * @param content   the content folder
     * @param templates the templates folder
     */
    public record Protected(Path content, Path templates) {
    }

    /**
     * What was published.
     *
     * @param folder the output folder
     * @param files  how many files were written (the manifest left out)
     * @param bytes  their total size
     * @param sizes  each file's size, by its path in the site
     */
    public record Published(Path folder, int files, long bytes, Map<String, Long> sizes) {
        public Published {
            sizes = Map.copyOf(sizes);
        }
    }

    /**
     * Publishes the site.
     *
     * @param site      the rendered site
     * @param out       the output folder
     * @param protect   folders the output must keep clear of
     * @throws EditionException (output) if the folder is refused or cannot be written; the previous
     *                          output is then untouched
     */
    public Published publish(Site site, Path out, Protected protect) {
        Path target = out.toAbsolutePath().normalize();
        refuseUnsafe(out, target, protect);
        Path parent = target.getParent();
        Path fresh = parent.resolve("." + target.getFileName() + ".new");
        Path old = parent.resolve("." + target.getFileName() + ".old");
        List<Manifest.Line> written;
        try {
            Files.createDirectories(parent);
            clearOwnLeftover(fresh);
            clearOwnLeftover(old);
            Files.createDirectory(fresh);
            written = write(site, fresh);
            Files.writeString(fresh.resolve(Manifest.FILE), Manifest.of(written), StandardCharsets.UTF_8);
            if (Files.exists(target)) {
                move(target, old);
                move(fresh, target);
                deleteOwn(old);
            } else {
                move(fresh, target);
            }
        } catch (IOException | UncheckedIOException e) {
            removeQuietly(fresh);
            throw new EditionException(EditionException.Kind.OUTPUT,
                    Diagnostic.error(out.toString(), 0, "cannot write the site: " + e), e);
        } catch (RuntimeException e) {
            removeQuietly(fresh);
            throw e;
        }
        Map<String, Long> sizes = new java.util.HashMap<>();
        long bytes = 0;
        for (Manifest.Line line : written) {
            sizes.put(line.path(), line.size());
            bytes += line.size();
        }
        return new Published(out, site.files().size(), bytes, sizes);
    }

    /**
     * Makes and writes every file of the site into the fresh folder, on every core: each file is made (its
     * page rendered) and written by one worker and then dropped, so the site is never held in memory whole.
     * Of several files that cannot be made, the first in the site's order is reported, whatever order they
     * were made in.
     *
     * @return the manifest's lines, in path order
     */
    private static List<Manifest.Line> write(Site site, Path fresh) throws IOException {
        List<SiteFile> files = site.files();
        java.util.Set<Path> folders = new java.util.TreeSet<>();
        files.forEach(f -> folders.add(fresh.resolve(f.path()).getParent()));
        for (Path folder : folders) {
            Files.createDirectories(folder);
        }
        Manifest.Line[] lines = new Manifest.Line[files.size()];
        RuntimeException[] failures = new RuntimeException[files.size()];
        java.util.stream.IntStream.range(0, files.size()).parallel().forEach(i -> {
            SiteFile f = files.get(i);
            try {
                lines[i] = writeOne(f, fresh.resolve(f.path()));
            } catch (IOException e) {
                failures[i] = new UncheckedIOException(e);
            } catch (RuntimeException e) {
                failures[i] = e;
            }
        });
        for (RuntimeException failure : failures) {
            if (failure instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (failure != null) {
                throw failure;
            }
        }
        return java.util.Arrays.stream(lines).sorted(java.util.Comparator.comparing(Manifest.Line::path)).toList();
    }

    /** Writes one file as it is made, its digest and size taken on the way. */
    private static Manifest.Line writeOne(SiteFile f, Path file) throws IOException {
        java.security.MessageDigest sha256;
        try {
            sha256 = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
        long[] size = {0};
        try (OutputStream raw = Files.newOutputStream(file);
                OutputStream out = new java.io.BufferedOutputStream(new java.security.DigestOutputStream(raw, sha256) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        size[0] += len;
                        super.write(b, off, len);
                    }

                    @Override
                    public void write(int b) throws IOException {
                        size[0]++;
                        super.write(b);
                    }
                }, 64 * 1024)) {
            f.content().writeTo(out);
        }
        return new Manifest.Line(java.util.HexFormat.of().formatHex(sha256.digest()), f.path(), size[0]);
    }

    private static void removeQuietly(Path fresh) {
        try {
            clearOwnLeftover(fresh);
        } catch (IOException ignored) {
            // The fresh folder is ours; if it cannot be removed the next build removes it.
        }
    }

    private static void refuseUnsafe(Path out, Path target, Protected protect) {
        for (Path guarded : List.of(protect.content(), protect.templates())) {
            Path g = guarded.toAbsolutePath().normalize();
            if (target.equals(g) || g.startsWith(target) || target.startsWith(g)) {
                throw refusal(out, "the output folder " + out + " would overlap " + guarded
                        + "; choose a folder apart from the content and templates (the default is site/)");
            }
        }
        if (target.getParent() == null) {
            throw refusal(out, "the output folder cannot be the file system's root");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw refusal(out, out + " exists and is not a folder");
        }
        if (Files.isDirectory(target) && !isEmpty(target) && !Manifest.marks(target)) {
            throw refusal(out, out + " is not empty and was not written by edition (it has no "
                    + Manifest.FILE + "); the builder never deletes files it did not write: choose another --out or empty it");
        }
        if (Files.isDirectory(target) && Manifest.marks(target)) {
            try {
                List<String> strangers = Manifest.strangers(target);
                if (!strangers.isEmpty()) {
                    throw refusal(out, out + " holds files edition did not write: " + String.join(", ", strangers.subList(0, Math.min(5, strangers.size())))
                            + (strangers.size() > 5 ? " …" : "") + "; move them out of the way, then build again");
                }
            } catch (IOException e) {
                throw refusal(out, "cannot read the previous output's manifest: " + e.getMessage());
            }
        }
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** Removes a leftover of an interrupted build, but only if it is one of ours. */
    private static void clearOwnLeftover(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        if (!isEmpty(folder) && !Manifest.marks(folder) && !looksOurs(folder)) {
            throw new IOException(folder + " is in the way and was not written by edition; remove it by hand");
        }
        deleteOwn(folder);
    }

    /** A half-written fresh folder has no manifest yet; it is ours if its name is ours and it holds only site files. */
    private static boolean looksOurs(Path folder) {
        return folder.getFileName().toString().endsWith(".new");
    }

    private static void deleteOwn(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static EditionException refusal(Path out, String message) {
        return new EditionException(EditionException.Kind.OUTPUT, Diagnostic.error(out.toString(), 0, message));
    }
}
