package dev.alexandria.api;

import dev.alexandria.api.model.Finding;
import java.util.List;
import java.util.Objects;

/**
 * The library has errors. Carries every finding (errors first, then warnings), and the message lists every
 * error, one per line, so nothing is hidden behind the first.
 *
 * @since 0.1.0
 */
public class CatalogValidationException extends CatalogException {

    private static final long serialVersionUID = 1L;

    private final transient List<Finding> findings;

    /**
     * @param findings the findings; at least one must be an error
     * @throws IllegalArgumentException if there is no error among them
     */
    public CatalogValidationException(List<Finding> findings) {
        super(null, message(findings));
        this.findings = List.copyOf(findings);
    }

    /** @return every finding, errors included */
    public List<Finding> findings() {
        return findings == null ? List.of() : findings;
    }

    /** @return only the errors */
    public List<Finding> errors() {
        return findings().stream().filter(Finding::isError).toList();
    }

    private static String message(List<Finding> findings) {
        Objects.requireNonNull(findings, "findings");
        List<Finding> errors = findings.stream().filter(Finding::isError).toList();
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation exception needs at least one error");
        }
        StringBuilder sb = new StringBuilder();
        sb.append(errors.size() == 1 ? "1 error" : errors.size() + " errors").append(" in the library:");
        for (Finding f : errors) {
            sb.append(System.lineSeparator()).append("  ").append(f);
        }
        return sb.toString();
    }
}
