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
 * variables and outputs matched by name (and their types compared), renamed ones suggested by name similarity,
 * what is new and required, what disappears, and an HCL before/after of a module call.
 */
final class MigrationGuide {

    /** Names at least this similar (0..1) are suggested as a rename. */
    static final double RENAME_SIMILARITY = 0.5;

    private MigrationGuide() {
    }

    /** A variable or output as the guide compares it. */
    private record Item(String name, String type, boolean required, String description) {
    }

    /** How an item of the old module maps to the new one. */
    private record Match(Optional<Item> before, Optional<Item> after, String change) {
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
        String reason = deprecation.reason().strip();
        sb.append(from.id()).append(" is deprecated: ").append(reason).append(reason.endsWith(".") ? "" : ".")
                .append('\n');
        deprecation.removalDate().ifPresent(d -> sb.append("It will be archived on ").append(d).append(".\n"));
        sb.append("\nThis guide compares the interfaces of ").append(from.id()).append(' ')
                .append(from.metadata().version()).append(" and ").append(to.id()).append(' ')
                .append(to.metadata().version()).append(". Renames are suggestions from similar names: check them.\n");
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
        for (Match m : vars) {
            if (m.after().isEmpty()) {
                continue;
            }
            Item a = m.after().get();
            if (m.before().isPresent() && m.before().get().required()) {
                Item b = m.before().get();
                List<String> remarks = new ArrayList<>();
                if (!b.name().equals(a.name())) {
                    remarks.add("was " + b.name());
                }
                if (!b.type().equals(a.type())) {
                    remarks.add("type changes from " + b.type() + " to " + a.type() + ": convert the value");
                }
                sb.append("  ").append(a.name()).append(" = var.").append(b.name())
                        .append(remarks.isEmpty() ? "" : "  # " + String.join("; ", remarks)).append('\n');
            } else if (m.before().isEmpty() && a.required()) {
                sb.append("  # ").append(a.name()).append(" = <").append(a.type())
                        .append(">  # new and required: set it\n");
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
        return new Item(v.name(), v.type().toString(), v.required(), v.description());
    }

    private static Item item(OutputValue o) {
        return new Item(o.name(), "output", false, o.description());
    }

    private static List<Match> match(List<Item> before, List<Item> after, boolean variables) {
        Map<String, Item> unmatchedAfter = new LinkedHashMap<>();
        after.forEach(a -> unmatchedAfter.put(a.name(), a));
        List<Match> out = new ArrayList<>();
        List<Item> gone = new ArrayList<>();
        for (Item b : before) {
            Item a = unmatchedAfter.remove(b.name());
            if (a == null) {
                gone.add(b);
            } else if (!variables || a.type().equals(b.type())) {
                out.add(new Match(Optional.of(b), Optional.of(a), variables && a.required() && !b.required()
                        ? "same name and type; now required: set it" : "same"));
            } else {
                out.add(new Match(Optional.of(b), Optional.of(a), "type changes from " + b.type() + " to "
                        + a.type() + ": convert the value"));
            }
        }
        for (Item b : gone) {
            Item best = null;
            double bestScore = 0;
            for (Item a : unmatchedAfter.values()) {
                double s = similarity(b.name(), a.name());
                if (s > bestScore) {
                    bestScore = s;
                    best = a;
                }
            }
            if (best != null && bestScore >= RENAME_SIMILARITY) {
                unmatchedAfter.remove(best.name());
                out.add(new Match(Optional.of(b), Optional.of(best), "renamed? (similar name)"
                        + (variables && !best.type().equals(b.type()) ? "; type changes from " + b.type() + " to "
                        + best.type() : "")));
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

    /**
     * How alike two names are, 0 to 1: the larger of 1 - edit distance / longer length and the share of
     * {@code _}-separated words they have in common ({@code cidr} and {@code ipv4_cidr}: 0.5).
     */
    static double similarity(String a, String b) {
        List<String> wa = List.of(a.toLowerCase(Locale.ROOT).split("_"));
        List<String> wb = List.of(b.toLowerCase(Locale.ROOT).split("_"));
        long common = wa.stream().distinct().filter(wb::contains).count();
        double words = (double) common / Math.max(wa.size(), wb.size());
        return Math.max(words, editSimilarity(a, b));
    }

    private static double editSimilarity(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        int[] prev = new int[y.length() + 1];
        int[] cur = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        int longer = Math.max(x.length(), y.length());
        return longer == 0 ? 1 : 1 - (double) prev[y.length()] / longer;
    }
}
