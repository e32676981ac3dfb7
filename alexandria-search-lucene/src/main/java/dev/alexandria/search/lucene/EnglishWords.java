package dev.alexandria.search.lucene;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * Common English words of five letters or more, which the spelling correction leaves as they are: a query word the
 * index does not know may still be a correctly spelt word, and Lucene's checker, which only knows the index's words,
 * then offers the closest index word — "training" became "tracing", and "machine learning training" was planned
 * around X-Ray tracing (2026-12-03). Lucene still decides every correction of the other words;
 * this list only says which of its suggestions are not taken.
 *
 * <p>The words are those of five to any number of lower-case letters of SCOWL's american-words lists of sizes 10, 20
 * and 35 (the common words; Debian's {@code wamerican-small}, SCOWL 2020.12.07), © Kevin Atkinson, under SCOWL's
 * permissive licence, quoted in {@code english-words.LICENSE} next to the list. Size 35 and no larger, to stay
 * small (100 KB packed): the common words are the ones a user writes.
 */
final class EnglishWords {

    static final String RESOURCE = "english-words.txt.gz";
    private static volatile String[] words;

    private EnglishWords() {
    }

    /**
     * @param word a lower-case word, as the surface analyzer makes it
     * @return whether it is in the list; the list is read on the first call (about 37,000 words, one read of a
     *         100 KB resource)
     */
    static boolean contains(String word) {
        return Arrays.binarySearch(words(), word) >= 0;
    }

    private static String[] words() {
        String[] w = words;
        if (w == null) {
            try (InputStream in = new GZIPInputStream(Objects.requireNonNull(
                    EnglishWords.class.getResourceAsStream(RESOURCE), RESOURCE + " is missing from the class path"))) {
                // Sorted in the resource (byte order of ASCII letters, which is String order), one word a line.
                w = new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n");
            } catch (IOException e) {
                throw new UncheckedIOException("reading the English word list failed", e);
            }
            words = w;
        }
        return w;
    }
}
