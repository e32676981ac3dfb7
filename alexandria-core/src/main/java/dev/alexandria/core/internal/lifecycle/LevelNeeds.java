package dev.alexandria.core.internal.lifecycle;

import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.MaturityModel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a module at a maturity level must still show in its files: the file criteria ({@code readme},
 * {@code unit_tests}, {@code integration_tests}, {@code examples}) of every promotion on the way to its level,
 * from {@code _catalog/maturity-levels.yaml} or the lifecycle's defaults. A deprecated or archived module needs
 * nothing more.
 *
 * @param criteria each file criterion met on the way to the level, with the promotion that set it
 *                 ({@code alpha → beta}) and its threshold (examples), by criterion id
 */
public record LevelNeeds(Map<String, Need> criteria) {

    /**
     * @param promotion the promotion that needs it, {@code experimental → alpha}
     * @param threshold the number it needs (examples), at least 1
     */
    public record Need(String promotion, int threshold) {
    }

    /**
     * @param model the library's maturity model
     * @param level the module's level
     * @return what a module at that level must show in its files
     */
    public static LevelNeeds of(MaturityModel model, MaturityLevel level) {
        Map<String, Need> out = new LinkedHashMap<>();
        if (!level.isActive()) {
            return new LevelNeeds(out);
        }
        MaturityLevel from = MaturityLevel.EXPERIMENTAL;
        while (from != level) {
            Optional<MaturityLevel> next = from.next();
            if (next.isEmpty()) {
                break;
            }
            MaturityLevel to = next.get();
            String name = from + " → " + to;
            DefaultCriteria.promotion(model, from, to).ifPresent(p -> p.criteria().forEach(c -> {
                if (c.id().equals("readme") || c.id().equals("unit_tests") || c.id().equals("integration_tests")
                        || c.id().equals("examples")) {
                    int threshold = c.threshold().map(t -> Math.max(1, t.intValue())).orElse(1);
                    Need before = out.get(c.id());
                    if (before == null || threshold > before.threshold()) {
                        out.put(c.id(), new Need(name, threshold));
                    }
                }
            }));
            from = to;
        }
        return new LevelNeeds(out);
    }

    /**
     * @param criterion a file criterion id, {@code examples}
     * @return what the level needs of it, if anything
     */
    public Optional<Need> need(String criterion) {
        return Optional.ofNullable(criteria.get(criterion));
    }
}
