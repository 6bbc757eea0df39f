// Save-to-reload in the live preview against a full cold build, measured in the same run.
// Run by bench/preview.sh: java bench/PreviewBench.java URL WORK_DIR ROUNDS WARM_UPS
// For each kind of edit it makes a real file write to the edition in WORK_DIR (each save a real change,
// alternating between two versions), with a waiting live-reload request already held by the server
// (what the open tab's script does), and times from the write to the reloaded page: the server's
// "reload" answer, then the page and the stylesheets and scripts it links, as the tab fetches them.
// Between rounds it times `./edition build` of the same edition into a fresh folder (a cold build: a
// new JVM, as the editor runs it without the preview).
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class PreviewBench {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String PAGE = "reports/lo-2017.html";

    /** An edit: a file and two versions of one piece of it. */
    record Edit(String name, Path file, String from, String to) {
        void apply(boolean forth) throws IOException {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String a = forth ? from : to;
            String b = forth ? to : from;
            if (!text.contains(a)) {
                throw new IllegalStateException(file + " does not hold " + a);
            }
            Files.writeString(file, text.replaceFirst(Pattern.quote(a), Matcher.quoteReplacement(b)), StandardCharsets.UTF_8);
        }
    }

    public static void main(String[] args) throws Exception {
        URI site = URI.create(args[0]);
        Path work = Path.of(args[1]);
        int rounds = Integer.parseInt(args[2]);
        int warmUps = Integer.parseInt(args[3]);
        Path repo = Path.of("").toAbsolutePath();
        List<Edit> edits = List.of(
                new Edit("source text (lo-2017.txt)", work.resolve("content/sources/lo-2017.txt"), "lowest ebb", "lowest point"),
                new Edit("glossary entry (glossary.yaml)", work.resolve("content/glossary.yaml"), "signed by Ronald Reagan", "signed by President Ronald Reagan"),
                new Edit("page template (layout.ftlh)", work.resolve("templates/layout.ftlh"), "</footer>", "<p>Edited.</p></footer>"),
                new Edit("stylesheet (edition.css)", work.resolve("templates/assets/edition.css"), "\n", "\n/* edited */\n"));
        Map<String, List<Long>> times = new LinkedHashMap<>();
        edits.forEach(e -> times.put(e.name(), new ArrayList<>()));
        Map<String, List<Long>> firstSaves = new LinkedHashMap<>();
        edits.forEach(e -> firstSaves.put(e.name(), new ArrayList<>()));
        List<Long> cold = new ArrayList<>();
        boolean forth = true;
        for (int round = 0; round < warmUps + rounds; round++) {
            boolean measured = round >= warmUps;
            for (Edit edit : edits) {
                long ms = saveToReload(site, edit, forth);
                (measured ? times : firstSaves).get(edit.name()).add(ms);
            }
            forth = !forth;
            if (measured) {
                cold.add(coldBuild(repo, work, round));
            }
        }
        long coldMedian = median(cold);
        System.out.printf("cold ./edition build (new JVM, whole site): median %d ms, min %d, max %d  %s%n",
                coldMedian, Collections.min(cold), Collections.max(cold), cold);
        System.out.printf("%-34s %8s %6s %6s %8s%n", "save → reloaded page, after a", "median", "min", "max", "cold/warm");
        for (var e : times.entrySet()) {
            long m = median(e.getValue());
            System.out.printf("%-34s %5d ms %6d %6d %8.1f×  %s%n", e.getKey(), m, Collections.min(e.getValue()),
                    Collections.max(e.getValue()), (double) coldMedian / m, e.getValue());
        }
        System.out.println("the warm-up rounds (the first saves after the server started; not in the medians):");
        for (var e : firstSaves.entrySet()) {
            System.out.printf("%-34s %s%n", e.getKey(), e.getValue());
        }
    }

    /** Writes the edit with a live-reload request waiting, and times until the reloaded page and its assets are in. */
    static long saveToReload(URI site, Edit edit, boolean forth) throws Exception {
        long generation = generation(get(site.resolve(PAGE)).body());
        CompletableFuture<HttpResponse<String>> waiting = HTTP.sendAsync(HttpRequest.newBuilder(
                site.resolve("_edition/wait.js?generation=" + generation + "&failure=0")).build(), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300);
        if (waiting.isDone()) {
            throw new IllegalStateException("the preview answered before the save: " + waiting.get().body());
        }
        long t0 = System.nanoTime();
        edit.apply(forth);
        String answer = waiting.get(120, TimeUnit.SECONDS).body();
        if (!answer.startsWith("EditionPreview.reload()")) {
            throw new IllegalStateException("after " + edit.name() + " the preview answered " + answer);
        }
        String page = get(site.resolve(PAGE)).body();
        Matcher assets = Pattern.compile("<(?:link rel=\"stylesheet\" href|script src)=\"([^\"]+)\"").matcher(page);
        List<CompletableFuture<HttpResponse<byte[]>>> loads = new ArrayList<>();
        while (assets.find()) {
            loads.add(HTTP.sendAsync(HttpRequest.newBuilder(site.resolve(PAGE).resolve(assets.group(1))).build(),
                    HttpResponse.BodyHandlers.ofByteArray()));
        }
        for (var load : loads) {
            if (load.get(30, TimeUnit.SECONDS).statusCode() != 200) {
                throw new IllegalStateException("an asset of the page did not load: " + load.get().uri());
            }
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (generation(page) <= generation) {
            throw new IllegalStateException("the reloaded page is not of a new generation");
        }
        return ms;
    }

    static long coldBuild(Path repo, Path work, int round) throws Exception {
        Path out = work.resolve("cold-" + round);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(repo.resolve("edition").toString(), "build", "--content", work.resolve("content").toString(),
                "--templates", work.resolve("templates").toString(), "--out", out.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("./edition build failed");
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(uri + ": " + r.statusCode());
        }
        return r;
    }

    static long generation(String page) {
        Matcher m = Pattern.compile("data-generation=\"(\\d+)\"").matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("the page has no live-reload script");
        }
        return Long.parseLong(m.group(1));
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((sorted.size() - 1) / 2);
    }
}
