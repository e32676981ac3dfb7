package dev.alexandria.api;

import dev.alexandria.api.model.Finding;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A migration plan file has errors. Carries every finding, in the order of the plan file (by file, line and
 * column), and the message lists every error with its file:line:column, one per line, in that order.
 *
 * @since 0.4.0
 */
public class MigrationPlanException extends CatalogException {

    private static final long serialVersionUID = 1L;

    private final transient List<Finding> findings;

    /**
     * @param findings the findings; at least one must be an error
     * @throws IllegalArgumentException if there is no error among them
     */
    public MigrationPlanException(List<Finding> findings) {
        this(sorted(findings));
    }

    private MigrationPlanException(Finding[] sorted) {
        super(null, message(List.of(sorted)));
        this.findings = List.of(sorted);
    }

    /** @return every finding, by file, line and column */
    public List<Finding> findings() {
        return findings == null ? List.of() : findings;
    }

    private static Finding[] sorted(List<Finding> findings) {
        Finding[] out = Objects.requireNonNull(findings, "findings").toArray(Finding[]::new);
        Arrays.sort(out);
        return out;
    }

    private static String message(List<Finding> findings) {
        Objects.requireNonNull(findings, "findings");
        List<Finding> errors = findings.stream().filter(Finding::isError).toList();
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a plan exception needs at least one error");
        }
        StringBuilder sb = new StringBuilder();
        sb.append(errors.size() == 1 ? "1 error" : errors.size() + " errors").append(" in the migration plan:");
        for (Finding f : errors) {
            sb.append(System.lineSeparator()).append("  ").append(f);
        }
        return sb.toString();
    }
}
