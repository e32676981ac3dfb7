package dev.alexandria.core.internal.lifecycle;

import dev.alexandria.api.AlexandriaException;
import dev.alexandria.api.Library;
import dev.alexandria.api.Plurals;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a library's search index up to date after a write: the index is a cache kept in sync with the modules'
 * fingerprints when a search runs, so reopening the library and searching once re-indexes what changed.
 */
final class SearchRefresh {

    private static final Logger LOG = LoggerFactory.getLogger(SearchRefresh.class);

    private SearchRefresh() {
    }

    /** @return a note saying what happened; a failure is reported, never thrown (the write stands) */
    static String refresh(Supplier<Library> reopen, String id) {
        try {
            Library fresh = reopen.get();
            long hits = fresh.search(id).limit(1).run().total();
            return "search index updated (a search for " + id + " finds " + Plurals.count(hits, "module")
                    + ")";
        } catch (AlexandriaException e) {
            LOG.debug("search index not updated after a change of {}", id, e);
            return "warning: the search index was not updated (" + e.getMessage().lines().findFirst().orElse("")
                    + "); the next search brings it up to date";
        }
    }
}
