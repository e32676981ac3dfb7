package dev.alexandria.core.internal.lifecycle;

import dev.alexandria.api.AlexandriaException;
import dev.alexandria.api.Library;
import dev.alexandria.api.model.SearchResult;
import java.util.List;
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

    /** How many hits of a search for the module's id are looked through for it. */
    private static final int LOOKED_AT = 10;

    /**
     * @return a note saying what happened, and where a search for the module's id now lists it (the proof that the
     *         index holds it); a failure is reported, never thrown (the write stands)
     */
    static String refresh(Supplier<Library> reopen, String id) {
        try {
            Library fresh = reopen.get();
            List<SearchResult.Hit> hits = fresh.search(id).includeDeprecated().limit(LOOKED_AT).run().hits();
            for (int i = 0; i < hits.size(); i++) {
                if (hits.get(i).module().id().value().equals(id)) {
                    return "search index updated: 'alexandria search " + id + "' lists " + id
                            + (i == 0 ? " first" : " at rank " + (i + 1));
                }
            }
            return "warning: search index updated, but 'alexandria search " + id + "' does not list " + id
                    + " among its first " + LOOKED_AT + " hits; give the module a name and description that say "
                    + "what it is for";
        } catch (AlexandriaException e) {
            LOG.debug("search index not updated after a change of {}", id, e);
            return "warning: the search index was not updated (" + e.getMessage().lines().findFirst().orElse("")
                    + "); the next search brings it up to date";
        }
    }
}
