package dev.alexandria.core.internal.discovery;

import dev.alexandria.spi.search.Facet;
import dev.alexandria.spi.search.FieldKind;
import dev.alexandria.spi.search.FieldSpec;
import dev.alexandria.spi.search.Filter;
import dev.alexandria.spi.search.Highlight;
import dev.alexandria.spi.search.IndexEntry;
import dev.alexandria.spi.search.IndexSpec;
import dev.alexandria.spi.search.IndexStats;
import dev.alexandria.spi.search.SearchDocument;
import dev.alexandria.spi.search.SearchHit;
import dev.alexandria.spi.search.SearchIndex;
import dev.alexandria.spi.search.SearchQuery;
import dev.alexandria.spi.search.SearchResults;
import dev.alexandria.spi.search.SyncResult;
import dev.alexandria.spi.search.Vocabulary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The in-memory index: documents are kept as word lists per field; a query is split into concepts (a word, or the
 * longest vocabulary term starting at that word) and each document's score sums, over the concepts, the best
 * BM25 score of the concept's alternatives, each field weighted by its boost. Searches read an immutable
 * snapshot, so they run concurrently with each other and with a sync.
 */
final class InMemorySearchIndex implements SearchIndex {

    private static final double K1 = 1.2;
    private static final double B = 0.75;
    /** Words of a query beyond this are ignored: a 10,000-character query adds nothing a shorter one does not. */
    private static final int MAX_QUERY_WORDS = 64;
    private static final int FRAGMENT_CHARS = 160;

    private final IndexSpec spec;
    private final List<FieldSpec> textFields;
    private final Map<List<String>, Set<List<String>>> vocabulary;
    private final int longestTerm;
    private volatile Snapshot snapshot = new Snapshot(List.of(), Map.of());
    private volatile SyncResult lastSync = SyncResult.none();
    private volatile boolean closed;
    /** Whether a sync happened: the first one builds the index from scratch. */
    private boolean synced;

    InMemorySearchIndex(IndexSpec spec) {
        this.spec = spec;
        this.textFields = spec.fields().stream().filter(f -> f.kind() == FieldKind.TEXT)
                .sorted(Comparator.comparingDouble(FieldSpec::boost).reversed()).toList();
        this.vocabulary = vocabulary(spec.vocabulary());
        this.longestTerm = vocabulary.keySet().stream().mapToInt(List::size).max().orElse(1);
    }

    private static Map<List<String>, Set<List<String>>> vocabulary(Vocabulary v) {
        Map<List<String>, Set<List<String>>> map = new HashMap<>();
        for (Vocabulary.SynonymGroup g : v.synonyms()) {
            List<List<String>> terms = g.terms().stream().map(Words::terms).filter(t -> !t.isEmpty()).toList();
            for (List<String> t : terms) {
                map.computeIfAbsent(t, k -> new LinkedHashSet<>(List.of(k))).addAll(terms);
            }
        }
        for (Vocabulary.Narrower n : v.narrower()) {
            List<String> t = Words.terms(n.term());
            if (!t.isEmpty()) {
                Set<List<String>> alts = map.computeIfAbsent(t, k -> new LinkedHashSet<>(List.of(k)));
                n.narrower().stream().map(Words::terms).filter(x -> !x.isEmpty()).forEach(alts::add);
            }
        }
        return map;
    }

    // ------------------------------------------------------------------ sync

    @Override
    public synchronized SyncResult sync(Collection<IndexEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        requireOpen();
        Set<String> ids = new HashSet<>();
        for (IndexEntry e : entries) {
            if (!ids.add(e.id())) {
                throw new IllegalArgumentException("two entries have the id '" + e.id() + "'");
            }
        }
        Snapshot old = snapshot;
        Map<String, Doc> byId = new HashMap<>();
        old.docs.forEach(d -> byId.put(d.id, d));
        List<Doc> docs = new ArrayList<>();
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        for (IndexEntry e : entries) {
            Doc held = byId.get(e.id());
            if (held != null && held.fingerprint.equals(e.fingerprint())) {
                docs.add(held);
                unchanged++;
                continue;
            }
            SearchDocument d = Objects.requireNonNull(e.document().get(), "the document of '" + e.id() + "'");
            if (!d.id().equals(e.id())) {
                throw new IllegalArgumentException("the entry '" + e.id() + "' gave a document with the id '"
                        + d.id() + "'");
            }
            spec.check(d);
            docs.add(new Doc(d, e.fingerprint()));
            if (held == null) {
                added++;
            } else {
                updated++;
            }
        }
        int removed = 0;
        for (Doc d : old.docs) {
            if (!ids.contains(d.id)) {
                removed++;
            }
        }
        docs.sort(Comparator.comparing(d -> d.id));
        snapshot = new Snapshot(docs, averageLengths(docs));
        lastSync = new SyncResult(added, updated, removed, unchanged, !synced);
        synced = true;
        return lastSync;
    }

    private Map<String, Double> averageLengths(List<Doc> docs) {
        Map<String, Double> avg = new HashMap<>();
        for (FieldSpec f : textFields) {
            double sum = 0;
            for (Doc d : docs) {
                sum += d.words.getOrDefault(f.name(), List.of()).size();
            }
            avg.put(f.name(), docs.isEmpty() ? 1 : Math.max(1, sum / docs.size()));
        }
        return avg;
    }

    // ------------------------------------------------------------------ search

    @Override
    public SearchResults search(SearchQuery query) {
        Objects.requireNonNull(query, "query");
        requireOpen();
        spec.check(query);
        Snapshot s = snapshot;
        List<Set<List<String>>> concepts = concepts(query.text());
        Map<List<String>, Map<String, Integer>> docFreqs = new HashMap<>();
        List<Scored> matches = new ArrayList<>();
        List<Filter> filters = query.filters();
        // Per filter, the documents matching the text that it alone refused (SearchResults.LeftOut).
        List<List<Scored>> refused = new ArrayList<>();
        filters.forEach(f -> refused.add(new ArrayList<>()));
        // Every document's score first: the relevance floor is a share of the best, whatever the filters.
        double[] scores = new double[s.docs.size()];
        double top = 0;
        for (int k = 0; k < scores.length; k++) {
            Doc d = s.docs.get(k);
            double score = 0;
            for (Set<List<String>> alternatives : concepts) {
                double best = 0;
                for (List<String> alt : alternatives) {
                    best = Math.max(best, score(d, alt, s, docFreqs));
                }
                score += best;
            }
            scores[k] = score;
            top = Math.max(top, score);
        }
        double floor = top * query.minRelativeScore();
        for (int k = 0; k < scores.length; k++) {
            Doc d = s.docs.get(k);
            double score = scores[k];
            if (!concepts.isEmpty() && (score <= 0 || score < floor)) {
                continue; // no match: counted nowhere
            }
            int failed = -1;
            boolean twice = false;
            for (int i = 0; i < filters.size() && !twice; i++) {
                if (!passes(d, filters.get(i))) {
                    twice = failed >= 0;
                    failed = i;
                }
            }
            if (twice) {
                continue; // dropping one filter would not show it: counted by none
            }
            (failed < 0 ? matches : refused.get(failed)).add(new Scored(d, score));
        }
        Comparator<Scored> byScore = Comparator.comparingDouble((Scored x) -> -x.score);
        Comparator<Scored> order = query.sort().field().map(f -> byNumber(f, query.sort().descending())
                .thenComparing(byScore)).orElse(byScore).thenComparing(x -> x.doc.id);
        matches.sort(order);
        List<Facet> facets = new ArrayList<>();
        for (String field : query.facets()) {
            Map<String, Long> counts = new TreeMap<>();
            for (Scored m : matches) {
                m.doc.keywords.getOrDefault(field, Set.of()).forEach(v -> counts.merge(v, 1L, Long::sum));
            }
            List<Facet.FacetValue> values = new ArrayList<>();
            counts.forEach((v, c) -> values.add(new Facet.FacetValue(v, c)));
            values.sort(Comparator.comparingLong((Facet.FacetValue v) -> -v.count()).thenComparing(Facet.FacetValue::value));
            facets.add(new Facet(field, values));
        }
        List<SearchHit> hits = new ArrayList<>();
        for (int i = query.offset(); i < matches.size() && hits.size() < query.limit(); i++) {
            Scored m = matches.get(i);
            hits.add(new SearchHit(m.doc.id, m.score, query.highlight() ? highlights(m.doc, concepts) : List.of()));
        }
        List<SearchResults.LeftOut> leftOut = new ArrayList<>();
        for (int i = 0; i < filters.size(); i++) {
            Filter f = filters.get(i);
            List<Scored> out = refused.get(i);
            long withoutValue = out.stream().filter(m -> !hasValue(m.doc, f.field())).count();
            List<String> best = out.stream().sorted(byScore.thenComparing(x -> x.doc.id))
                    .limit(SearchResults.LeftOut.BEST).map(m -> m.doc.id).toList();
            leftOut.add(new SearchResults.LeftOut(f, out.size(), withoutValue, best));
        }
        return new SearchResults(matches.size(), hits, facets, Map.of(), leftOut);
    }

    private static boolean hasValue(Doc d, String field) {
        return d.numbers.containsKey(field) || !d.keywords.getOrDefault(field, Set.of()).isEmpty();
    }

    private static Comparator<Scored> byNumber(String field, boolean descending) {
        return (a, b) -> {
            Double x = a.doc.numbers.get(field);
            Double y = b.doc.numbers.get(field);
            if (x == null || y == null) {
                return x == null ? (y == null ? 0 : 1) : -1;
            }
            return descending ? Double.compare(y, x) : Double.compare(x, y);
        };
    }

    /** Each concept of the query: its alternatives as word lists (the words themselves first). */
    private List<Set<List<String>>> concepts(String text) {
        List<String> words = Words.terms(text);
        if (words.size() > MAX_QUERY_WORDS) {
            words = words.subList(0, MAX_QUERY_WORDS);
        }
        List<Set<List<String>>> concepts = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int taken = 1;
            Set<List<String>> alternatives = null;
            for (int k = Math.min(longestTerm, words.size() - i); k >= 1; k--) {
                Set<List<String>> alts = vocabulary.get(words.subList(i, i + k));
                if (alts != null) {
                    alternatives = alts;
                    taken = k;
                    break;
                }
            }
            concepts.add(alternatives != null ? alternatives : Set.of(List.of(words.get(i))));
            i += taken;
        }
        return concepts;
    }

    private double score(Doc d, List<String> term, Snapshot s, Map<List<String>, Map<String, Integer>> docFreqs) {
        double total = 0;
        for (FieldSpec f : textFields) {
            int tf = d.count(f.name(), term);
            if (tf == 0) {
                continue;
            }
            int df = docFreqs.computeIfAbsent(term, t -> new HashMap<>()).computeIfAbsent(f.name(), name -> {
                int n = 0;
                for (Doc other : s.docs) {
                    if (other.count(name, term) > 0) {
                        n++;
                    }
                }
                return n;
            });
            int n = s.docs.size();
            double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
            double len = d.words.getOrDefault(f.name(), List.of()).size();
            double norm = tf * (K1 + 1) / (tf + K1 * (1 - B + B * len / s.avgLength.get(f.name())));
            total += f.boost() * idf * norm;
        }
        return total;
    }

    private static boolean passes(Doc d, Filter f) {
        if (f instanceof Filter.AnyOf a) {
            return d.keywords.getOrDefault(a.field(), Set.of()).stream().anyMatch(a.values()::contains);
        } else if (f instanceof Filter.NoneOf n) {
            return d.keywords.getOrDefault(n.field(), Set.of()).stream().noneMatch(n.values()::contains);
        } else if (f instanceof Filter.Range r) {
            Double v = d.numbers.get(r.field());
            return v != null && r.contains(v);
        }
        return !hasValue(d, f.field());
    }

    // ------------------------------------------------------------------ highlights

    private List<Highlight> highlights(Doc d, List<Set<List<String>>> concepts) {
        if (concepts.isEmpty()) {
            return List.of();
        }
        List<Highlight> out = new ArrayList<>();
        for (FieldSpec f : textFields) {
            for (String value : d.source.text(f.name())) {
                Optional<Highlight> h = highlight(f.name(), value, concepts);
                if (h.isPresent()) {
                    out.add(h.get());
                    break;
                }
            }
            if (out.size() == 3) {
                break;
            }
        }
        return out;
    }

    private static Optional<Highlight> highlight(String field, String value, List<Set<List<String>>> concepts) {
        List<Words.Word> words = Words.split(value);
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            for (Set<List<String>> alts : concepts) {
                for (List<String> alt : alts) {
                    if (alt.size() > matched && startsAt(words, i, alt)) {
                        matched = alt.size();
                    }
                }
            }
            if (matched > 0) {
                spans.add(new int[] {words.get(i).start(), words.get(i + matched - 1).end()});
                i += matched;
            } else {
                i++;
            }
        }
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        int from = Math.max(0, spans.get(0)[0] - FRAGMENT_CHARS / 3);
        while (from > 0 && !Character.isWhitespace(value.charAt(from - 1))) {
            from--;
            if (spans.get(0)[0] - from > FRAGMENT_CHARS / 2) {
                break;
            }
        }
        int to = Math.min(value.length(), from + FRAGMENT_CHARS);
        List<Highlight.Span> inFragment = new ArrayList<>();
        for (int[] s : spans) {
            if (s[0] >= from && s[1] <= to) {
                inFragment.add(new Highlight.Span(s[0] - from, s[1] - from));
            }
        }
        return Optional.of(new Highlight(field, value.substring(from, to), inFragment));
    }

    private static boolean startsAt(List<Words.Word> words, int i, List<String> term) {
        if (i + term.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < term.size(); k++) {
            if (!words.get(i + k).term().equals(term.get(k))) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ stats, close

    @Override
    public IndexStats stats() {
        requireOpen();
        Snapshot s = snapshot;
        long size = 0;
        for (Doc d : s.docs) {
            size += d.size;
        }
        return new IndexStats(s.docs.size(), size, Optional.empty(), lastSync);
    }

    @Override
    public void close() {
        closed = true;
        snapshot = new Snapshot(List.of(), Map.of());
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the search index is closed");
        }
    }

    @Override
    public String toString() {
        return "InMemorySearchIndex{documents=" + snapshot.docs.size() + "}";
    }

    private record Snapshot(List<Doc> docs, Map<String, Double> avgLength) {
    }

    private record Scored(Doc doc, double score) {
    }

    /** A document as the index keeps it. */
    private static final class Doc {
        final String id;
        final String fingerprint;
        final SearchDocument source;
        final Map<String, List<String>> words = new LinkedHashMap<>();
        final Map<String, Set<String>> keywords = new HashMap<>();
        final Map<String, Double> numbers;
        final long size;

        Doc(SearchDocument d, String fingerprint) {
            this.id = d.id();
            this.fingerprint = fingerprint;
            this.source = d;
            long chars = 0;
            for (var e : d.text().entrySet()) {
                List<String> all = new ArrayList<>();
                for (String v : e.getValue()) {
                    if (!all.isEmpty()) {
                        all.add("");
                    }
                    all.addAll(Words.terms(v));
                    chars += v.length();
                }
                words.put(e.getKey(), all);
            }
            d.keywords().forEach((k, v) -> keywords.put(k, new HashSet<>(v)));
            this.numbers = d.numbers();
            this.size = 2 * chars + 64;
        }

        /** How often the word sequence occurs in a field. */
        int count(String field, List<String> term) {
            List<String> ws = words.get(field);
            if (ws == null) {
                return 0;
            }
            int n = 0;
            outer:
            for (int i = 0; i + term.size() <= ws.size(); i++) {
                for (int k = 0; k < term.size(); k++) {
                    if (!ws.get(i + k).equals(term.get(k))) {
                        continue outer;
                    }
                }
                n++;
            }
            return n;
        }
    }
}
