package dev.alexandria.core.internal.discovery;

import dev.alexandria.api.model.TagTaxonomy;
import dev.alexandria.spi.search.Vocabulary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The vocabulary search gives its backend: the built-in one ({@code vocabulary.txt} next to this class: AWS
 * service names and their abbreviations, and what people mean by "database", "queue" or "audit"), plus the
 * library's {@code tags.yaml} — each tag with its synonyms is a synonym group, and a parent tag finds its
 * children.
 */
final class SearchVocabulary {

    private static final String RESOURCE = "vocabulary.txt";
    private static volatile Vocabulary builtIn;

    private SearchVocabulary() {
    }

    /** @return the built-in vocabulary alone */
    static Vocabulary builtIn() {
        Vocabulary v = builtIn;
        if (v == null) {
            try (InputStream in = SearchVocabulary.class.getResourceAsStream(RESOURCE)) {
                Objects.requireNonNull(in, RESOURCE + " is missing from the class path");
                v = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("reading the built-in search vocabulary failed", e);
            }
            builtIn = v;
        }
        return v;
    }

    /**
     * @param tags the library's tag taxonomy
     * @return the built-in vocabulary and the tags' synonyms and parents
     */
    static Vocabulary forLibrary(TagTaxonomy tags) {
        Vocabulary base = builtIn();
        List<Vocabulary.SynonymGroup> groups = new ArrayList<>(base.synonyms());
        List<Vocabulary.Narrower> narrower = new ArrayList<>(withSynonymsOfBroaderTerms(base.synonyms(),
                base.narrower()));
        Map<String, List<String>> children = new LinkedHashMap<>();
        for (TagTaxonomy.TagDefinition t : tags.tags()) {
            List<String> terms = new ArrayList<>();
            terms.add(t.name());
            terms.addAll(t.synonyms());
            if (distinct(terms) >= 2) {
                groups.add(new Vocabulary.SynonymGroup(terms));
            }
            t.parent().ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(t.name()));
        }
        children.forEach((parent, kids) -> {
            List<String> n = new ArrayList<>(kids);
            n.remove(parent);
            if (!n.isEmpty()) {
                narrower.add(new Vocabulary.Narrower(parent, n));
            }
        });
        return new Vocabulary(groups, narrower);
    }

    /**
     * The narrower terms, and the same for each synonym of a broader term: terms of a group mean the same thing, so
     * each finds what the others find. Written as "schedule, cron" and "schedule => eventbridge", a search for
     * "schedule" found the EventBridge module and one for "cron" only the words "scheduled deletion" of an input's
     * description (issue 11: {@code search cron} put kms first); a backend expands a query term
     * only by the entries of that term.
     */
    static List<Vocabulary.Narrower> withSynonymsOfBroaderTerms(List<Vocabulary.SynonymGroup> groups,
                                                                List<Vocabulary.Narrower> narrower) {
        Map<String, List<String>> synonyms = new HashMap<>();
        for (Vocabulary.SynonymGroup g : groups) {
            for (String t : g.terms()) {
                synonyms.computeIfAbsent(t, k -> new ArrayList<>()).addAll(g.terms());
            }
        }
        Map<String, Set<String>> byTerm = new LinkedHashMap<>();
        for (Vocabulary.Narrower n : narrower) {
            byTerm.computeIfAbsent(n.term(), k -> new LinkedHashSet<>()).addAll(n.narrower());
        }
        Map<String, Set<String>> added = new LinkedHashMap<>();
        byTerm.forEach((term, narrowerTerms) -> {
            for (String synonym : synonyms.getOrDefault(term, List.of())) {
                Set<String> own = byTerm.getOrDefault(synonym, Set.of());
                for (String x : narrowerTerms) {
                    if (!x.equals(synonym) && !own.contains(x)) {
                        added.computeIfAbsent(synonym, k -> new LinkedHashSet<>()).add(x);
                    }
                }
            }
        });
        if (added.isEmpty()) {
            return narrower;
        }
        List<Vocabulary.Narrower> out = new ArrayList<>(narrower);
        added.forEach((term, x) -> out.add(new Vocabulary.Narrower(term, List.copyOf(x))));
        return out;
    }

    private static int distinct(List<String> terms) {
        Set<String> distinct = new HashSet<>();
        for (String t : terms) {
            distinct.add(t.strip().toLowerCase(Locale.ROOT));
        }
        return distinct.size();
    }

    /** Parses the format of {@code vocabulary.txt}: {@code a, b, c} for synonyms, {@code a => b, c} for narrower. */
    static Vocabulary parse(String text) {
        List<Vocabulary.SynonymGroup> groups = new ArrayList<>();
        List<Vocabulary.Narrower> narrower = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                try {
                    int arrow = l.indexOf("=>");
                    if (arrow >= 0) {
                        narrower.add(new Vocabulary.Narrower(l.substring(0, arrow).strip(),
                                terms(l.substring(arrow + 2))));
                    } else {
                        groups.add(new Vocabulary.SynonymGroup(terms(l)));
                    }
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(RESOURCE + ":" + n + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Vocabulary(groups, narrower);
    }

    /**
     * The comma-separated terms of a line, stripped, blanks left out. A loop rather than a stream: it runs for every
     * line of the vocabulary on each search's cold start, where a stream pipeline per line costs more than the work.
     */
    private static List<String> terms(String list) {
        List<String> out = new ArrayList<>();
        int from = 0;
        while (from <= list.length()) {
            int comma = list.indexOf(',', from);
            int to = comma < 0 ? list.length() : comma;
            String t = list.substring(from, to).strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
            from = to + 1;
        }
        return out;
    }
}
