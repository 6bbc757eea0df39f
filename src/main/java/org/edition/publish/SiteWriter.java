package org.edition.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.edition.parallel.EveryCore;
import org.edition.render.Site;
import org.edition.render.SiteFile;

/**
 * Writes every file of a site into a fresh folder, on every core: each file is made (its page rendered)
 * and written by one worker and then dropped, so the site is never held in memory whole. Its digest and
 * size are taken on the way, for the manifest.
 */
final class SiteWriter {
    private SiteWriter() {
    }

    /**
     * Makes and writes the files. Of several files that cannot be made, the first in the site's order is
     * reported, whatever order they were made in.
     *
     * @param fresh the folder to write into (it exists and is empty)
     * @return the manifest's lines, in path order
     * @throws IOException if a file cannot be written (a bug or template problem in making one is thrown as is)
     */
    static List<Manifest.Line> write(Site site, Path fresh) throws IOException {
        List<SiteFile> files = site.files();
        Set<Path> folders = new TreeSet<>();
        for (SiteFile f : files) {
            folders.add(inside(fresh, f).getParent());
        }
        for (Path folder : folders) {
            Files.createDirectories(folder);
        }
        List<Manifest.Line> lines;
        try {
            lines = EveryCore.mapAll(files.size(), i -> {
                SiteFile f = files.get(i);
                try {
                    return writeOne(f, inside(fresh, f));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return lines.stream().sorted(Comparator.comparing(Manifest.Line::path)).toList();
    }

    /** The file's place in the fresh folder, refused if its path leads outside it. */
    private static Path inside(Path fresh, SiteFile f) throws IOException {
        Path file = fresh.resolve(f.path()).normalize();
        if (!file.startsWith(fresh) || file.equals(fresh)) {
            throw new IOException("the site path " + f.path() + " leads outside the site");
        }
        return file;
    }

    /** Writes one file (never over one already there) as it is made, its digest and size taken on the way. */
    private static Manifest.Line writeOne(SiteFile f, Path file) throws IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
        long[] size = {0};
        try (OutputStream raw = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                OutputStream out = new BufferedOutputStream(new DigestOutputStream(raw, sha256) {
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
        return new Manifest.Line(HexFormat.of().formatHex(sha256.digest()), f.path(), size[0]);
    }
}
