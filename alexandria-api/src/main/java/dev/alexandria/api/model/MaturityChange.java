package dev.alexandria.api.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a module's maturity history: the level it entered and the day it did. The history of a module
 * ({@code maturity_history:} in {@code .alexandria.yaml} and in its registry entry) lists these oldest first;
 * the last entry's date is when the module entered its current level, from which "days in level" is counted.
 *
 * <p>Immutable and thread-safe.
 *
 * @param level the level the module entered
 * @param date  the day it entered it
 * @since 0.3.0
 */
public record MaturityChange(MaturityLevel level, LocalDate date) {

    /**
     * Checks the components.
     *
     * @param level the level the module entered
     * @param date  the day it entered it
     */
    public MaturityChange {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(date, "date");
    }

    /**
     * Checks that a history is in date order (entries of the same day keep their order).
     *
     * @param history a history, oldest first
     * @param name    the name of the component, for the message
     * @return an immutable copy
     * @throws IllegalArgumentException if an entry is dated before the one above it
     */
    static List<MaturityChange> history(List<MaturityChange> history, String name) {
        List<MaturityChange> copy = Checks.list(history, name);
        for (int i = 1; i < copy.size(); i++) {
            if (copy.get(i).date().isBefore(copy.get(i - 1).date())) {
                throw new IllegalArgumentException(name + " is not in date order: " + copy.get(i).level() + " on "
                        + copy.get(i).date() + " comes after " + copy.get(i - 1).level() + " on "
                        + copy.get(i - 1).date());
            }
        }
        return copy;
    }

    /** @return {@code beta since 2026-03-14} */
    @Override
    public String toString() {
        return level + " since " + date;
    }
}
