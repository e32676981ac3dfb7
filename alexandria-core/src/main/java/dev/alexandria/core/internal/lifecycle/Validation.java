package dev.alexandria.core.internal.lifecycle;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ValidationReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The validation gate of {@code register} and {@code publish}: {@link Library#validate} of the one module; its
 * errors refuse the write, each listed with its location and fix.
 */
final class Validation {

    private Validation() {
    }

    /** @return the reasons of a refusal: one line per error, with its location and fix; empty when none */
    static List<String> errors(Library library, LibraryModule module) {
        ValidationReport report = library.validate(List.of(module.id().value()));
        List<String> out = new ArrayList<>();
        report.errors().forEach(f -> out.add(line(f)));
        return out;
    }

    static String line(Finding f) {
        return f.location() + ": " + f.message() + " [" + f.ruleId() + "]" + f.hint().map(h -> "; " + h).orElse("");
    }
}
