package dev.alexandria.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.alexandria.api.Library;
import dev.alexandria.api.model.SearchResult;
import dev.alexandria.api.model.SearchSort;
import dev.alexandria.core.Alexandria;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The relevance evaluation: runs graded queries against a library with each search backend and prints hit@3 (the
 * share of queries with a grade-3 module among the first three hits), nDCG@5 (graded gain, the grades as
 * gains) and MRR (the mean of 1 / the rank of the first grade-3 module, within the first ten hits), overall and per
 * kind of query.
 *
 * <pre>{@code
 * java -cp <classpath> dev.alexandria.benchmarks.SearchEvaluation \
 *     --library alexandria-examples/sample-library/components/terraform \
 *     --queries alexandria-benchmarks/eval/sample-library/search-queries.yaml \
 *     [--backend alexandria-lucene --backend alexandria-in-memory] [--misses]
 * }</pre>
 *
 * <p>{@code --misses} also lists, for each query without a hit, the first five hits; {@code --per-query} lists
 * every query's nDCG@5 and first five hits (to see which queries a ranking change moved). {@code
 * alexandria-benchmarks/eval/search-eval.sh} builds the class path and runs both query sets.
 *
 * @since 0.1.0
 */
public final class SearchEvaluation {

    private SearchEvaluation() {
    }

    /** One graded query. */
    record Query(String id, String text, String kind, Map<String, Integer> relevant) {
    }

    /** The scores of one query. */
    record Score(Query query, boolean hit, double ndcg, double reciprocalRank, List<String> top, long matches,
            long gradedMatched, long gradedByDownloads, int byDownloads) {
    }

    /**
     * Runs the evaluation.
     *
     * @param args {@code --library PATH --queries FILE [--backend NAME]... [--misses] [--per-query]}
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path library = null;
        Path queries = null;
        List<String> backends = new ArrayList<>();
        boolean misses = false;
        boolean perQuery = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--library" -> library = Path.of(args[++i]);
                case "--queries" -> queries = Path.of(args[++i]);
                case "--backend" -> backends.add(args[++i]);
                case "--misses" -> misses = true;
                case "--per-query" -> perQuery = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; use --library PATH --queries FILE [--backend NAME]... [--misses] [--per-query]");
            }
        }
        if (library == null || queries == null) {
            throw new IllegalArgumentException("use --library PATH --queries FILE [--backend NAME]... [--misses] [--per-query]");
        }
        if (backends.isEmpty()) {
            backends = List.of("alexandria-lucene", "alexandria-in-memory");
        }
        List<Query> qs = read(queries);
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "%s: %d queries over %s%n", queries.getFileName(), qs.size(), library);
        for (String backend : backends) {
            Library lib = Alexandria.builder().root(library).searchBackend(backend).open();
            long t0 = System.nanoTime();
            lib.search("").limit(1).run();
            double indexMs = (System.nanoTime() - t0) / 1e6;
            long start = System.nanoTime();
            List<Score> scores = new ArrayList<>();
            for (Query q : qs) {
                SearchResult r = lib.search(q.text()).limit(ALL).run();
                List<String> byDownloads = ids(lib.search(q.text()).sort(SearchSort.POPULARITY).limit(5).run());
                scores.add(score(q, ids(r), r.total(), byDownloads));
            }
            double ms = (System.nanoTime() - start) / 1e6;
            report(out, backend, scores, indexMs, ms);
            if (perQuery) {
                for (Score s : scores) {
                    out.printf(Locale.ROOT, "    query %-36s nDCG@5 %.3f \"%s\" -> %s%n", s.query().id(), s.ndcg(),
                            s.query().text(), s.top());
                }
            }
            if (misses) {
                for (Score s : scores) {
                    if (!s.hit()) {
                        out.printf(Locale.ROOT, "    miss %-36s \"%s\" -> %s%n", s.query().id(), s.query().text(),
                                s.top());
                    }
                }
            }
        }
    }

    static List<Query> read(Path file) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
        List<Query> out = new ArrayList<>();
        for (JsonNode q : root.path("queries")) {
            Map<String, Integer> relevant = new LinkedHashMap<>();
            q.path("relevant").properties().forEach(e -> relevant.put(e.getKey(), e.getValue().asInt()));
            out.add(new Query(q.path("id").asText(), q.path("query").asText(), q.path("kind").asText(), relevant));
        }
        return out;
    }

    /** How deep MRR looks: a query whose first grade-3 module is below this rank counts 0. */
    static final int MRR_DEPTH = 10;

    /** How many hits a query asks for: all of them in a library of a few hundred modules. */
    static final int ALL = 500;

    /**
     * The scores of one query: hit@3 and nDCG@5 from the first five hits, and the reciprocal rank (1 / the rank of
     * the first grade-3 module within the first {@value #MRR_DEPTH}, else 0), whose mean over queries is MRR.
     */
    static Score score(Query q, List<String> all) {
        return score(q, all, all.size(), List.of());
    }

    /**
     * @param all   the hits, best first (up to {@value #ALL})
     * @param total how many modules match
     * @param byDownloads the first five hits sorted by popularity
     * @return the scores, with how many modules matched, how many graded ones are among them, and how many graded
     *         ones are among the first five by popularity
     */
    static Score score(Query q, List<String> all, long total, List<String> byDownloads) {
        double reciprocalRank = 0;
        for (int i = 0; i < Math.min(MRR_DEPTH, all.size()); i++) {
            if (q.relevant().getOrDefault(all.get(i), 0) == 3) {
                reciprocalRank = 1.0 / (i + 1);
                break;
            }
        }
        List<String> top = all.subList(0, Math.min(5, all.size()));
        boolean hit = top.stream().limit(3).anyMatch(id -> q.relevant().getOrDefault(id, 0) == 3);
        double dcg = 0;
        for (int i = 0; i < Math.min(5, top.size()); i++) {
            dcg += q.relevant().getOrDefault(top.get(i), 0) / log2(i + 2);
        }
        List<Integer> ideal = q.relevant().values().stream().sorted((a, b) -> b - a).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(5, ideal.size()); i++) {
            idcg += ideal.get(i) / log2(i + 2);
        }
        long graded = all.stream().filter(q.relevant()::containsKey).count();
        return new Score(q, hit, idcg == 0 ? 0 : dcg / idcg, reciprocalRank, top, total, graded,
                byDownloads.stream().filter(q.relevant()::containsKey).count(), byDownloads.size());
    }

    private static List<String> ids(SearchResult result) {
        return result.hits().stream().map(h -> h.module().id().value()).toList();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static void report(PrintStream out, String backend, List<Score> scores, double indexMs, double ms) {
        Map<String, List<Score>> byKind = new TreeMap<>();
        scores.forEach(s -> byKind.computeIfAbsent(s.query().kind(), k -> new ArrayList<>()).add(s));
        out.printf(Locale.ROOT, "  %-22s hit@3 %5.1f%%  nDCG@5 %.3f  MRR %.3f  (%d queries in %.0f ms; index built in "
                + "%.0f ms)%n", backend, 100.0 * hits(scores) / scores.size(), ndcg(scores), mrr(scores), scores.size(),
                ms, indexMs);
        long graded = scores.stream().mapToLong(s -> s.query().relevant().size()).sum();
        out.printf(Locale.ROOT, "    matches per query: mean %.1f, median %d; graded modules matched %d of %d%n",
                scores.stream().mapToLong(Score::matches).average().orElse(0),
                scores.stream().mapToLong(Score::matches).sorted().skip(scores.size() / 2).findFirst().orElse(0),
                scores.stream().mapToLong(Score::gradedMatched).sum(), graded);
        out.printf(Locale.ROOT, "    sorted by popularity: graded modules among the first five %d of %d%n",
                scores.stream().mapToLong(Score::gradedByDownloads).sum(),
                scores.stream().mapToLong(Score::byDownloads).sum());
        byKind.forEach((kind, s) -> out.printf(Locale.ROOT, "    %-20s hit@3 %5.1f%%  nDCG@5 %.3f  MRR %.3f  (%d)%n",
                kind, 100.0 * hits(s) / s.size(), ndcg(s), mrr(s), s.size()));
    }

    private static long hits(List<Score> s) {
        return s.stream().filter(Score::hit).count();
    }

    private static double ndcg(List<Score> s) {
        return s.stream().mapToDouble(Score::ndcg).average().orElse(0);
    }

    /** Mean reciprocal rank of the first grade-3 module, within the first {@value #MRR_DEPTH} hits. */
    static double mrr(List<Score> s) {
        return s.stream().mapToDouble(Score::reciprocalRank).average().orElse(0);
    }
}
