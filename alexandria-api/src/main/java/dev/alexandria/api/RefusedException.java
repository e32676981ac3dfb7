package dev.alexandria.api;

import java.util.List;
import java.util.Objects;

/**
 * A write was refused before anything changed: the message lists every reason, one per line after the first,
 * each with what would fix it. The common base of {@link LifecycleRefusedException} and
 * {@link ReleaseRefusedException}, so a caller can handle every refusal in one place.
 *
 * @since 0.4.0
 */
public class RefusedException extends AlexandriaException {

    private static final long serialVersionUID = 1L;

    /** Every reason, for people. */
    private final List<String> reasons;

    /**
     * @param summary the first line, such as {@code refusing to register vpc-enterprise 0.1.0:}
     * @param reasons every reason, each with its fix; at least one
     * @throws IllegalArgumentException if {@code reasons} is empty
     */
    public RefusedException(String summary, List<String> reasons) {
        super(message(summary, reasons));
        this.reasons = List.copyOf(reasons);
    }

    /** @return every reason, each with what would fix it */
    public List<String> reasons() {
        return reasons;
    }

    private static String message(String summary, List<String> reasons) {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(reasons, "reasons");
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
