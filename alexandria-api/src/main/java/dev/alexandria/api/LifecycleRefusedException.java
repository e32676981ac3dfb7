package dev.alexandria.api;

import java.util.List;
import java.util.Objects;

/**
 * A lifecycle change was refused: the state machine does not allow it, the module is archived, the replacement
 * is itself deprecated, the removal date has not come… The message lists every reason, one per line after the
 * first, each with what would fix it. A promotion whose criteria are unmet is not an exception: it is a
 * {@link PromotionResult.Refused} result.
 *
 * @since 0.3.0
 */
public class LifecycleRefusedException extends AlexandriaException {

    private static final long serialVersionUID = 1L;

    /** Every reason, for people. */
    private final List<String> reasons;

    /**
     * @param summary the first line, such as {@code refusing to archive vpc-old:}
     * @param reasons every reason, each with its fix; at least one
     */
    public LifecycleRefusedException(String summary, List<String> reasons) {
        super(message(summary, reasons));
        this.reasons = List.copyOf(reasons);
    }

    /** @return every reason, each with what would fix it */
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
