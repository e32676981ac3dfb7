package dev.alexandria.search.lucene;

import dev.alexandria.spi.search.Vocabulary;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analyzers of the Lucene backend, which know how infrastructure is written:
 * <ul>
 *   <li>words are runs of letters and digits, so {@code kebab-case} and {@code snake_case}
 *       ({@code aws_nat_gateway}) split into words, while {@code ec2}, {@code s3} and {@code k8s} stay whole
 *       (joined spellings such as {@code multiaz} or {@code cloud watch} are the vocabulary's business);</li>
 *   <li>lower-cased, accents folded, English stop words dropped (without leaving gaps, so phrases still match),
 *       and stemmed with Porter's algorithm ({@code encryption}, {@code encrypted} → {@code encrypt});</li>
 *   <li>at query time only, the vocabulary is applied as a synonym graph ({@link SynonymGraphFilter}), so
 *       multi-word terms ({@code lb} ↔ {@code load balancer}) match as phrases.</li>
 * </ul>
 * Vocabulary terms are analyzed through the same chain before they go into the synonym map, so plurals and
 * spelling variants of a term match it too.
 */
final class Analysis {

    private static final Logger LOG = LoggerFactory.getLogger(Analysis.class);

    /** Lucene's classic English stop words plus a few that only add noise to need-phrased queries. */
    static final CharArraySet STOP_WORDS = new CharArraySet(Arrays.asList(
            "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no",
            "not", "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to",
            "was", "will", "with", "i", "me", "my", "we", "our", "you", "your", "want", "need", "how", "do", "does",
            "can", "from", "its", "which", "what", "when", "where", "who", "should", "would", "some", "any", "all",
            "so", "than", "too", "very", "just", "also", "get", "use", "using",
            // What is left of "module's" and "don't" once the apostrophe splits words.
            "s", "t"), false);

    /** The type SynonymGraphFilter gives the tokens it adds: an equivalent of what was typed. */
    static final String SYNONYM = SynonymGraphFilter.TYPE_SYNONYM;

    /** The type of a token a one-way rule ({@code a => b}) adds: a narrower term, not another name of the typed one. */
    static final String NARROWER = "NARROWER";

    /**
     * Marks each word of a one-way rule's output in the synonym map, so that the query knows the rule's direction;
     * {@link DirectionFilter} takes it off again. Never a character of a word ({@link #words()} splits on it).
     */
    private static final char ONE_WAY = '\u0001';

    private Analysis() {
    }

    /** Words: runs of letters and digits, so any punctuation ({@code -}, {@code _}, {@code .}, {@code /}) splits. */
    static Tokenizer words() {
        return CharTokenizer.fromTokenCharPredicate(Character::isLetterOrDigit);
    }

    /** The words lower-cased and folded, unstemmed: the words a misspelling is corrected to. */
    static Analyzer surface() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = words();
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
            }
        };
    }

    /** The index-time chain: words, lower-case, fold, stop words, stem. */
    static Analyzer index() {
        return plain();
    }

    /** The chain of the index, and of vocabulary terms before they go into the synonym map. */
    static Analyzer plain() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = words();
                return new TokenStreamComponents(source, words(source));
            }
        };
    }

    /** The query-time chain: the plain chain, then the vocabulary as a synonym graph. */
    static Analyzer query(SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = words();
                TokenStream ts = words(source);
                if (synonyms.fst != null) {
                    ts = new DirectionFilter(new SynonymGraphFilter(ts, synonyms, true));
                }
                return new TokenStreamComponents(source, ts);
            }
        };
    }

    private static TokenStream words(TokenStream in) {
        TokenStream ts = new ASCIIFoldingFilter(new LowerCaseFilter(in));
        ts = new GaplessStopFilter(ts, STOP_WORDS);
        return new CachedStemFilter(ts);
    }

    /**
     * The vocabulary as a synonym map: each term of a group maps to every other one, a broader term to its
     * narrower ones, marked as one-way (a query reads them as {@link #NARROWER} tokens). Terms are analyzed with
     * {@link #plain()}; a term that analyzes to nothing (only stop words) is left out.
     */
    static SynonymMap synonyms(Vocabulary vocabulary) throws IOException {
        Analyzer plain = plain();
        SynonymMap.Parser parser = new SynonymMap.Parser(true, plain) {
            @Override
            public void parse(Reader in) {
                throw new UnsupportedOperationException("terms come from the Vocabulary");
            }
        };
        for (Vocabulary.SynonymGroup g : vocabulary.synonyms()) {
            List<CharsRef> terms = analyzed(parser, g.terms());
            for (CharsRef from : terms) {
                for (CharsRef to : terms) {
                    if (!from.equals(to)) {
                        parser.add(from, to, true);
                    }
                }
            }
        }
        for (Vocabulary.Narrower n : vocabulary.narrower()) {
            List<CharsRef> from = analyzed(parser, List.of(n.term()));
            if (from.isEmpty()) {
                continue;
            }
            for (CharsRef to : analyzed(parser, n.narrower())) {
                if (!from.get(0).equals(to)) {
                    parser.add(from.get(0), oneWay(to), true);
                }
            }
        }
        SynonymMap map = parser.build();
        plain.close();
        return map;
    }

    /** The term with each of its words marked as a one-way rule's output. */
    private static CharsRef oneWay(CharsRef term) {
        StringBuilder b = new StringBuilder(term.length + 4).append(ONE_WAY);
        for (int i = 0; i < term.length; i++) {
            char ch = term.chars[term.offset + i];
            b.append(ch);
            if (ch == SynonymMap.WORD_SEPARATOR) {
                b.append(ONE_WAY);
            }
        }
        return new CharsRef(b.toString());
    }

    /**
     * Takes the one-way mark off the tokens of a narrower term and types them {@link #NARROWER}; every other token
     * passes as it is.
     */
    static final class DirectionFilter extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final TypeAttribute type = addAttribute(TypeAttribute.class);

        DirectionFilter(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (term.length() > 0 && term.buffer()[0] == ONE_WAY) {
                System.arraycopy(term.buffer(), 1, term.buffer(), 0, term.length() - 1);
                term.setLength(term.length() - 1);
                type.setType(NARROWER);
            }
            return true;
        }
    }

    private static List<CharsRef> analyzed(SynonymMap.Parser parser, List<String> terms) throws IOException {
        List<CharsRef> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String t : terms) {
            try {
                CharsRef ref = parser.analyze(t, new CharsRefBuilder());
                if (ref.length > 0 && seen.add(ref.toString())) {
                    out.add(ref);
                }
            } catch (IllegalArgumentException e) {
                // Analyzes to nothing, e.g. only stop words.
                LOG.debug("vocabulary term '{}' left out: {}", t, e.getMessage());
            }
        }
        return out;
    }

    /**
     * Porter's stemmer ({@link PorterStemFilter}) with a cache of the words it has stemmed: the same few thousand
     * words make up most of any library's text, and looking a word up costs a fraction of stemming it again (a tenth
     * of an index build was stemming). Each filter keeps its own cache (an analyzer's filters are per thread and
     * reused from document to document), of at most {@value #MAX_CACHED} words.
     */
    static final class CachedStemFilter extends TokenFilter {

        static final int MAX_CACHED = 50_000;

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OneWord word = new OneWord();
        private final TokenStream stemmer = new PorterStemFilter(word);
        private final CharTermAttribute stemmed = stemmer.getAttribute(CharTermAttribute.class);
        private final CharArrayMap<char[]> cache = new CharArrayMap<>(1024, false);

        CachedStemFilter(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            char[] stem = cache.get(term.buffer(), 0, term.length());
            if (stem == null) {
                word.set(term.buffer(), term.length());
                stemmer.reset();
                stem = stemmer.incrementToken() ? Arrays.copyOf(stemmed.buffer(), stemmed.length())
                        : Arrays.copyOf(term.buffer(), term.length());
                stemmer.end();
                stemmer.close();
                if (cache.size() >= MAX_CACHED) {
                    cache.clear();
                }
                cache.put(Arrays.copyOf(term.buffer(), term.length()), stem);
            }
            term.copyBuffer(stem, 0, stem.length);
            return true;
        }
    }

    /** A token stream of one word, set before each use: what {@link CachedStemFilter} stems on a miss. */
    private static final class OneWord extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private char[] buffer = new char[16];
        private int length;
        private boolean done;

        void set(char[] chars, int len) {
            if (buffer.length < len) {
                buffer = new char[len];
            }
            System.arraycopy(chars, 0, buffer, 0, len);
            length = len;
        }

        @Override
        public boolean incrementToken() {
            if (done) {
                return false;
            }
            clearAttributes();
            term.copyBuffer(buffer, 0, length);
            done = true;
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            done = false;
        }
    }

    /**
     * Drops stop words without leaving a position gap: "point in time" becomes the phrase "point time" both in
     * the index and in the synonym map, so phrases match, and the synonym map never sees a gap (which it refuses).
     */
    static final class GaplessStopFilter extends TokenFilter {

        private final CharArraySet stopWords;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        GaplessStopFilter(TokenStream in, CharArraySet stopWords) {
            super(in);
            this.stopWords = stopWords;
        }

        @Override
        public boolean incrementToken() throws IOException {
            while (input.incrementToken()) {
                if (!stopWords.contains(term.buffer(), 0, term.length())) {
                    return true;
                }
            }
            return false;
        }
    }
}
