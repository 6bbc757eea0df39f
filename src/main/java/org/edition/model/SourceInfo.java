package org.edition.model;

/**
 * The raw source file a report was made from.
 *
 * @param file       path relative to the content folder ({@code sources/lo-2017.txt})
 * @param receivedAs the file name it was received under, or empty
 * @param sha256     hex SHA-256 of the file's bytes
 * @param bytes      its size in bytes
 */
public record SourceInfo(String file, String receivedAs, String sha256, long bytes) {
}
