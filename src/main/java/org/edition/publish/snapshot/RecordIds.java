package org.edition.publish.snapshot;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.UUID;

/**
 * WARC record ids derived from what a record holds, so the same edition gives the same ids: name-based
 * UUIDs of version 5 (SHA-1, RFC 4122 §4.3) in the URL namespace, named by the record's type, target,
 * date and content digest.
 */
final class RecordIds {
    /** RFC 4122's namespace for names that are URLs. */
    private static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    private RecordIds() {
    }

    /** The record id, as a {@code urn:uuid:} URI, for a name. */
    static URI of(String name) {
        MessageDigest sha1 = Fixity.digest("SHA-1");
        ByteBuffer namespace = ByteBuffer.allocate(16);
        namespace.putLong(URL_NAMESPACE.getMostSignificantBits()).putLong(URL_NAMESPACE.getLeastSignificantBits());
        sha1.update(namespace.array());
        sha1.update(name.getBytes(StandardCharsets.UTF_8));
        byte[] hash = sha1.digest();
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
        return URI.create("urn:uuid:" + new UUID(bits.getLong(), bits.getLong()));
    }
}
