package dev.alexandria.core.internal.lifecycle;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.LibraryModule;
import java.util.List;

/**
 * The validation gate of {@code register} and {@code publish}: the library's findings for one module; errors
 * refuse the write, each listed with its location and fix.
 */
final class Validation {

    private Validation() {
    }

    /** @return the module's findings, errors first */
    static List<Finding> findings(Library library, LibraryModule module) {
        return library.findings(module.id().value()).stream().sorted().toList();
    }

    /** @return the reasons of a refusal: one line per error, with its location and fix */
    static List<String> errors(Library library, LibraryModule module) {
        return findings(library, module).stream().filter(Finding::isError).map(Validation::line).toList();
    }

    static String line(Finding f) {
        return f.location() + ": " + f.message() + " [" + f.ruleId() + "]" + f.hint().map(h -> "; " + h).orElse("");
    }
}
