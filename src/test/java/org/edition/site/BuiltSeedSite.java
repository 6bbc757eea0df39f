package org.edition.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.commons.io.file.PathUtils;
import org.edition.EditionBuild;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The repository's real edition ({@code content/} and {@code templates/}), built once per test run
 * into a temporary folder, for the tests that check the pages a reader gets.
 */
public final class BuiltSeedSite {
    private static Path site;

    private BuiltSeedSite() {
    }

    /** The built site's folder; builds it on first use. */
    public static synchronized Path folder() {
        if (site == null) {
            try {
                Path dir = Files.createTempDirectory("edition-seed-site");
                Path out = dir.resolve("site");
                new EditionBuild("test").run(new EditionBuild.Options(Path.of("content"), Path.of("templates"), out,
                        Optional.empty()));
                site = out;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        PathUtils.deleteDirectory(dir);
                    } catch (IOException ignored) {
                        // A temporary folder; the system cleans it up if we cannot.
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return site;
    }

    /** A page of the built site, parsed. */
    public static Document page(String path) {
        try {
            return Jsoup.parse(folder().resolve(path).toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
