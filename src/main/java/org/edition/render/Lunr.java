package org.edition.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** lunr.js, the client-side search library, taken from its WebJar on the class path. */
final class Lunr {
    /** Where it goes in the site. */
    static final String PATH = "assets/lunr.min.js";
    private static final String RESOURCE = "/META-INF/resources/webjars/lunr/2.3.9/lunr.min.js";

    private Lunr() {
    }

    /** The minified library, as shipped by its authors. */
    static byte[] script() {
        try (InputStream in = Lunr.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("lunr is missing from the class path: " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
