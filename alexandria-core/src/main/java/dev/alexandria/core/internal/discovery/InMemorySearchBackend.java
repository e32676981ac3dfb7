package dev.alexandria.core.internal.discovery;

import dev.alexandria.spi.ProviderDescriptor;
import dev.alexandria.spi.search.IndexSpec;
import dev.alexandria.spi.search.SearchBackend;
import dev.alexandria.spi.search.SearchIndex;
import java.util.Objects;

/**
 * The search backend core uses when no provider is on the class path: a small inverted index in memory with
 * BM25 scoring, field boosts and the vocabulary's synonyms, rebuilt on every open. It persists nothing, splits
 * words at anything that is not a letter or digit, folds plurals and nothing more: no stemming, no typo
 * tolerance. Good for a few hundred modules; {@code alexandria-search-lucene} is the real backend.
 */
public final class InMemorySearchBackend implements SearchBackend {

    /** Its name: {@value}. */
    public static final String NAME = "alexandria-in-memory";

    private static final ProviderDescriptor DESCRIPTOR = ProviderDescriptor.of(NAME, 0, SPI_VERSION);

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public SearchIndex open(IndexSpec spec) {
        Objects.requireNonNull(spec, "spec");
        return new InMemorySearchIndex(spec);
    }

    @Override
    public String toString() {
        return NAME;
    }
}
