package dev.alexandria.api;

import java.util.List;

/**
 * A release was refused: its version is lower than the changes require, the module folder has uncommitted
 * changes, the version does not fit the module's maturity, the tag exists... The message lists every reason,
 * one per line after the first, each with what would fix it.
 *
 * @since 0.2.0
 */
public class ReleaseRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    /**
     * @param summary the first line, such as {@code refusing to release vpc-standard 1.5.0:}
     * @param reasons every reason, each with its fix; at least one
     * @throws IllegalArgumentException if {@code reasons} is empty
     */
    public ReleaseRefusedException(String summary, List<String> reasons) {
        super(summary, reasons);
    }
}
