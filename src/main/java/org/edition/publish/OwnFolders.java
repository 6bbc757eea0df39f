package org.edition.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.edition.diagnostics.Diagnostic;
import org.edition.diagnostics.EditionException;

/**
 * What the writers of the publish stage (the site and the snapshot) do with folders they made themselves:
 * move one into place at once where the file system can, delete one (its manifest last, so that a
 * deletion cut short still shows whose folder it was), and refuse an output with a message naming it.
 */
public final class OwnFolders {
    private OwnFolders() {
    }

    /** Moves a folder in one step where the file system can, otherwise as it can. */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder the publish stage wrote, deepest first and its manifest last; nothing if it is absent. */
    public static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
        }
        Path manifest = folder.resolve(Manifest.FILE);
        if (paths.remove(manifest)) {
            paths.add(paths.size() - 1, manifest);
        }
        for (Path p : paths) {
            Files.delete(p);
        }
    }

    /** An output the stage will not write, and why. */
    public static EditionException refusal(Path out, String message) {
        return new EditionException(EditionException.Kind.OUTPUT, Diagnostic.error(out.toString(), 0, message));
    }
}
