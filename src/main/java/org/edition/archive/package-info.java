/**
 * Verifying a snapshot without the project that made it: reads a BagIt bag from a folder or a zip and
 * checks what RFC 8493 asks of a valid bag — every manifest entry present, nothing unlisted in the payload,
 * every checksum, the Payload-Oxum, the tag manifests — and, inside the payload, every WARC record's
 * block and payload digests and every WACZ's datapackage digests. Each problem names its file.
 */
package org.edition.archive;
