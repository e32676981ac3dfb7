package dev.alexandria.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * No module has the given id or path. The message suggests the ids meant when there are any: those that begin
 * with or contain what was typed ({@code rds} → {@code rds-aurora}, {@code rds-mysql}, {@code rds-postgres}), else
 * the closest by spelling.
 *
 * @since 0.1.0
 */
public class ModuleNotFoundException extends AlexandriaException {

    private static final long serialVersionUID = 1L;

    /** The id or path that was asked for. */
    private final String query;

    /** The ids meant, best first; empty when none is close. */
    private final List<String> suggestions;

    /**
     * @param query      the id or path that was asked for
     * @param suggestion the closest existing id, or {@code null} if none is close
     */
    public ModuleNotFoundException(String query, String suggestion) {
        this(query, suggestion == null ? List.of() : List.of(suggestion));
    }

    /**
     * Private, so that {@code new ModuleNotFoundException(query, null)} of the public constructor stays one
     * constructor's call for every caller: a second public two-argument constructor would make it ambiguous and
     * break their source. {@link #withSuggestions} is the public way to give several.
     */
    private ModuleNotFoundException(String query, List<String> suggestions) {
        super(message(query, List.copyOf(suggestions)));
        this.query = query;
        this.suggestions = List.copyOf(suggestions);
    }

    /**
     * @param query       the id or path that was asked for
     * @param suggestions the ids that may be meant, best first (the message names them all); empty if none is
     * @return the exception, not thrown
     * @since 0.4.0
     */
    public static ModuleNotFoundException withSuggestions(String query, List<String> suggestions) {
        return new ModuleNotFoundException(query, Objects.requireNonNull(suggestions, "suggestions"));
    }

    /** @return the id or path that was asked for */
    public String query() {
        return query;
    }

    /** @return the existing id most likely meant, if one is close */
    public Optional<String> suggestion() {
        return suggestions.stream().findFirst();
    }

    /**
     * @return every id that may be meant, best first; empty when none is close
     * @since 0.4.0
     */
    public List<String> suggestions() {
        return suggestions;
    }

    private static String message(String query, List<String> suggestions) {
        Objects.requireNonNull(query, "query");
        if (query.isBlank()) {
            return "the module name is " + (query.isEmpty() ? "empty" : "blank") + "; give a module's id, such as "
                    + "vpc-standard, or its path below _library ('alexandria browse' lists the modules)";
        }
        String base = "no module '" + query + "' in the library";
        if (suggestions.isEmpty()) {
            return base + "; run 'alexandria browse' to list the modules";
        }
        String last = "'" + suggestions.get(suggestions.size() - 1) + "'";
        return base + "; did you mean " + (suggestions.size() == 1 ? last : "'" + String.join("', '",
                suggestions.subList(0, suggestions.size() - 1)) + "' or " + last) + "?";
    }
}
