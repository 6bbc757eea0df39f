package org.edition.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text of a tag file (bagit.txt, bag-info.txt, a manifest), read as UTF-8 — the encoding every
 * snapshot declares — and split into lines; and the {@code Label: value} fields of bagit.txt and
 * bag-info.txt, with RFC 8493's continuation lines (starting with a space or tab) joined to their field.
 */
final class TagText {
    /** A tag file larger than this is not read (a manifest of millions of files is far smaller). */
    private static final int LIMIT = 256 << 20;

    /** One {@code Label: value} field and the line it starts on. */
    record Field(String label, String value, int line) {
    }

    private TagText() {
    }

    /** The lines of a tag file, without their line ends. */
    static List<String> lines(BagSource bag, String name) throws IOException {
        byte[] bytes;
        try (InputStream in = bag.open(name)) {
            bytes = in.readNBytes(LIMIT + 1);
        }
        if (bytes.length > LIMIT) {
            throw new BagUnreadable(name, "is larger than " + (LIMIT >> 20) + " MB; not read");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BagUnreadable(name, "is not UTF-8 text");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\r\n|\r|\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** The fields of bagit.txt or bag-info.txt. */
    static List<Field> fields(BagSource bag, String name) throws IOException {
        List<Field> fields = new ArrayList<>();
        List<String> lines = lines(bag, name);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if ((line.startsWith(" ") || line.startsWith("\t")) && !fields.isEmpty()) {
                Field last = fields.remove(fields.size() - 1);
                fields.add(new Field(last.label(), last.value() + " " + line.strip(), last.line()));
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new BagUnreadable(name, i + 1, "not a 'Label: value' line: " + line);
            }
            fields.add(new Field(line.substring(0, colon).strip(), line.substring(colon + 1).strip(), i + 1));
        }
        return fields;
    }

    /** The first field with this label (labels compared without regard to case), if any. */
    static Optional<Field> first(List<Field> fields, String label) {
        return fields.stream().filter(f -> f.label().equalsIgnoreCase(label)).findFirst();
    }
}
