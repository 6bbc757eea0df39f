package org.edition.publish.snapshot;

import org.edition.publish.MediaTypes;

/**
 * One file of the site as the WARC holds it: a response at a URL.
 *
 * @param url   the URL the response is recorded at
 * @param path  the site path it holds
 * @param title the page's title for an HTML page, otherwise empty
 */
record Capture(String url, String path, String title) {

    /** Whether this is an HTML page, listed among the web archive's pages. */
    boolean page() {
        return MediaTypes.isPage(path);
    }
}
