package org.edition.archive;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** A bag's files, wherever they are kept (a folder or a zip), named by their paths from the bag's top. */
interface BagSource extends Closeable {

    /** Every file of the bag, by path with {@code /} separators, in path order. */
    List<String> files();

    /** Whether the bag has this file. */
    default boolean has(String path) {
        return files().contains(path);
    }

    /** Opens a file of the bag. */
    InputStream open(String path) throws IOException;
}
