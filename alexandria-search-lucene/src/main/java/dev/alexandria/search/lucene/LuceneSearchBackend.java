package dev.alexandria.search.lucene;

import dev.alexandria.spi.ProviderDescriptor;
import dev.alexandria.spi.search.IndexSpec;
import dev.alexandria.spi.search.SearchBackend;
import dev.alexandria.spi.search.SearchIndex;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link SearchBackend} on Apache Lucene: BM25 with field boosts, an analyzer that knows how infrastructure is
 * written (kebab-case and snake_case split, English stemming), the vocabulary as a synonym graph at query time
 * (so multi-word terms match as phrases), typo tolerance for words of five letters or more, facets, sorts with
 * missing values last, highlights, and an index persisted in the folder the host gives, updated per document.
 *
 * <p>Named {@value #NAME}, priority 100: it wins over core's in-memory backend whenever this jar is on the class
 * path. Found by {@link java.util.ServiceLoader}; needs no configuration. Thread-safe.
 *
 * @since 0.1.0
 */
public final class LuceneSearchBackend implements SearchBackend {

    /** Its provider name: {@value}. */
    public static final String NAME = "alexandria-lucene";

    private static final ProviderDescriptor DESCRIPTOR = ProviderDescriptor.of(NAME, 100, SPI_VERSION);

    /** Creates the backend; it holds no state of its own, each index does. */
    public LuceneSearchBackend() {
        // Found by ServiceLoader.
    }

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public SearchIndex open(IndexSpec spec) {
        Objects.requireNonNull(spec, "spec");
        return new LuceneSearchIndex(spec);
    }

    /** @return {@code true}: an index opened with a directory is kept there and reused */
    @Override
    public boolean persistent() {
        return true;
    }

    /**
     * @return {@code true}: BM25 over the index's terms and statistics, the spelling checker over its words and the
     *         sorts over its stored values; nothing else is read
     */
    @Override
    public boolean repeatableAnswers() {
        return true;
    }

    /**
     * @return the name and bytes of the latest commit point in the directory ({@code segments_N}), read without
     *         opening the index; empty without a commit point
     */
    @Override
    public Optional<String> persistedState(Path directory) {
        Objects.requireNonNull(directory, "directory");
        return PersistedCommit.of(directory);
    }

    /** @return its name */
    @Override
    public String toString() {
        return NAME;
    }
}
