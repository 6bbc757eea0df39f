package org.edition.publish.snapshot;

/**
 * The {@code README.txt} at the top of every snapshot: what is where and how to check and use it, for
 * whoever opens the package without this tool or its documentation.
 */
final class SnapshotGuide {
    private SnapshotGuide() {
    }

    /** The guide's text for a snapshot. */
    static String text(Snapshot.Description d) {
        long epoch = d.instant().getEpochSecond();
        return """
                %s

                This folder is a BagIt 1.0 bag (RFC 8493), made by %s.
                It is dated %s: the edition's own date, not the day it was packed, so the
                same edition always gives the same bytes.

                WHAT IS WHERE
                  bagit.txt, bag-info.txt      the BagIt declaration; the bag's description and Payload-Oxum
                  manifest-sha256.txt          SHA-256 of every file under data/
                  manifest-sha512.txt          SHA-512 of every file under data/
                  tagmanifest-sha256.txt       SHA-256 of the files at this level (this one too)
                  tagmanifest-sha512.txt       SHA-512 of the same
                  data/site/                   the site as published: open data/site/index.html in a browser;
                                               data/site/.edition-manifest lists its files with their SHA-256
                  data/site/import-reports/    what the importer did to each source, intervention by intervention
                  data/content/                the content as received: edition.yaml, the editors' YAML files
                                               (glossary, annotations, themes, emendations) and sources/, each
                                               raw source text with its metadata sidecar
                  data/templates/              the templates the site was built from
                  data/web-archive/%s
                                               WARC 1.1: every file of the site as an HTTP response at its
                                               URL under %s
                  data/web-archive/%s
                                               WACZ 1.1.1 of the same WARC, for ReplayWeb.page

                CHECK IT
                  edition verify FOLDER-OR-ZIP           completeness, checksums, Payload-Oxum, tag manifests, WARC digests
                  sha256sum -c manifest-sha256.txt       from this folder, with GNU coreutils alone
                  sha512sum -c manifest-sha512.txt
                  sha256sum -c tagmanifest-sha256.txt
                  any BagIt validator (bagit-python: bagit.py --validate FOLDER; the Library of Congress's bagit-java)
                  any WARC reader (jwarc: java -jar jwarc.jar validate data/web-archive/%s;
                  warcio, pywb, OpenWayback)

                REBUILD THE SITE
                  SOURCE_DATE_EPOCH=%d edition build --content data/content --templates data/templates --out site
                  with %s gives the files of data/site/ again, byte for byte.
                """.formatted(d.summary(), d.software(), d.date(), SiteWarc.FILE, d.baseUrl(), SiteWacz.FILE,
                SiteWarc.FILE, epoch, d.software());
    }
}
