package dev.alexandria.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The stem cache changes nothing: the same words as Porter's stemmer alone, however often a word comes back. */
class CachedStemFilterTest {

    private static Analyzer chain(boolean cached) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = Analysis.words();
                TokenStream ts = cached ? new Analysis.CachedStemFilter(source) : new PorterStemFilter(source);
                return new TokenStreamComponents(source, ts);
            }
        };
    }

    private static List<String> words(Analyzer a, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Test
    void cachedStems_areTheStemmersOwn_onRepeatedWords() {
        Analyzer cached = chain(true);
        Analyzer plain = chain(false);
        String text = "encryption encrypted encrypting databases database running runs ran gateway gateways "
                + "encryption databases a i s3 ec2 k8s generalizations generalization";
        assertEquals(List.of("encrypt", "encrypt", "encrypt", "databas", "databas", "run", "run", "ran", "gatewai",
                "gatewai", "encrypt", "databas", "a", "i", "s3", "ec2", "k8", "gener", "gener"), words(cached, text));
        assertEquals(words(plain, text), words(cached, text));
        // A second document through the same (reused) components: the cache carries over, the result does not change.
        assertEquals(words(plain, text + " " + text), words(cached, text + " " + text));
    }

    @Test
    void cachedStems_equalPortersForAnyWords() {
        Analyzer cached = chain(true);
        Analyzer plain = chain(false);
        qt().forAll(lists().of(strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 14)).ofSizeBetween(1, 30))
                .checkAssert(ws -> {
                    String text = String.join(" ", ws) + " " + String.join(" ", ws);
                    assertEquals(words(plain, text), words(cached, text));
                });
    }
}
