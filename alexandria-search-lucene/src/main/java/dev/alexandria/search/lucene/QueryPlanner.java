package dev.alexandria.search.lucene;

import dev.alexandria.spi.search.FieldKind;
import dev.alexandria.spi.search.FieldSpec;
import dev.alexandria.spi.search.IndexSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CachingTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;

/**
 * Turns what a user typed into a Lucene query, never parsing it as a query language.
 *
 * <p>The text is first corrected (see {@link SpellCorrector}), then run through the query analyzer, whose synonym
 * graph is cut at its articulation points into <em>concepts</em>: one word, or a span of words with its
 * alternatives (a synonym, a multi-word term, a narrower term). Each concept scores, in each text field, as one
 * blended term ({@link SynonymQuery}) or a phrase, weighted by the field's boost; a concept takes its best field
 * (plus a little of the others), and a document's score is the sum over the concepts it matches; the best
 * candidates then get a constant {@value #COVERAGE} for each concept they match at all (see
 * {@code LuceneSearchIndex}). So a document covering more of the query ranks higher,
 * whichever fields the words are in, even when one word matches another document's name strongly. An alternative
 * weighs by what it is to the words typed, which the vocabulary's direction says (see {@link Kind}): a little less
 * than its own weight, never more than the words typed (a phrase otherwise weighs the sum of its words' IDFs), and a
 * single word that is another name of a typed phrase ("alb") at least a little less than the phrase.
 */
final class QueryPlanner {

    /** Text beyond this is ignored: nobody types more, and 10,000 characters must still be answered quickly. */
    static final int MAX_TEXT_CHARS = 1_000;
    /** Concepts beyond this are ignored (Lucene caps boolean clauses; long queries gain nothing from more). */
    static final int MAX_CONCEPTS = 32;
    /** An equivalent of the vocabulary ({@code a, b}) weighs this much of the words the user typed. */
    static final float SYNONYM_WEIGHT = 0.8f;
    /** A narrower term of a one-way rule ({@code a => b}) weighs this much of its own weight. */
    static final float NARROWER_WEIGHT = 0.8f;
    /** How much a concept's other fields add to its best field. */
    static final float TIE_BREAKER = 0.2f;
    /** What each matched concept adds on top of its BM25 score, so covering more of the query wins. */
    static final float COVERAGE = 2f;

    private final Analyzer query;
    private final List<FieldSpec> textFields;
    private final SpellCorrector corrector;
    private final List<String> lookupFields;

    /**
     * @param lookupFields the text fields, in the order the plan's {@link TermLookup} keeps them
     */
    QueryPlanner(IndexSpec spec, Analyzer query, SpellCorrector corrector, List<String> lookupFields) {
        this.query = query;
        this.textFields = spec.fields().stream().filter(f -> f.kind() == FieldKind.TEXT).toList();
        this.corrector = corrector;
        this.lookupFields = lookupFields;
    }

    /**
     * A planned query: the Lucene query (null when the text has no words), its concepts (whose matches earn the
     * coverage bonus), what to highlight — the analyzed words the query matches alone, and the phrases (multi-word
     * alternatives) it matches only as phrases, whose words are marked only where they stand together — and the
     * corrections.
     */
    record Plan(Query query, List<ConceptMatch> concepts, Set<String> words, Set<List<String>> phrases,
            Map<String, String> corrections, TermLookup lookup) {
    }

    /**
     * What a document must hold, in any text field, to match one concept: one of its single words, or one of its
     * phrases ({@code phrases} is null when the concept has none).
     */
    record ConceptMatch(Set<String> words, Query phrases) {
    }

    /**
     * @param correctionCache the corrections already looked up in this reader (see {@link SpellCorrector#correct})
     * @param savedCorrections the spelling checker's answers saved for this reader's commit
     */
    Plan plan(String text, IndexReader reader, Map<String, Optional<String>> correctionCache,
              SavedCorrections savedCorrections) {
        String cut = text.length() > MAX_TEXT_CHARS ? text.substring(0, MAX_TEXT_CHARS) : text;
        SpellCorrector.Corrected corrected = corrector.correct(cut, reader, correctionCache, savedCorrections);
        List<Concept> concepts = concepts(corrected.text());
        if (concepts.isEmpty()) {
            return new Plan(null, List.of(), Set.of(), Set.of(), corrected.corrections(), null);
        }
        Set<String> terms = new LinkedHashSet<>();
        Set<String> single = new LinkedHashSet<>();
        Set<List<String>> phrases = new LinkedHashSet<>();
        for (Concept c : concepts) {
            for (List<String> path : c.paths.keySet()) {
                terms.addAll(path);
                if (path.size() == 1) {
                    single.add(path.get(0));
                } else {
                    phrases.add(path);
                }
            }
        }
        TermLookup lookup;
        try {
            lookup = TermLookup.of(reader, lookupFields, List.copyOf(terms));
        } catch (IOException e) {
            throw new UncheckedIOException("looking up the query's words failed", e);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        List<ConceptMatch> conceptMatches = new ArrayList<>();
        for (Concept c : concepts) {
            Set<String> words = new LinkedHashSet<>();
            List<List<String>> conceptPhrases = new ArrayList<>();
            for (List<String> path : c.paths.keySet()) {
                if (path.size() == 1) {
                    words.add(path.get(0));
                } else {
                    conceptPhrases.add(path);
                }
            }
            conceptMatches.add(new ConceptMatch(words,
                    conceptPhrases.isEmpty() ? null : anyField(List.of(), conceptPhrases)));
            all.add(perFieldQuery(c, lookup, reader), BooleanClause.Occur.SHOULD);
        }
        return new Plan(all.build(), conceptMatches, single, phrases, corrected.corrections(), lookup);
    }

    /** Documents holding one of the words or phrases in any text field, unscored. */
    private Query anyField(Collection<String> words, List<List<String>> phrases) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (FieldSpec f : textFields) {
            if (!words.isEmpty()) {
                b.add(words.size() == 1 ? new TermQuery(new Term(f.name(), words.iterator().next()))
                        : new TermInSetQuery(f.name(), words.stream().map(BytesRef::new).toList()),
                        BooleanClause.Occur.SHOULD);
            }
            for (List<String> phrase : phrases) {
                PhraseQuery.Builder p = new PhraseQuery.Builder();
                phrase.forEach(w -> p.add(new Term(f.name(), w)));
                b.add(p.build(), BooleanClause.Occur.SHOULD);
            }
        }
        return new ConstantScoreQuery(b.build());
    }

    private Query perFieldQuery(Concept c, TermLookup lookup, IndexReader reader) {
        List<Query> perField = new ArrayList<>();
        for (FieldSpec f : textFields) {
            int docCount;
            try {
                docCount = reader.getDocCount(f.name());
            } catch (IOException e) {
                throw new UncheckedIOException("reading the index's statistics failed", e);
            }
            perField.add(new BoostQuery(fieldQuery(f.name(), c, lookup, docCount), (float) f.boost()));
        }
        return new DisjunctionMaxQuery(perField, TIE_BREAKER);
    }

    /** The single word of a concept that is one word typed as it is (no alternative), else null. */
    private static String plainWord(Concept c) {
        if (c.paths.size() != 1) {
            return null;
        }
        Map.Entry<List<String>, Kind> only = c.paths.entrySet().iterator().next();
        return only.getKey().size() == 1 && only.getValue() == Kind.TYPED ? only.getKey().get(0) : null;
    }

    /**
     * A concept that is one word as typed is the plain term query Lucene would rewrite it to, given the word's states
     * from the lookup (the same statistics, so the same scores) rather than looking the word up again per segment.
     * Otherwise each alternative weighs by its kind (see {@link Kind}); single words blend into one
     * {@link SynonymQuery} with the typed word, except a word naming a typed phrase, which is weighed as the phrase.
     */
    private static Query fieldQuery(String field, Concept c, TermLookup lookup, int docCount) {
        String word = plainWord(c);
        if (word != null) {
            return new TermQuery(new Term(field, word),
                    lookup.termStates(lookup.fields().indexOf(field), lookup.words().indexOf(word)));
        }
        float typed = typedIdf(field, c, lookup, docCount);
        Set<String> typedPhraseWords = new LinkedHashSet<>();
        c.paths.forEach((p, kind) -> {
            if (kind == Kind.TYPED && p.size() > 1) {
                typedPhraseWords.addAll(p);
            }
        });
        SynonymQuery.Builder singles = new SynonymQuery.Builder(field);
        boolean anySingle = false;
        List<Query> alternatives = new ArrayList<>();
        for (Map.Entry<List<String>, Kind> path : c.paths.entrySet()) {
            List<String> words = path.getKey();
            Kind kind = path.getValue();
            if (words.size() == 1 && !namesTypedPhrase(words, kind, typedPhraseWords)) {
                singles.addTerm(new Term(field, words.get(0)), kind.weight);
                anySingle = true;
            } else if (words.size() == 1) {
                alternatives.add(new BoostQuery(new TermQuery(new Term(field, words.get(0))),
                        weight(field, words, kind, typed, lookup, docCount)));
            } else {
                PhraseQuery.Builder phrase = new PhraseQuery.Builder();
                for (String w : words) {
                    phrase.add(new Term(field, w));
                }
                alternatives.add(new BoostQuery(phrase.build(), weight(field, words, kind, typed, lookup, docCount)));
            }
        }
        if (anySingle) {
            alternatives.add(0, singles.build());
        }
        return alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, 0f);
    }

    /**
     * Whether a single word is another name of a typed phrase: an equivalent that is none of the phrase's own words
     * ("alb" for "application load balancer"; "queue" for "message queue" is the phrase shortened, a wider reading).
     */
    private static boolean namesTypedPhrase(List<String> words, Kind kind, Set<String> typedPhraseWords) {
        return kind == Kind.EQUIVALENT && !typedPhraseWords.isEmpty() && !typedPhraseWords.contains(words.get(0));
    }

    /** The highest IDF of the concept's typed words in a field (a phrase: the sum of its words'), 0 if none. */
    private static float typedIdf(String field, Concept c, TermLookup lookup, int docCount) {
        float typed = 0f;
        if (docCount > 0) {
            for (Map.Entry<List<String>, Kind> p : c.paths.entrySet()) {
                if (p.getValue() == Kind.TYPED) {
                    typed = Math.max(typed, idf(field, p.getKey(), lookup, docCount));
                }
            }
        }
        return typed;
    }

    /**
     * The weight of an alternative scored on its own (a phrase, or a single word beside a typed phrase), given what
     * the typed words weigh in the field. Lucene weighs a phrase with the sum of its words' IDFs, so without this a
     * vocabulary phrase of four words ("point in time recovery" for "backups") would outweigh the one word it stands
     * for, and the one word "alb" would weigh a third of the typed "application load balancer". Every alternative
     * weighs its own IDF times its kind's weight, never more than the typed words; a one-word equivalent of a typed
     * phrase (its abbreviation or name) says what was typed in other words, so it also weighs at least the typed
     * words times {@link Kind#EQUIVALENT}'s weight, while a narrower term, one of the things the typed words may
     * mean, is never raised.
     */
    private static float weight(String field, List<String> words, Kind kind, float typed, TermLookup lookup,
            int docCount) {
        if (kind == Kind.TYPED || typed <= 0f) {
            return kind.weight;
        }
        float own = idf(field, words, lookup, docCount);
        if (own <= 0f) {
            return kind.weight;
        }
        float weighed = Math.min(own * kind.weight, typed);
        if (kind == Kind.EQUIVALENT && words.size() == 1) { // only a word that namesTypedPhrase is weighed here
            weighed = Math.max(weighed, kind.weight * typed);
        }
        return weighed / own;
    }

    /** A word sequence's BM25 IDF in a field, as Lucene weighs a phrase: the sum of its words' IDFs. */
    private static float idf(String field, List<String> words, TermLookup lookup, int docCount) {
        int f = lookup.fields().indexOf(field);
        if (f < 0) {
            return 0f;
        }
        float sum = 0f;
        for (String w : words) {
            int k = lookup.words().indexOf(w);
            int df = k < 0 ? 0 : lookup.termStates(f, k).docFreq();
            sum += (float) Math.log(1 + (docCount - df + 0.5D) / (df + 0.5D));
        }
        return sum;
    }

    /**
     * What an alternative of a concept is to the words typed, by the vocabulary's direction: the words themselves,
     * an equivalent ({@code a, b}: another name of the same thing), or a narrower term of a one-way rule
     * ({@code a => b}: one of the things the typed words may mean, so a module saying only it weighs less than one
     * naming what was typed).
     */
    enum Kind {
        TYPED(1f), EQUIVALENT(SYNONYM_WEIGHT), NARROWER(NARROWER_WEIGHT);

        final float weight;

        Kind(float weight) {
            this.weight = weight;
        }

        static Kind of(String tokenType) {
            return Analysis.NARROWER.equals(tokenType) ? NARROWER
                    : Analysis.SYNONYM.equals(tokenType) ? EQUIVALENT : TYPED;
        }

        /** The kind of a path holding both: the weaker one. */
        Kind and(Kind other) {
            return compareTo(other) >= 0 ? this : other;
        }

        /** Of two readings of the same words, the stronger one. */
        static Kind stronger(Kind a, Kind b) {
            return a.compareTo(b) <= 0 ? a : b;
        }
    }

    /** One span of the analyzed query: its alternative word sequences, each with its kind. */
    private record Concept(Map<List<String>, Kind> paths) {
    }

    private List<Concept> concepts(String text) {
        List<Concept> out = new ArrayList<>();
        Set<Map<List<String>, Kind>> seen = new LinkedHashSet<>();
        try (CachingTokenFilter ts = new CachingTokenFilter(query.tokenStream("", text))) {
            ts.reset();
            if (!ts.incrementToken()) {
                return out;
            }
            ts.reset();
            GraphTokenStreamFiniteStrings graph = new GraphTokenStreamFiniteStrings(ts);
            int[] points = graph.articulationPoints();
            int start = 0;
            for (int i = 0; i <= points.length && out.size() < MAX_CONCEPTS; i++) {
                int end = i < points.length ? points[i] : -1;
                Map<List<String>, Kind> paths = new LinkedHashMap<>();
                if (graph.hasSidePath(start)) {
                    Iterator<TokenStream> it = graph.getFiniteStrings(start, end);
                    while (it.hasNext()) {
                        addPath(paths, it.next());
                    }
                } else {
                    for (AttributeSource token : graph.getTerms(start)) {
                        String term = token.getAttribute(CharTermAttribute.class).toString();
                        paths.merge(List.of(term), Kind.of(token.getAttribute(TypeAttribute.class).type()),
                                Kind::stronger);
                    }
                }
                if (!paths.isEmpty() && seen.add(paths)) {
                    out.add(new Concept(paths));
                }
                start = end;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("analyzing the query failed", e);
        }
        return out;
    }

    private static void addPath(Map<List<String>, Kind> paths, TokenStream path) {
        CharTermAttribute term = path.addAttribute(CharTermAttribute.class);
        TypeAttribute type = path.addAttribute(TypeAttribute.class);
        List<String> words = new ArrayList<>();
        Kind kind = Kind.TYPED;
        try {
            path.reset();
            while (path.incrementToken()) {
                words.add(term.toString());
                kind = kind.and(Kind.of(type.type()));
            }
            path.end();
            path.close();
        } catch (IOException e) {
            throw new UncheckedIOException("analyzing the query failed", e);
        }
        if (!words.isEmpty()) {
            paths.merge(List.copyOf(words), kind, Kind::stronger);
        }
    }
}
