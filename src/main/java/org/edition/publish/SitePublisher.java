package org.edition.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.edition.diagnostics.Diagnostic;
import org.edition.diagnostics.EditionException;
import org.edition.render.Site;
import org.edition.render.SiteFile;
import org.edition.render.SitePath;

/**
 * Writes a site to its output folder, atomically: the files go into a fresh folder beside the target
 * ({@code .site.new}), the target is swapped out for it at the end, and the old one is removed only
 * when every file in it is one the builder wrote (listed in its {@link Manifest}).
 *
 * <p>One build at a time publishes into a folder ({@link OutputLock}: a second one waits). A build
 * killed at any point leaves the previous site as it was, or — killed between the two renames of the
 * swap — the previous site as {@code .site.old}, which the next build puts back before anything else.
 * Every path is checked ({@link SitePath}) and resolved inside the fresh folder before it is written.
 */
public final class SitePublisher {
    /** How long a build waits for another one to finish publishing into the same folder. */
    public static final Duration DEFAULT_LOCK_WAIT = Duration.ofMinutes(2);

    private final Duration lockWait;

    /** A publisher that waits up to {@link #DEFAULT_LOCK_WAIT} for another build into the same folder. */
    public SitePublisher() {
        this(DEFAULT_LOCK_WAIT);
    }

    /** A publisher that waits up to {@code lockWait} for another build into the same folder. */
    public SitePublisher(Duration lockWait) {
        this.lockWait = lockWait;
    }

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
        refuseUnportable(out, site);
        Path parent = target.getParent();
        Path fresh = parent.resolve("." + target.getFileName() + ".new");
        Path old = parent.resolve("." + target.getFileName() + ".old");
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new EditionException(EditionException.Kind.OUTPUT,
                    Diagnostic.error(out.toString(), 0, "cannot make the folder the site goes in: " + e), e);
        }
        try (OutputLock lock = OutputLock.acquire(target, out, lockWait)) {
            putBackInterruptedSwap(target, old);
            refuseUnsafe(out, target, protect);
            List<Manifest.Line> written = write(site, out, target, fresh, old);
            Map<String, Long> sizes = new java.util.HashMap<>();
            long bytes = 0;
            for (Manifest.Line line : written) {
                sizes.put(line.path(), line.size());
                bytes += line.size();
            }
            return new Published(out, site.files().size(), bytes, sizes);
        }
    }

    /**
     * Writes the site into the fresh folder (each page made as it is written, see {@link SiteWriter}), then
     * swaps it in.
     *
     * @return the manifest's lines
     */
    private static List<Manifest.Line> write(Site site, Path out, Path target, Path fresh, Path old) {
        try {
            clearOwnLeftover(fresh);
            clearOwnLeftover(old);
            Files.createDirectory(fresh);
            List<Manifest.Line> written = SiteWriter.write(site, fresh);
            Files.writeString(fresh.resolve(Manifest.FILE), Manifest.of(written), StandardCharsets.UTF_8);
            if (Files.exists(target)) {
                OwnFolders.move(target, old);
                OwnFolders.move(fresh, target);
                OwnFolders.delete(old);
            } else {
                OwnFolders.move(fresh, target);
            }
            return written;
        } catch (IOException | UncheckedIOException e) {
            removeQuietly(fresh);
            throw new EditionException(EditionException.Kind.OUTPUT,
                    Diagnostic.error(out.toString(), 0, "cannot write the site: " + e), e);
        } catch (RuntimeException e) {
            removeQuietly(fresh);
            throw e;
        }
    }

    private static void removeQuietly(Path fresh) {
        try {
            clearOwnLeftover(fresh);
        } catch (IOException ignored) {
            // The fresh folder is ours; if it cannot be removed the next build removes it.
        }
    }

    /**
     * Puts the previous site back if a build was killed between moving it aside and moving the new one
     * in: the target is missing and {@code .site.old} is a whole site of ours.
     */
    private static void putBackInterruptedSwap(Path target, Path old) {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(old) && Manifest.marks(old)) {
            try {
                OwnFolders.move(old, target);
            } catch (IOException e) {
                throw new EditionException(EditionException.Kind.OUTPUT, Diagnostic.error(target.toString(), 0,
                        "cannot put back the previous site from " + old + " (a build was interrupted): " + e), e);
            }
        }
    }

    /** Refuses a site with a path that is not portable, or two paths that differ only in letter case. */
    private static void refuseUnportable(Path out, Site site) {
        java.util.Map<String, String> folded = new java.util.HashMap<>();
        for (SiteFile f : site.files()) {
            SitePath.problem(f.path()).ifPresent(problem -> {
                throw OwnFolders.refusal(out, "the site path " + f.path() + " " + problem + "; nothing was written");
            });
            String other = folded.putIfAbsent(f.path().toLowerCase(java.util.Locale.ROOT), f.path());
            if (other != null) {
                throw OwnFolders.refusal(out, "the site paths " + other + " and " + f.path()
                        + " differ only in letter case and would overwrite each other on Windows and macOS; rename one");
            }
        }
    }

    private static void refuseUnsafe(Path out, Path target, Protected protect) {
        for (Path guarded : List.of(protect.content(), protect.templates())) {
            Path g = guarded.toAbsolutePath().normalize();
            if (target.equals(g) || g.startsWith(target) || target.startsWith(g)) {
                throw OwnFolders.refusal(out, "the output folder " + out + " would overlap " + guarded
                        + "; choose a folder apart from the content and templates (the default is site/)");
            }
        }
        if (target.getParent() == null) {
            throw OwnFolders.refusal(out, "the output folder cannot be the file system's root");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw OwnFolders.refusal(out, out + " exists and is not a folder");
        }
        if (Files.isDirectory(target) && !isEmpty(target) && !Manifest.marks(target)) {
            throw OwnFolders.refusal(out, out + " is not empty and was not written by edition (it has no "
                    + Manifest.FILE + "); the builder never deletes files it did not write: choose another --out or empty it");
        }
        if (Files.isDirectory(target) && Manifest.marks(target)) {
            try {
                List<String> strangers = Manifest.strangers(target);
                if (!strangers.isEmpty()) {
                    throw OwnFolders.refusal(out, out + " holds files edition did not write: " + String.join(", ", strangers.subList(0, Math.min(5, strangers.size())))
                            + (strangers.size() > 5 ? " …" : "") + "; move them out of the way, then build again");
                }
            } catch (IOException e) {
                throw OwnFolders.refusal(out, "cannot read the previous output's manifest: " + e.getMessage());
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
        OwnFolders.delete(folder);
    }

    /** A half-written fresh folder has no manifest yet; it is ours if its name is ours and it holds only site files. */
    private static boolean looksOurs(Path folder) {
        return folder.getFileName().toString().endsWith(".new");
    }

}
