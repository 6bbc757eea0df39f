package org.edition.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** A bag in a folder. Symbolic links are not followed: a link is not one of the bag's files. */
final class FolderBag implements BagSource {
    private final Path root;
    private final List<String> files;
    private final Set<String> lookup;

    FolderBag(Path root) throws IOException {
        this.root = root;
        TreeSet<String> names = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .forEach(p -> names.add(root.relativize(p).toString().replace('\\', '/')));
        }
        this.files = List.copyOf(names);
        this.lookup = names;
    }

    @Override
    public List<String> files() {
        return files;
    }

    @Override
    public boolean has(String path) {
        return lookup.contains(path);
    }

    @Override
    public InputStream open(String path) throws IOException {
        return Files.newInputStream(root.resolve(path), LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public void close() {
        // Nothing held open.
    }
}
