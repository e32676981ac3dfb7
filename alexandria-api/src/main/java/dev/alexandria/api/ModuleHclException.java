package dev.alexandria.api;

import dev.alexandria.api.model.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * A module's HCL has errors (it does not parse, or a block is malformed), so what it declares is not known and
 * nothing computed from it can be trusted: {@link CostEstimate#estimate()} throws it rather than return a total
 * that silently leaves out the resources it could not read. The message's first line names the module and the
 * number of errors; each further line is one error as {@code file:line:column: message} ({@link
 * dev.alexandria.api.model.Diagnostic#message()}, the words every command prints it with). The
 * {@link #diagnostics()} are the same errors, for callers that show them themselves. The CLI prints them like
 * {@code inspect} does and exits with code 1.
 *
 * @since 0.1.0
 */
public class ModuleHclException extends AlexandriaException {

    private static final long serialVersionUID = 1L;

    /** The errors, in file order. */
    private final List<Diagnostic> diagnostics;

    /**
     * @param module      the module's id, or its folder
     * @param diagnostics the errors met reading its HCL (and that of the modules it calls); not empty
     * @throws IllegalArgumentException if there are no diagnostics
     */
    public ModuleHclException(String module, List<Diagnostic> diagnostics) {
        super(message(Objects.requireNonNull(module, "module"), diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    private static String message(String module, List<Diagnostic> diagnostics) {
        Objects.requireNonNull(diagnostics, "diagnostics");
        if (diagnostics.isEmpty()) {
            throw new IllegalArgumentException("a ModuleHclException carries at least one diagnostic");
        }
        StringBuilder s = new StringBuilder(module).append(": ").append(diagnostics.size())
                .append(diagnostics.size() == 1 ? " error" : " errors").append(" in the HCL; no estimate");
        for (Diagnostic d : diagnostics) {
            s.append('\n').append(d.location()).append(": ").append(d.message());
        }
        return s.toString();
    }

    /** @return the errors met reading the HCL, in the order they were met; never empty */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
