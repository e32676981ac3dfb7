package dev.alexandria.api;

import java.util.List;
import java.util.Objects;

/**
 * A release was refused: its version is lower than the changes require, the module folder has uncommitted
 * changes, the version does not fit the module's maturity, the tag exists... The message lists every reason,
 * one per line after the first, each with what would fix it.
 *
 * @since 0.2.0
 */
public class ReleaseRefusedException extends AlexandriaException {

    private static final long serialVersionUID = 1L;

    /** Every reason, for people. */
    private final List<String> reasons;

    /**
     * @param summary the first line, such as {@code refusing to release vpc-standard 1.5.0}
     * @param reasons every reason, each with its fix; at least one
     */
    public ReleaseRefusedException(String summary, List<String> reasons) {
        super(message(summary, reasons));
        this.reasons = List.copyOf(reasons);
    }

    /** @return every reason the release was refused, each with what would fix it */
    public List<String> reasons() {
        return reasons;
    }

    private static String message(String summary, List<String> reasons) {
        Objects.requireNonNull(summary, "summary");
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs a reason");
        }
        StringBuilder sb = new StringBuilder(summary);
        for (String r : reasons) {
            sb.append('\n').append(r);
        }
        return sb.toString();
    }
}
