package org.edition.ingest.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The truth about one report of the corpus, read from its PDF's typography ({@code NAME.truth.json}).
 *
 * @param refs     the note numbers of the in-text references, in reading order ({@code "*"} for a star)
 * @param notes    the notes: number and the first characters of their text, in order (numbering may restart)
 * @param headings the section headings' texts
 */
record CorpusTruth(List<String> refs, List<Note> notes, List<String> headings) {

    /** One note of the truth. */
    record Note(String n, int page, String text) {
    }

    @SuppressWarnings("unchecked")
    static CorpusTruth read(Path file) throws IOException {
        // JSON is YAML 1.2: the YAML reader the project already has reads it.
        Map<String, Object> json = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(file, StandardCharsets.UTF_8));
        List<String> refs = ((List<Object>) json.get("refs")).stream().map(String::valueOf).toList();
        List<Note> notes = ((List<Map<String, Object>>) json.get("notes")).stream()
                .map(n -> new Note(String.valueOf(n.get("n")), ((Number) n.get("page")).intValue(), (String) n.get("text")))
                .toList();
        List<String> headings = ((List<Map<String, Object>>) json.get("headings")).stream()
                .map(h -> (String) h.get("text")).toList();
        return new CorpusTruth(refs, notes, headings);
    }
}
