package org.edition.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.loc.repository.bagit.conformance.BagLinter;
import gov.loc.repository.bagit.conformance.BagitWarning;
import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.edition.TestEdition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;

/**
 * Snapshots read by other people's code: the Library of Congress's bagit-java validates the bag, and
 * jwarc's own validator (in a child JVM, as {@code java -jar jwarc.jar validate} runs it) reads the WARC.
 */
class IndependentReadersTest {
    @TempDir
    static Path dir;
    static TestEdition edition;
    static Path bag;

    @BeforeAll
    static void snapshot() throws IOException {
        edition = SnapshotEdition.at(dir.resolve("edition"));
        bag = dir.resolve("snapshot");
        TestEdition.Run run = SnapshotEdition.snapshot(edition, bag);
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void bagitJavaFindsTheBagValidAndHasNothingToLint() throws Exception {
        Bag read = new BagReader().read(bag);
        assertEquals("1.0", read.getVersion().toString());
        assertEquals(Set.of("SHA-256", "SHA-512"), new TreeSet<>(read.getPayLoadManifests().stream()
                .map(m -> m.getAlgorithm().getMessageDigestName()).toList()));
        assertEquals(2, read.getTagManifests().size());
        try (BagVerifier verifier = new BagVerifier()) {
            verifier.isValid(read, false); // throws on any missing, extra or damaged file; hidden files included
        }
        assertTrue(BagVerifier.canQuickVerify(read), "bagit-java finds a Payload-Oxum");
        BagVerifier.quicklyVerify(read);
        assertTrue(reference().containsAll(BagLinter.lintBag(bag)), "bagit-java's linter warns of our bag: "
                + BagLinter.lintBag(bag) + " beyond what it says of its own: " + reference());
        assertEquals(List.of("2024-03-15"), read.getMetadata().get("Bagging-Date"));
        assertEquals(List.of(SnapshotEdition.BASE_URL), read.getMetadata().get("External-Identifier"));
        assertTrue(read.getMetadata().get("Bag-Software-Agent").get(0).startsWith("edition "), read.getMetadata().toString());
    }

    /**
     * What bagit-java's linter says of a bag bagit-java made itself with the same two algorithms: with 5.2.0,
     * DIFFERENT_CASE (it fires for any two files) and WEAK_CHECKSUM_ALGORITHM (it wants SHA-512 alone).
     */
    private static Set<BagitWarning> reference() throws Exception {
        Path own = dir.resolve("bagit-java's own bag");
        if (!Files.exists(own)) {
            Files.createDirectories(own);
            Files.writeString(own.resolve("one.txt"), "one");
            Files.writeString(own.resolve("two.txt"), "two");
            gov.loc.repository.bagit.creator.BagCreator.bagInPlace(own, List.of(
                    gov.loc.repository.bagit.hash.StandardSupportedAlgorithms.SHA256,
                    gov.loc.repository.bagit.hash.StandardSupportedAlgorithms.SHA512), false);
        }
        return BagLinter.lintBag(own);
    }

    @Test
    void bagitJavaCatchesAFlippedByteInTheSnapshotItValidated(@TempDir Path copy) throws Exception {
        Path damaged = copy.resolve("snapshot");
        org.apache.commons.io.file.PathUtils.copyDirectory(bag, damaged);
        SnapshotEdition.flipByte(damaged.resolve("data/content/sources/alpha.md"), 10);
        Bag read = new BagReader().read(damaged);
        try (BagVerifier verifier = new BagVerifier()) {
            Exception e = org.junit.jupiter.api.Assertions.assertThrows(
                    gov.loc.repository.bagit.exceptions.CorruptChecksumException.class, () -> verifier.isValid(read, false));
            assertTrue(e.getMessage().contains("alpha.md"), e.getMessage());
        }
    }

    @Test
    void jwarcsValidatorPassesTheWarcWithAResponseForEveryPage() throws Exception {
        Path warc = bag.resolve("data/web-archive/edition.warc");
        SnapshotEdition.Child validate = SnapshotEdition.java(List.of(), SnapshotEdition.codeSource(WarcReader.class),
                "org.netpreserve.jwarc.tools.WarcTool", "validate", "--forbid-extensions", "--verbose", warc.toString());
        assertEquals(0, validate.exitCode(), validate.output());
        assertFalse(validate.output().contains("ERROR"), validate.output());
        List<String> responses = new ArrayList<>();
        List<String> lines = validate.output().lines().toList();
        int passes = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(" response application/http;msgtype=response")) {
                responses.add(lines.get(i + 1).strip());
            }
            passes += lines.get(i).strip().equals("payload digest pass") ? 1 : 0;
        }
        assertTrue(lines.get(1).contains("offset 0") && lines.get(1).contains("warcinfo"), "the WARC starts with its warcinfo: " + lines.get(1));
        List<String> pages;
        try (Stream<Path> walk = Files.walk(bag.resolve("data/site"))) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).map(p -> bag.resolve("data/site").relativize(p).toString()).sorted().toList();
        }
        assertTrue(pages.size() >= 5, pages.toString());
        for (String page : pages) {
            assertTrue(responses.contains(SnapshotEdition.BASE_URL + page), "no response for " + page + " in " + responses);
        }
        assertTrue(responses.contains(SnapshotEdition.BASE_URL), "the edition's own address answers: " + responses);
        assertTrue(responses.contains(SnapshotEdition.BASE_URL + "glossary/"), responses.toString());
        assertEquals(responses.size(), passes, "every response's payload digest was checked by jwarc");
        long siteFiles;
        try (Stream<Path> walk = Files.walk(bag.resolve("data/site"))) {
            siteFiles = walk.filter(Files::isRegularFile).count();
        }
        assertEquals(siteFiles + 2, responses.size(), "one response per site file, and one for each of the two folders with an index page");
    }
}
