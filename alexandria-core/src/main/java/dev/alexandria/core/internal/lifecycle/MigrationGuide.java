package dev.alexandria.core.internal.lifecycle;

import dev.alexandria.api.model.Deprecation;
import dev.alexandria.api.model.InputVariable;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.OutputValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code MIGRATION.md} of a deprecated module, from the interfaces of the module and its replacement: input
 * variables and outputs matched by name (and their types compared), renames suggested only on evidence (see
 * {@link #renameEvidence}), what is new and required, what disappears, and an HCL before/after of a module call
 * whose "after" sets every variable the replacement requires (new ones, and old optional ones now required).
 */
final class MigrationGuide {

    private MigrationGuide() {
    }

    /**
     * A variable or output as the guide compares it.
     *
     * @param defaultValue a variable's default as HCL, if it has one
     */
    record Item(String name, String type, boolean required, String description, Optional<String> defaultValue) {

        /** An item without a default (an output, or a variable whose default is not compared). */
        Item(String name, String type, boolean required, String description) {
            this(name, type, required, description, Optional.empty());
        }
    }

    /** How an item of the old module maps to the new one. */
    record Match(Optional<Item> before, Optional<Item> after, String change) {
    }

    static String render(LibraryModule from, LibraryModule to, Deprecation deprecation) {
        List<Item> oldVars = from.interfaceSpec().variables().stream().map(MigrationGuide::item).toList();
        List<Item> newVars = to.interfaceSpec().variables().stream().map(MigrationGuide::item).toList();
        List<Item> oldOuts = from.interfaceSpec().outputs().stream().map(MigrationGuide::item).toList();
        List<Item> newOuts = to.interfaceSpec().outputs().stream().map(MigrationGuide::item).toList();
        List<Match> vars = match(oldVars, newVars, true);
        List<Match> outs = match(oldOuts, newOuts, false);
        StringBuilder sb = new StringBuilder();
        sb.append("# Migrating from ").append(from.id()).append(" to ").append(to.id()).append("\n\n");
        sb.append(deprecatedStatus(from.id().value(), to.id().value(), deprecation));
        sb.append("\nThis guide compares the interfaces of ").append(from.id()).append(' ')
                .append(from.metadata().version()).append(" and ").append(to.id()).append(' ')
                .append(to.metadata().version()).append(". A rename is suggested only for a removed and an added item of"
                        + " the same type with the same description, or whose names hold one another's words and"
                        + " whose defaults or descriptions agree too, and only when each fits no other item: check"
                        + " them.\n");
        table(sb, "Input variables", vars);
        table(sb, "Outputs", outs);
        sb.append("\n## Before and after\n\n```hcl\n");
        sb.append("module \"").append(from.id().value().replace('-', '_')).append("\" {\n");
        sb.append("  source = \"").append(source(from)).append("\"\n");
        for (Match m : vars) {
            m.before().filter(Item::required).ifPresent(b -> sb.append("  ").append(b.name()).append(" = var.")
                    .append(b.name()).append('\n'));
        }
        sb.append("}\n```\n\n```hcl\n");
        sb.append("module \"").append(from.id().value().replace('-', '_')).append("\" {\n");
        sb.append("  source = \"").append(source(to)).append("\"\n");
        // every variable the call must set after the move: the required ones of the replacement, each fed from
        // the old variable it replaces where there is one
        for (Match m : vars) {
            if (m.after().isEmpty()) {
                continue;
            }
            Item a = m.after().get();
            if (m.before().isPresent() && (m.before().get().required() || a.required())) {
                Item b = m.before().get();
                List<String> remarks = new ArrayList<>();
                if (!b.name().equals(a.name())) {
                    remarks.add("was " + b.name());
                }
                if (!b.type().equals(a.type())) {
                    remarks.add("type changes from " + b.type() + " to " + a.type() + ": convert the value");
                }
                if (!b.required()) {
                    remarks.add("now required: set it");
                }
                sb.append("  ").append(a.name()).append(" = var.").append(b.name())
                        .append(remarks.isEmpty() ? "" : "  # " + String.join("; ", remarks)).append('\n');
            } else if (m.before().isEmpty() && a.required()) {
                sb.append("  ").append(a.name()).append(" = var.").append(a.name())
                        .append("  # new and required (").append(a.type()).append("): set it\n");
            }
        }
        sb.append("}\n```\n");
        return sb.toString();
    }

    private static String source(LibraryModule m) {
        return "./_library/" + m.path();
    }

    private static void table(StringBuilder sb, String title, List<Match> matches) {
        sb.append("\n## ").append(title).append("\n\n");
        if (matches.isEmpty()) {
            sb.append("Neither module has any.\n");
            return;
        }
        sb.append("| Before | After | Change |\n|---|---|---|\n");
        for (Match m : matches) {
            sb.append("| ").append(m.before().map(i -> "`" + i.name() + "` (" + i.type() + ")").orElse("—"))
                    .append(" | ").append(m.after().map(i -> "`" + i.name() + "` (" + i.type() + ")").orElse("—"))
                    .append(" | ").append(m.change()).append(" |\n");
        }
    }

    private static Item item(InputVariable v) {
        return new Item(v.name(), v.type().toString(), v.required(), v.description(),
                v.defaultValue().map(dev.alexandria.api.model.LiteralValue::hcl));
    }

    private static Item item(OutputValue o) {
        return new Item(o.name(), "output", false, o.description());
    }

    static List<Match> match(List<Item> before, List<Item> after, boolean variables) {
        Map<String, Item> unmatchedAfter = new LinkedHashMap<>();
        after.forEach(a -> unmatchedAfter.put(a.name(), a));
        List<Match> out = new ArrayList<>();
        List<Item> gone = new ArrayList<>();
        for (Item b : before) {
            Item a = unmatchedAfter.remove(b.name());
            if (a == null) {
                gone.add(b);
            } else if (!variables || a.type().equals(b.type())) {
                out.add(new Match(Optional.of(b), Optional.of(a), nowRequired(variables, b, a)
                        ? "same name and type; now required: set it" : "same"));
            } else {
                out.add(new Match(Optional.of(b), Optional.of(a), "type changes from " + b.type() + " to "
                        + a.type() + ": convert the value" + (nowRequired(variables, b, a) ? "; now required: set it"
                        : "")));
            }
        }
        List<Item> added = new ArrayList<>(unmatchedAfter.values());
        for (Item b : gone) {
            List<Item> candidates = added.stream().filter(a -> renameEvidence(b, a).isPresent()).toList();
            // only a pairing that is unambiguous both ways: one candidate, which fits no other removed item
            Optional<Item> best = candidates.size() == 1 && gone.stream().filter(other -> other != b)
                    .noneMatch(other -> renameEvidence(other, candidates.get(0)).isPresent())
                    ? Optional.of(candidates.get(0)) : Optional.empty();
            if (best.isPresent()) {
                unmatchedAfter.remove(best.get().name());
                added.remove(best.get());
                out.add(new Match(Optional.of(b), best, "renamed? (" + renameEvidence(b, best.get()).get() + ")"
                        + (nowRequired(variables, b, best.get()) ? "; now required: set it" : "")));
            } else {
                out.add(new Match(Optional.of(b), Optional.empty(), variables ? "disappears: remove it from the "
                        + "module call" : "disappears: replace its uses"));
            }
        }
        for (Item a : unmatchedAfter.values()) {
            out.add(new Match(Optional.empty(), Optional.of(a), !variables ? "new" : a.required()
                    ? "new and required: set it" : "new, optional"));
        }
        return out;
    }

    private static boolean nowRequired(boolean variables, Item before, Item after) {
        return variables && after.required() && !before.required();
    }

    /**
     * Why a removed item and an added one may be the same thing renamed, if they may. Always needed: the same type
     * (a variable's) or both outputs. Then one of:
     * <ul>
     * <li>the same non-empty description (case, spaces and punctuation aside);</li>
     * <li>names of two or more words where one holds every word of the other, plurals read as their singular
     * ({@code enable_nat} and {@code enable_nat_gateway}, {@code private_route_table_id} and
     * {@code private_route_table_ids}), with, for variables, the same default or similar descriptions;</li>
     * <li>a one-word name found among the other's words ({@code cidr} and {@code ipv4_cidr}) only with the same
     * default (for variables) and similar descriptions, since one shared word alone ({@code name} and
     * {@code role_name}, {@code enabled} and {@code logging_enabled}) says nothing.</li>
     * </ul>
     * Descriptions are similar when at least half of their words (short function words aside) are shared. Names
     * that merely look alike are no evidence: {@code public_subnets} and {@code private_subnets} share a word and
     * most letters and are different things.
     *
     * @return the evidence, in words; empty when there is none
     */
    static Optional<String> renameEvidence(Item removed, Item added) {
        if (!removed.type().equals(added.type())) {
            return Optional.empty();
        }
        boolean outputs = removed.type().equals("output");
        boolean sameDefault = outputs || removed.required() == added.required()
                && removed.defaultValue().equals(added.defaultValue());
        String same = outputs ? "both outputs" : sameDefault ? "same type and default" : "same type";
        String dr = normalised(removed.description());
        if (!dr.isEmpty() && dr.equals(normalised(added.description()))) {
            return Optional.of(same + ", and the same description");
        }
        boolean similar = similarDescriptions(removed.description(), added.description());
        List<String> sr = words(removed.name()).stream().map(MigrationGuide::singular).toList();
        List<String> sa = words(added.name()).stream().map(MigrationGuide::singular).toList();
        boolean newHoldsOld = sa.containsAll(sr);
        boolean oldHoldsNew = sr.containsAll(sa);
        if (!newHoldsOld && !oldHoldsNew) {
            return Optional.empty();
        }
        String names = newHoldsOld && oldHoldsNew ? "the names differ only in singular and plural"
                : newHoldsOld ? "the new name holds every word of the old one"
                : "the old name holds every word of the new one";
        boolean oneWord = Math.min(sr.size(), sa.size()) < 2 && !(newHoldsOld && oldHoldsNew);
        boolean evidence = oneWord ? sameDefault && similar : sameDefault || similar;
        if (!evidence) {
            return Optional.empty();
        }
        return Optional.of(same + ", " + names + (similar ? ", and similar descriptions" : ""));
    }

    /** Function words, which say nothing about what a description is about. */
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("the", "and", "for", "this",
            "that", "with", "from", "which", "when", "are", "its", "not", "will", "all", "any", "set", "use");

    /** Whether at least half of the words of two non-empty descriptions (function words aside) are shared. */
    static boolean similarDescriptions(String a, String b) {
        java.util.Set<String> wa = contentWords(a);
        java.util.Set<String> wb = contentWords(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return false;
        }
        java.util.Set<String> shared = new java.util.HashSet<>(wa);
        shared.retainAll(wb);
        java.util.Set<String> all = new java.util.HashSet<>(wa);
        all.addAll(wb);
        return shared.size() * 2 >= all.size();
    }

    private static java.util.Set<String> contentWords(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : normalised(text).split(" ")) {
            if (w.length() > 2 && !FUNCTION_WORDS.contains(w)) {
                out.add(singular(w));
            }
        }
        return out;
    }

    /** An English word's singular, for the plurals names use ({@code ids}, {@code policies}, {@code addresses}). */
    static String singular(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 4 && (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches")
                || word.endsWith("shes"))) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 2 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static List<String> words(String name) {
        return List.of(name.toLowerCase(Locale.ROOT).split("_+"));
    }

    private static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * The guide's opening while the module is deprecated: why, and what happens next — archiving on the removal
     * date, or, without one, whenever someone archives it. {@code archive} replaces it with
     * {@link #archivedStatus}.
     */
    static String deprecatedStatus(String id, String replacement, Deprecation deprecation) {
        return id + " is deprecated: " + sentence(deprecation.reason()) + "\n" + deprecation.removalDate()
                .map(d -> "It will be archived on " + d + ": from then on it is read-only, and browse, search and"
                        + " recommend no longer list it. Move every call of it to " + replacement + " before then,"
                        + " as shown below.\n")
                .orElse("No removal date is set: it stays usable (modules depending on it get a "
                        + "deprecated-dependency warning) until it is archived with 'alexandria archive " + id
                        + "', which can happen at any time; from then on it is read-only, and browse, search and"
                        + " recommend no longer list it. Move every call of it to " + replacement + " now, as shown"
                        + " below.\n");
    }

    /** The guide's opening once the module is archived: when, why, and where to go. */
    static String archivedStatus(String id, String replacement, Deprecation deprecation, java.time.LocalDate day) {
        return id + " was archived on " + day + ": " + sentence(deprecation.reason()) + " It is read-only, and"
                + " browse, search and recommend no longer list it (info still shows it). Move every call of it to "
                + replacement + " as shown below.\n";
    }

    private static String sentence(String text) {
        String t = text.strip();
        return t.endsWith(".") ? t : t + ".";
    }
}
