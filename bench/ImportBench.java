// The text importers' own time on the real corpus: each text imported ROUNDS times in one warm JVM,
// after WARM_UPS rounds that are not counted. Run by bench/text-import.sh:
//   java -cp target/edition.jar bench/ImportBench.java ROUNDS WARM_UPS FILE...
// Prints, per text, its pages (form feeds + 1, or as the import found them), its size and the median
// milliseconds of decoding, choosing the importer and importing. Nothing is asserted anywhere.
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.edition.ingest.importer.Importers;
import org.edition.ingest.source.FrontMatter;
import org.edition.ingest.source.SourceDecoder;

public class ImportBench {
    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        int warmUps = Integer.parseInt(args[1]);
        Importers importers = Importers.standard();
        System.out.printf("%-36s %6s %8s %10s%n", "text", "pages", "KB", "median ms");
        for (int f = 2; f < args.length; f++) {
            Path file = Path.of(args[f]);
            byte[] bytes = Files.readAllBytes(file);
            List<Long> times = new ArrayList<>();
            for (int r = 0; r < warmUps + rounds; r++) {
                long t = System.nanoTime();
                var source = FrontMatter.split(SourceDecoder.decode(file.toString(), bytes)).body();
                importers.importSource(source, Optional.empty());
                if (r >= warmUps) {
                    times.add((System.nanoTime() - t) / 1_000_000);
                }
            }
            Collections.sort(times);
            long pages = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).chars().filter(c -> c == '\f').count() + 1;
            System.out.printf("%-36s %6d %8d %10d%n", file.getFileName(), pages, bytes.length / 1024, times.get(times.size() / 2));
        }
    }
}
