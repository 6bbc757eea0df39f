package org.edition.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.edition.diagnostics.Diagnostic;
import org.edition.diagnostics.EditionException;

/**
 * The lock that lets one build at a time write an output folder: an operating-system lock on a small
 * file beside it ({@code .site.lock} for {@code site/}). The system releases the lock when its holder
 * ends, however it ends, so a killed build never blocks the next one; the empty file stays, and is
 * reused.
 */
final class OutputLock implements AutoCloseable {
    private static final long POLL_MILLIS = 100;

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of an output folder: {@code .NAME.lock} beside it. */
    static Path fileFor(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".lock");
    }

    /**
     * Takes the lock of an output folder, waiting while another build holds it.
     *
     * @param target the output folder (absolute, normalised)
     * @param out    the output folder as the user named it, for messages
     * @param wait   how long to wait for another build to finish publishing
     * @throws EditionException (output) if another build still holds it after the wait, or the lock
     *                          file cannot be made
     */
    static OutputLock acquire(Path target, Path out, Duration wait) {
        Path file = fileFor(target);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new EditionException(EditionException.Kind.OUTPUT,
                    Diagnostic.error(out.toString(), 0, "cannot create the lock file " + file + ": " + e.getMessage()), e);
        }
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return new OutputLock(channel, lock);
                }
                if (System.nanoTime() - deadline > 0) {
                    channel.close();
                    throw new EditionException(EditionException.Kind.OUTPUT, Diagnostic.error(out.toString(), 0,
                            "another edition build is writing " + out + " (it holds " + file + ") and did not finish within "
                                    + wait.toSeconds() + " s; wait for it to end, then build again"));
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (IOException e) {
            closeQuietly(channel);
            throw new EditionException(EditionException.Kind.OUTPUT,
                    Diagnostic.error(out.toString(), 0, "cannot lock " + file + ": " + e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(channel);
            throw new EditionException(EditionException.Kind.OUTPUT,
                    Diagnostic.error(out.toString(), 0, "interrupted while waiting for another build to finish writing " + out));
        }
    }

    /** The lock, or null while another process (or another build in this one) holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Closing a lock file that was never locked; nothing to undo.
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel below releases it too.
        }
        closeQuietly(channel);
    }
}
