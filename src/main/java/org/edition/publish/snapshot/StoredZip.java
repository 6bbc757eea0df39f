package org.edition.publish.snapshot;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip file written the same way every time: every entry stored, not compressed (WACZ requires it of
 * WARCs and indexes, and a deflater's output differs between zlib builds, so compressed bytes could
 * differ between machines), every entry dated with one fixed local date and time, entries in the
 * order they are added.
 */
final class StoredZip implements Closeable {
    private final ZipOutputStream zip;
    private final LocalDateTime time;

    /**
     * @param out  where the zip goes; closed with this
     * @param time the date and time every entry carries (DOS time: no time zone)
     */
    StoredZip(OutputStream out, LocalDateTime time) {
        this.zip = new ZipOutputStream(out, java.nio.charset.StandardCharsets.UTF_8);
        this.zip.setMethod(ZipOutputStream.STORED);
        this.time = time;
    }

    /** Adds an entry from memory. */
    void add(String name, byte[] content) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(content);
        zip.putNextEntry(entry(name, content.length, crc.getValue()));
        zip.write(content);
        zip.closeEntry();
    }

    /** Adds an entry from a file, read twice: the checksum must be known before the entry is written. */
    void add(String name, Path file) throws IOException {
        CRC32 crc = new CRC32();
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
                size += n;
            }
        }
        zip.putNextEntry(entry(name, size, crc.getValue()));
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(zip);
        }
        zip.closeEntry();
    }

    private ZipEntry entry(String name, long size, long crc) {
        ZipEntry e = new ZipEntry(name);
        e.setMethod(ZipEntry.STORED);
        e.setSize(size);
        e.setCompressedSize(size);
        e.setCrc(crc);
        e.setTimeLocal(time);
        return e;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
