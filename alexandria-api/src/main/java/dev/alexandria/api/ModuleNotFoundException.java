package dev.alexandria.api;

import java.util.Objects;
import java.util.Optional;

/**
 * No module has the given id or path. The message suggests the closest id when there is one.
 *
 * @since 0.1.0
 */
public class ModuleNotFoundException extends AlexandriaException {

    private static final long serialVersionUID = 1L;

    /** The id or path that was asked for. */
    private final String query;

    /** The closest existing id, or {@code null}. */
    private final String suggestion;

    /**
     * @param query      the id or path that was asked for
     * @param suggestion the closest existing id, or {@code null} if none is close
     */
    public ModuleNotFoundException(String query, String suggestion) {
        super(message(query, suggestion));
        this.query = query;
        this.suggestion = suggestion;
    }

    /** @return the id or path that was asked for */
    public String query() {
        return query;
    }

    /** @return the closest existing id, if one is close */
    public Optional<String> suggestion() {
        return Optional.ofNullable(suggestion);
    }

    private static String message(String query, String suggestion) {
        Objects.requireNonNull(query, "query");
        if (query.isBlank()) {
            return "the module name is " + (query.isEmpty() ? "empty" : "blank") + "; give a module's id, such as "
                    + "vpc-standard, or its path below _library ('alexandria browse' lists the modules)";
        }
        String base = "no module '" + query + "' in the library";
        return suggestion == null
                ? base + "; run 'alexandria browse' to list the modules"
                : base + "; did you mean '" + suggestion + "'?";
    }
}
