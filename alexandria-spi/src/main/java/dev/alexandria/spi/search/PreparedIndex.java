package dev.alexandria.spi.search;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An index whose opening began before its spec was known: what {@link SearchBackend#prepare(Path)} returns. The
 * host finishes the opening with {@link #open(IndexSpec)}, or, when it will not search after all, releases what was
 * read with {@link #close()}.
 *
 * <pre>{@code
 * PreparedIndex prepared = backend.prepare(folder);      // e.g. on a second thread, while the host reads its catalog
 * IndexSpec spec = new IndexSpec(Optional.of(folder), fields, vocabulary);
 * SearchIndex index = prepared.open(spec);                // the same index as backend.open(spec)
 * }</pre>
 *
 * <p>Used by one thread at a time, which need not be the thread that prepared it.
 *
 * @since 0.4.0
 */
public interface PreparedIndex extends AutoCloseable {

    /** @return the folder whose index is being opened */
    Path directory();

    /**
     * Finishes the opening. The index behaves exactly as {@link SearchBackend#open(IndexSpec)} with the same spec
     * would: what was read beforehand is used only where it still holds for the spec (an index built for another
     * spec is rebuilt, never trusted). Called at most once.
     *
     * @param spec the fields and the vocabulary; its {@link IndexSpec#directory() directory} is {@link #directory()}
     * @return the index, open; the caller closes it
     * @throws IllegalArgumentException if the spec names another folder, or none
     * @throws IllegalStateException    if this was already opened or closed
     */
    SearchIndex open(IndexSpec spec);

    /**
     * Releases what was read (files, memory) unless {@link #open(IndexSpec)} was called; once opened, the index is
     * the caller's to close and this does nothing. Calling it again does nothing.
     */
    @Override
    void close();

    /**
     * A preparation that reads nothing beforehand: {@link #open(IndexSpec)} calls {@link SearchBackend#open
     * backend.open(spec)}. What {@link SearchBackend#prepare(Path)} returns by default.
     *
     * @param backend   the backend that opens the index
     * @param directory the folder of the index
     * @return the preparation
     */
    static PreparedIndex deferred(SearchBackend backend, Path directory) {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(directory, "directory");
        return new PreparedIndex() {
            private boolean used;

            @Override
            public Path directory() {
                return directory;
            }

            @Override
            public SearchIndex open(IndexSpec spec) {
                requireFor(this, spec);
                if (used) {
                    throw new IllegalStateException("the prepared index of " + directory + " was already opened"
                            + " or closed");
                }
                used = true;
                return backend.open(spec);
            }

            @Override
            public void close() {
                used = true;
            }
        };
    }

    /**
     * Checks that a spec is for a prepared index's folder; for implementations of {@link #open(IndexSpec)}.
     *
     * @param prepared the prepared index
     * @param spec     the spec given to its {@code open}
     * @throws IllegalArgumentException if the spec names another folder, or none
     */
    static void requireFor(PreparedIndex prepared, IndexSpec spec) {
        Objects.requireNonNull(spec, "spec");
        if (!spec.directory().equals(java.util.Optional.of(prepared.directory()))) {
            throw new IllegalArgumentException("the index was prepared in " + prepared.directory()
                    + " but the spec names " + spec.directory().map(Path::toString).orElse("no folder"));
        }
    }
}
