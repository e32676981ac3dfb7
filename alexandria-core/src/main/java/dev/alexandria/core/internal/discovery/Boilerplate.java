package dev.alexandria.core.internal.discovery;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/**
 * The README sentences of a library that say nothing about any one module: those found, word for word, in the READMEs
 * of {@link #MIN_MODULES} or more of its modules. A collection repeats its vendor's "about us" and support
 * paragraphs, its contributing, licence and badge sections and its list of related modules in every README; indexed,
 * they made every module of the collection match the words of its marketing ("platform", "training", "devops") as if
 * it were about them. A sentence several modules share word for word is the collection's, not the module's: what a
 * module does is said in its own words.
 *
 * <p>Which of a module's sentences are left out depends on the other modules' READMEs, so each module's part of it
 * ({@link #mark}) is part of its document's fingerprint: when a change elsewhere makes one of its sentences
 * boilerplate (or no longer), its document is rebuilt, and only then.
 */
final class Boilerplate {

    /** A sentence in at least this many modules' READMEs is boilerplate. */
    static final int MIN_MODULES = 3;

    private final Set<Long> keys;

    private Boilerplate(Set<Long> keys) {
        this.keys = keys;
    }

    /**
     * @param readmes each module's README sentence keys ({@link ReadmeText#sentenceKeys}: each key once per module)
     * @return the sentences of at least {@link #MIN_MODULES} of them
     */
    static Boilerplate of(Collection<long[]> readmes) {
        Map<Long, Integer> modules = new HashMap<>();
        for (long[] readme : readmes) {
            for (long k : readme) {
                modules.merge(k, 1, Integer::sum);
            }
        }
        Set<Long> keys = new HashSet<>();
        modules.forEach((k, n) -> {
            if (n >= MIN_MODULES) {
                keys.add(k);
            }
        });
        return new Boilerplate(Set.copyOf(keys));
    }

    /** @return the keys of the boilerplate sentences ({@link ReadmeText#key}) */
    Set<Long> keys() {
        return keys;
    }

    /**
     * @param readme one module's README sentence keys, in ascending order
     * @return which of them are boilerplate, as text for its fingerprint: empty when none is
     */
    String mark(long[] readme) {
        long h = 0xcbf29ce484222325L;
        int n = 0;
        for (long k : readme) {
            if (keys.contains(k)) {
                // FNV-1a over the keys (no message digest: a search of an unchanged library computes none)
                for (int shift = 0; shift < 64; shift += 8) {
                    h = (h ^ ((k >>> shift) & 0xff)) * 0x100000001b3L;
                }
                n++;
            }
        }
        return n == 0 ? "" : " readme-boilerplate " + n + ":" + HexFormat.of().toHexDigits(h);
    }
}
