package org.edition.archive;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The outcome of verifying a snapshot: its problems, and what was checked.
 *
 * @param snapshot the snapshot as the user named it
 * @param findings its problems, gravest first; empty when it is valid
 * @param checked  what was checked
 */
public record Verification(String snapshot, List<Finding> findings, Checked checked) {
    public Verification {
        findings = findings.stream().sorted(Finding.IN_ORDER).toList();
    }

    /**
     * What a verification covered.
     *
     * @param version       the bag's BagIt-Version
     * @param payloadFiles  files under data/
     * @param payloadBytes  their total size
     * @param oxum          whether bag-info.txt gives a Payload-Oxum (compared when it does)
     * @param algorithms    the payload manifests' algorithms, in upper case ({@code SHA-256})
     * @param checksums     checksums recomputed, payload and tag files together
     * @param tagFiles      tag files checked against the tag manifests
     * @param tagManifests  tag manifests read
     * @param warcs         WARC files read (inside WACZ files too)
     * @param warcRecords   records in them
     * @param warcDigests   block and payload digests recomputed
     * @param waczs         WACZ files read
     * @param waczResources resources their datapackages list
     */
    public record Checked(String version, int payloadFiles, long payloadBytes, boolean oxum, List<String> algorithms,
            int checksums, int tagFiles, int tagManifests, int warcs, int warcRecords, int warcDigests, int waczs,
            int waczResources) {
        public Checked {
            algorithms = List.copyOf(algorithms);
        }

        /** Nothing checked: the bag could not be read. */
        static final Checked NOTHING = new Checked("", 0, 0, false, List.of(), 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** Whether the snapshot passed every check. */
    public boolean valid() {
        return findings.isEmpty();
    }

    /** The gravest kind of problem found, if any. */
    public Optional<Finding.Kind> gravest() {
        return findings.stream().map(Finding::kind).min(Enum::compareTo);
    }

    /** One line saying what was checked, for a valid snapshot. */
    public String summary() {
        Checked c = checked;
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "verified %s: a complete and valid BagIt %s bag; %d payload files, %d bytes%s; every %s checksum and the tag manifests' (%d checksums, %d tag files in %d tag manifests)",
                snapshot, c.version(), c.payloadFiles(), c.payloadBytes(), c.oxum() ? " as its Payload-Oxum says" : " (no Payload-Oxum)",
                String.join(" and ", c.algorithms()), c.checksums(), c.tagFiles(), c.tagManifests()));
        if (c.warcs() > 0) {
            s.append(String.format(Locale.ROOT, "; %d block and payload digests of %d records in %d WARC file%s",
                    c.warcDigests(), c.warcRecords(), c.warcs(), c.warcs() == 1 ? "" : "s"));
        }
        if (c.waczs() > 0) {
            s.append(String.format(Locale.ROOT, "; the %d resources of %d WACZ file%s", c.waczResources(), c.waczs(),
                    c.waczs() == 1 ? "" : "s"));
        }
        return s.toString();
    }
}
