package dev.alexandria.search.lucene;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;

/**
 * The state of a persisted index as {@link LuceneSearchBackend#persistedState} tells it: the name and the bytes of
 * the folder's latest commit point ({@code segments_N}, the one a reader opens), read with {@code java.nio} alone.
 *
 * <p>Every change to a Lucene index becomes visible through a new commit point, of a higher generation, and a
 * commit point holds the index's segments (names, ids, deletions generations) and user data (format and spec
 * text) and a random id of its own: so its bytes name exactly one physical index, a rebuild from scratch included
 * (same generation, another id). No class of Lucene is loaded: in a short-lived JVM, opening the directory alone
 * starts Lucene's {@code Constants} (JMX), its codecs and their first string concatenations, which is what a
 * caller asking this means to skip. Never throws: a folder without a commit point, one that cannot be read, or a
 * commit point larger than {@value #MAX_BYTES} bytes gives empty.
 */
final class PersistedCommit {

    /** Lucene's prefix of a commit point's file name; the generation follows in base 36. */
    static final String PREFIX = "segments_";
    /** The largest commit point read: one of a 10,000-module index is a few kilobytes. */
    static final int MAX_BYTES = 1 << 20;

    private PersistedCommit() {
    }

    /**
     * @param folder the index folder
     * @return {@code segments_N:} and the commit point's bytes in Base64, or empty (see the class comment)
     */
    static Optional<String> of(Path folder) {
        Path latest = null;
        long generation = -1;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*")) {
            for (Path f : files) {
                long g = generation(f.getFileName().toString());
                if (g > generation) {
                    generation = g;
                    latest = f;
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (latest == null) {
            return Optional.empty();
        }
        try {
            if (Files.size(latest) > MAX_BYTES) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(latest);
            return Optional.of(latest.getFileName() + ":" + Base64.getEncoder().encodeToString(bytes));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // replaced by a newer commit meanwhile, or unreadable: the index is opened
        }
    }

    /** The generation of a commit point's file name, or -1 when the name is not one's. */
    static long generation(String name) {
        if (!name.startsWith(PREFIX) || name.length() == PREFIX.length()) {
            return -1;
        }
        try {
            long g = Long.parseLong(name.substring(PREFIX.length()), Character.MAX_RADIX);
            return g > 0 ? g : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
