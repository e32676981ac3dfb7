package dev.alexandria.core.internal.catalog;

import dev.alexandria.api.model.Decimals;
import dev.alexandria.api.model.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Caps the findings about one catalog or metadata file: a file with thousands of problems (25,000 unknown keys,
 * say) is most likely not the file it is named as, and listing every problem buries the rest of the report.
 * The first {@link #LISTED} findings, in file order, are kept, and one more finding counts the others.
 *
 * <p>Stateless; thread-safe.
 */
final class FindingCap {

    /** How many findings about one file are listed. */
    static final int LISTED = 100;

    private FindingCap() {
    }

    /**
     * The findings about one file, capped.
     *
     * @param findings the findings about the file, in any order
     * @return the findings unchanged when there are at most {@link #LISTED}; else the first {@link #LISTED} in
     *         file order and one finding at the next one's location that counts the rest, an error if any of
     *         the rest is one
     */
    static List<Finding> cap(List<Finding> findings) {
        if (findings.size() <= LISTED) {
            return findings;
        }
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(null);
        List<Finding> out = new ArrayList<>(sorted.subList(0, LISTED));
        List<Finding> rest = sorted.subList(LISTED, sorted.size());
        long errors = rest.stream().filter(Finding::isError).count();
        long warnings = rest.size() - errors;
        String counts = errors == 0 ? plural(warnings, "more warning") : warnings == 0 ? plural(errors, "more error")
                : plural(errors, "more error") + " and " + plural(warnings, "more warning");
        String message = counts + " in this file are not listed (only the first " + LISTED + " findings of a file"
                + " are)";
        String hint = "fix the problems listed and open the library again; a file with this many problems is"
                + " probably not what its name says (see docs/library-format.md)";
        Finding first = rest.get(0);
        out.add(new Finding(errors > 0 ? Finding.Severity.ERROR : Finding.Severity.WARNING, "too-many-findings",
                first.location(), message, Optional.of(hint), first.module()));
        return out;
    }

    private static String plural(long n, String noun) {
        return Decimals.grouped(n) + " " + noun + (n == 1 ? "" : "s");
    }
}
