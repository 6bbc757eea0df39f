package org.edition.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcPayload;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Reads a WARC file with jwarc and recomputes, for every record that carries them, its
 * {@code WARC-Block-Digest} (over the whole record block) and its {@code WARC-Payload-Digest} (over the
 * HTTP response's body), as jwarc's own validator does. A record that cannot be parsed is damage too.
 */
final class WarcCheck {

    /**
     * What was found in one WARC.
     *
     * @param records  how many records it holds
     * @param digests  how many digests were recomputed
     * @param findings its problems
     */
    record Result(int records, int digests, List<Finding> findings) {
    }

    private WarcCheck() {
    }

    /**
     * Checks a WARC.
     *
     * @param file the WARC's path in the bag, for the findings
     * @param in   its bytes (left unclosed)
     */
    static Result check(String file, InputStream in) {
        List<Finding> findings = new ArrayList<>();
        int records = 0;
        int digests = 0;
        long position = 0;
        try {
            WarcReader reader = new WarcReader(in);
            reader.calculateBlockDigest();
            List<String> warnings = new ArrayList<>();
            reader.onWarning(warnings::add);
            for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
                WarcRecord record = next.get();
                position = reader.position();
                records++;
                String where = describe(record, records, position);
                if (record instanceof WarcResponse response) {
                    Optional<WarcPayload> payload = response.payload();
                    if (payload.isPresent() && payload.get().digest().isPresent()) {
                        digests++;
                        WarcDigest expected = payload.get().digest().get();
                        Optional<WarcDigest> actual = digestOf(payload.get().body(), expected);
                        if (actual.isPresent() && !actual.get().equals(expected)) {
                            findings.add(damaged(file, where + ": its WARC-Payload-Digest is " + hex(expected)
                                    + " but the payload's is " + hex(actual.get())));
                        }
                    }
                }
                record.body().consume();
                // jwarc's calculated digest is final once taken (MessageDigest.digest() resets): take it once.
                Optional<WarcDigest> calculated = record.blockDigest().isPresent() ? record.calculatedBlockDigest() : Optional.empty();
                if (calculated.isPresent()) {
                    digests++;
                    WarcDigest expected = record.blockDigest().get();
                    WarcDigest actual = calculated.get();
                    if (!actual.equals(expected)) {
                        findings.add(damaged(file, where + ": its WARC-Block-Digest is " + hex(expected)
                                + " but the block's is " + hex(actual)));
                    }
                }
                for (String warning : warnings) {
                    findings.add(damaged(file, where + ": " + warning));
                }
                warnings.clear();
            }
        } catch (ParsingException e) {
            findings.add(damaged(file, "cannot be read as a WARC after offset " + position + ": " + e.getBaseMessage()));
        } catch (IOException | RuntimeException e) {
            findings.add(damaged(file, "cannot be read as a WARC after offset " + position + ": " + e.getMessage()));
        }
        return new Result(records, digests, findings);
    }

    private static String describe(WarcRecord record, int number, long position) {
        String target = record instanceof WarcTargetRecord t ? " " + t.target() : "";
        return "record " + number + " (" + record.type() + target + ", at byte " + position + ")";
    }

    /** The digest of a body in the expected digest's algorithm, or empty if the algorithm is unknown here. */
    private static Optional<WarcDigest> digestOf(MessageBody body, WarcDigest like) throws IOException {
        MessageDigest md;
        try {
            md = like.getDigester();
        } catch (NoSuchAlgorithmException e) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        while (body.read(buffer) >= 0) {
            buffer.flip();
            md.update(buffer);
            buffer.clear();
        }
        return Optional.of(new WarcDigest(md));
    }

    /** A digest as {@code sha256:HEX}, whatever encoding the record used, so two can be compared by eye. */
    private static String hex(WarcDigest d) {
        return d.algorithm() + ":" + d.hex();
    }

    private static Finding damaged(String file, String detail) {
        return new Finding(Finding.Kind.DAMAGED, file, 0, detail);
    }
}
