package dev.alexandria.core.internal.lifecycle;

import dev.alexandria.api.model.ModuleCost;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * When a module's declared cost ({@code cost.estimated_monthly_usd} in its {@code .alexandria.yaml}) disagrees with
 * the estimate of its fixed lines: by more than {@link #TOLERANCE} (20%, the design's accuracy goal). A partial
 * estimate is a lower bound, so only a declared cost more than 20% below it disagrees; a declared cost above it may
 * be right (the lines not priced may make up the difference). The one rule of {@code register}'s warning and of
 * {@code validate}'s {@code cost-declared}.
 */
public final class DeclaredCost {

    /** How far a declared cost may be from the estimate: 20%. */
    public static final BigDecimal TOLERANCE = new BigDecimal("0.20");

    private DeclaredCost() {
    }

    /**
     * @param declared the declared monthly cost in USD
     * @param estimate the estimate (its fixed monthly cost in USD and whether it is partial)
     * @return whether they disagree
     */
    public static boolean differs(BigDecimal declared, ModuleCost estimate) {
        return differs(declared, estimate.fixedMonthlyUsd(), estimate.partial());
    }

    /**
     * @param declared the declared monthly cost in USD
     * @param fixed    the estimate's fixed monthly cost in USD
     * @param partial  whether the estimate is partial (a lower bound)
     * @return whether they disagree
     */
    public static boolean differs(BigDecimal declared, BigDecimal fixed, boolean partial) {
        Objects.requireNonNull(declared, "declared");
        Objects.requireNonNull(fixed, "fixed");
        if (partial && declared.compareTo(fixed) >= 0) {
            return false;
        }
        if (fixed.signum() == 0) {
            return declared.signum() != 0;
        }
        return declared.subtract(fixed).abs().divide(fixed, 6, RoundingMode.HALF_UP).compareTo(TOLERANCE) > 0;
    }

    /**
     * How far the declared cost is from the estimate, in whole percent of the estimate ({@code 40% above}), or
     * {@code the estimate is $0.00} when there is nothing to divide by.
     *
     * @param declared the declared monthly cost in USD
     * @param fixed    the estimate's fixed monthly cost in USD
     * @return the difference in words
     */
    public static String difference(BigDecimal declared, BigDecimal fixed) {
        if (fixed.signum() == 0) {
            return "the estimate is $0.00";
        }
        BigDecimal pct = declared.subtract(fixed).abs().multiply(BigDecimal.valueOf(100))
                .divide(fixed, 0, RoundingMode.HALF_UP);
        return pct.toPlainString() + "% " + (declared.compareTo(fixed) > 0 ? "above" : "below") + " the estimate";
    }

    /**
     * Where a module declares its cost: {@code _library/<path>/.alexandria.yaml:<line>:<column>} of its
     * {@code estimated_monthly_usd:} key, or the file alone when the key cannot be found.
     *
     * @param root       the library's root folder
     * @param modulePath the module's path below {@code _library}
     * @return the location as messages print it
     */
    public static String where(java.nio.file.Path root, String modulePath) {
        String display = "_library/" + modulePath + "/.alexandria.yaml";
        try {
            List<String> lines = java.nio.file.Files.readAllLines(root.resolve("_library").resolve(modulePath)
                    .resolve(".alexandria.yaml"), java.nio.charset.StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String key = line.stripLeading();
                if (key.startsWith("estimated_monthly_usd") && key.substring("estimated_monthly_usd".length())
                        .stripLeading().startsWith(":")) {
                    return display + ":" + (i + 1) + ":" + (line.length() - key.length() + 1);
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // the file alone is still a place to look
        }
        return display;
    }
}
