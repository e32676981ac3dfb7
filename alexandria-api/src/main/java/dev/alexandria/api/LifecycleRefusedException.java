package dev.alexandria.api;

import java.util.List;

/**
 * A lifecycle change was refused: the state machine does not allow it, the module is archived, the replacement
 * is itself deprecated, the removal date has not come… The message lists every reason, one per line after the
 * first, each with what would fix it. A promotion whose criteria are unmet is not an exception: it is a
 * {@link PromotionResult.Refused} result.
 *
 * @since 0.3.0
 */
public class LifecycleRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    /**
     * @param summary the first line, such as {@code refusing to archive vpc-old:}
     * @param reasons every reason, each with its fix; at least one
     * @throws IllegalArgumentException if {@code reasons} is empty
     */
    public LifecycleRefusedException(String summary, List<String> reasons) {
        super(summary, reasons);
    }
}
