package dev.alexandria.core.internal.versioning;

import dev.alexandria.api.model.ChangeImpact;
import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.InputVariable;
import dev.alexandria.api.model.InterfaceChange;
import dev.alexandria.api.model.InterfaceDiff;
import dev.alexandria.api.model.LiteralValue;
import dev.alexandria.api.model.ModuleCallRef;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.OutputValue;
import dev.alexandria.api.model.ProviderConfigRef;
import dev.alexandria.api.model.ProviderRequirement;
import dev.alexandria.api.model.ResourceRef;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.api.model.VersionConstraint;
import dev.alexandria.core.internal.inspect.ModuleDetails;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Compares two versions of a module and classifies every change to what its callers see, one
 * {@link InterfaceChange} per change with the rule that found it. The rules, each with an example, are in
 * {@code docs/versioning.md}; their ids are the constants used below.
 *
 * <p>Stateless and thread-safe.
 */
public final class InterfaceDiffer {

    private InterfaceDiffer() {
    }

    /**
     * Compares two versions.
     *
     * @param from            the old version
     * @param to              the new version
     * @param riskyIsBreaking whether risky changes count as breaking
     * @return the diff, with {@code from}'s and {@code to}'s labels
     */
    public static InterfaceDiff diff(ModuleSnapshot from, ModuleSnapshot to, boolean riskyIsBreaking) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Run run = run(from, to);
        List<InterfaceDiff.NotCompared> notCompared = new ArrayList<>(notCompared(from, to));
        for (InterfaceDiff.NotCompared x : run.notCompared.values()) {
            if (notCompared.stream().noneMatch(y -> y.subject().equals(x.subject()))) {
                notCompared.add(x);
            }
        }
        return new InterfaceDiff(from.label(), to.label(), run.changes, riskyIsBreaking, errors(from, to),
                notCompared);
    }

    /**
     * The declarations that files which failed to parse still show, each once (the new version's first), named
     * as changes name their subject. Only what the diff compares is listed (not {@code locals}, {@code check} …).
     */
    private static List<InterfaceDiff.NotCompared> notCompared(ModuleSnapshot from, ModuleSnapshot to) {
        Map<String, InterfaceDiff.NotCompared> out = new LinkedHashMap<>();
        for (ModuleSnapshot side : List.of(to, from)) {
            for (ModuleDetails.Hidden h : side.details().hidden()) {
                String subject = subject(h);
                if (subject != null) {
                    out.putIfAbsent(subject.equals("*") ? "*" + h.location().file() : subject,
                            new InterfaceDiff.NotCompared(subject, side.label(), h.location(), h.problem()));
                }
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * A hidden declaration named as the changes about it name their subject; null for blocks the diff does not
     * compare. A header that lacks a label names any declaration of its kind: {@code var.*} (a {@code variable}
     * block without a name), {@code aws_instance.*}, {@code data.*}, {@code resource.*} (any managed resource),
     * and {@code *} (anything: a {@code .tf.json} file that is not valid JSON).
     */
    static String subject(ModuleDetails.Hidden h) {
        List<String> l = h.labels();
        switch (h.type()) {
            case "*":
                return "*";
            case "variable":
                return "var." + (l.isEmpty() ? "*" : l.get(0));
            case "output":
                return "output." + (l.isEmpty() ? "*" : l.get(0));
            case "module":
                return "module." + (l.isEmpty() ? "*" : l.get(0));
            case "resource":
                return l.isEmpty() ? "resource.*" : l.get(0) + "." + (l.size() < 2 ? "*" : l.get(1));
            case "data":
                return "data." + (l.isEmpty() ? "*" : l.get(0) + "." + (l.size() < 2 ? "*" : l.get(1)));
            case "provider":
                return "provider." + (l.isEmpty() ? "*" : l.get(0));
            case "moved":
            case "removed":
            case "terraform":
                return h.type();
            default:
                return null;
        }
    }

    /** Whether a subject names a declaration of any kind ({@code var.*}, {@code *}) rather than one. */
    static boolean isWildcard(String subject) {
        return subject.endsWith("*");
    }

    /**
     * Whether a wildcard subject ({@link #subject}) covers a change's subject: {@code *} covers every one,
     * {@code resource.*} every managed resource, {@code var.*} every variable, {@code aws_instance.*} every
     * {@code aws_instance}.
     */
    static boolean covers(String wildcard, String subject) {
        if (wildcard.equals("*")) {
            return true;
        }
        if (wildcard.equals("resource.*")) {
            int dot = subject.indexOf('.');
            return dot > 0 && !Set.of("var", "output", "module", "data", "provider", "moved", "removed")
                    .contains(subject.substring(0, dot));
        }
        return subject.startsWith(wildcard.substring(0, wildcard.length() - 1));
    }

    /**
     * The wildcard subjects a version's unreadable parts show ({@code *}, {@code var.*} …), each with where it
     * is: a declaration missing from that version may be there.
     */
    private static Map<String, ModuleDetails.Hidden> wildcards(ModuleSnapshot side) {
        Map<String, ModuleDetails.Hidden> out = new LinkedHashMap<>();
        for (ModuleDetails.Hidden h : side.details().hidden()) {
            String subject = subject(h);
            if (subject != null && isWildcard(subject)) {
                out.putIfAbsent(subject, h);
            }
        }
        return out;
    }

    /** The subjects of the hidden declarations of one version. */
    private static Set<String> hiddenSubjects(ModuleSnapshot side) {
        Set<String> out = new java.util.HashSet<>();
        for (ModuleDetails.Hidden h : side.details().hidden()) {
            String subject = subject(h);
            if (subject != null) {
                out.add(subject);
            }
        }
        return out;
    }

    /**
     * Whether a change is about a declaration hidden in either version: such a change compares what one version
     * says with nothing (or with another part of a version that could not be read), so it is left out and the
     * declaration is listed as not compared instead. Changes about declarations that parse on both sides, such as
     * a variable truly removed from a file that parses, are kept.
     */
    private static boolean aboutHidden(String subject, Set<String> hidden) {
        if (hidden.isEmpty()) {
            return false;
        }
        if (subject.startsWith("moved.")) {
            return hidden.contains("moved");
        }
        if (subject.startsWith("removed.")) {
            return hidden.contains("removed");
        }
        if (subject.equals("terraform")) {
            return hidden.contains("terraform");
        }
        if (subject.startsWith("provider.")) {
            int dot = subject.indexOf('.', "provider.".length());
            String name = dot < 0 ? subject : subject.substring(0, dot);
            if (hidden.contains("terraform") || hidden.contains(name) || hidden.contains("provider.*")
                    || hidden.contains("resource.*") || hidden.contains("data.*")) {
                return true;
            }
            // a provider a hidden resource or data source would imply (aws for aws_s3_bucket.this)
            String local = name.substring("provider.".length());
            for (String h : hidden) {
                String type = h.startsWith("data.") ? h.substring("data.".length()) : h;
                if (type.startsWith(local + "_") || type.startsWith(local + ".")) {
                    return true;
                }
            }
            return false;
        }
        int bracket = subject.indexOf('[');
        return hidden.contains(bracket < 0 ? subject : subject.substring(0, bracket));
    }

    /**
     * The errors met reading either version, each once (an error both versions share is named once, for the new
     * version), each summary ending with the version it was met in.
     */
    private static List<Diagnostic> errors(ModuleSnapshot from, ModuleSnapshot to) {
        Map<String, Diagnostic> out = new LinkedHashMap<>();
        for (ModuleSnapshot side : List.of(to, from)) {
            for (Diagnostic d : side.iface().diagnostics()) {
                if (d.isError()) {
                    out.putIfAbsent(d.location() + "\u0000" + d.summary(), Diagnostic.error(d.summary() + " (in "
                            + side.label() + ")", d.detail(), d.location()));
                }
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * The changes between two versions, in the order the rules found them.
     *
     * @param from the old version
     * @param to   the new version
     * @return the changes
     */
    static List<InterfaceChange> changes(ModuleSnapshot from, ModuleSnapshot to) {
        return run(from, to).changes;
    }

    private static Run run(ModuleSnapshot from, ModuleSnapshot to) {
        Run run = new Run(from, to);
        run.variables();
        run.outputs();
        run.resources();
        run.moduleCalls();
        run.movedAndRemoved();
        run.dataSources();
        run.terraform();
        run.providers();
        return run;
    }

    /** One comparison. */
    private static final class Run {
        final ModuleSnapshot a;
        final ModuleSnapshot b;
        final ModuleInterface ai;
        final ModuleInterface bi;
        final List<InterfaceChange> changes = new ArrayList<>();
        /** Old addresses whose fate a moved or removed block of the new version decided. */
        final Set<String> handledBlocks = new LinkedHashSet<>();
        /** The subjects of the declarations either version's unparsable files still show. */
        final Set<String> hidden;
        /** Each version's wildcard subjects ({@code *}, {@code var.*} …): what it lacks may be hidden there. */
        final Map<String, ModuleDetails.Hidden> aWildcards;
        final Map<String, ModuleDetails.Hidden> bWildcards;
        /** The changes left out as a wildcard covers them, by subject: compared with nothing, so not compared. */
        final Map<String, InterfaceDiff.NotCompared> notCompared = new LinkedHashMap<>();

        Run(ModuleSnapshot a, ModuleSnapshot b) {
            this.a = a;
            this.b = b;
            this.ai = a.iface();
            this.bi = b.iface();
            Set<String> h = hiddenSubjects(a);
            h.addAll(hiddenSubjects(b));
            this.hidden = h;
            this.aWildcards = wildcards(a);
            this.bWildcards = wildcards(b);
        }

        void add(ChangeImpact impact, String rule, String subject, String message, SourceLocation before,
                 SourceLocation after) {
            if (aboutHidden(subject, hidden)) {
                return;
            }
            // a change that finds nothing on one side, where that side has an unreadable part that may hold it
            if ((after == null && hiddenBy(b, bWildcards, subject)) || (before == null && hiddenBy(a, aWildcards,
                    subject))) {
                return;
            }
            changes.add(new InterfaceChange(impact, rule, subject, message, Optional.ofNullable(before),
                    Optional.ofNullable(after)));
        }

        /**
         * Whether a wildcard of one version covers a subject; if so the subject is recorded as not compared in
         * that version, at the first such wildcard.
         */
        private boolean hiddenBy(ModuleSnapshot side, Map<String, ModuleDetails.Hidden> wildcards, String subject) {
            for (Map.Entry<String, ModuleDetails.Hidden> w : wildcards.entrySet()) {
                if (covers(w.getKey(), subject)) {
                    notCompared.putIfAbsent(subject, new InterfaceDiff.NotCompared(subject, side.label(),
                            w.getValue().location(), w.getValue().problem()));
                    return true;
                }
            }
            return false;
        }

        // ------------------------------------------------------------------ variables

        void variables() {
            Map<String, InputVariable> old = byName(ai.variables(), InputVariable::name);
            Map<String, InputVariable> neu = byName(bi.variables(), InputVariable::name);
            for (InputVariable o : old.values()) {
                InputVariable n = neu.get(o.name());
                if (n == null) {
                    add(ChangeImpact.MAJOR, "variable-removed", "var." + o.name(), "variable " + o.name()
                            + " was removed (or renamed): callers that set it fail with \"Unsupported argument\"",
                            o.location(), null);
                } else {
                    variable(o, n);
                }
            }
            for (InputVariable n : neu.values()) {
                if (old.containsKey(n.name())) {
                    continue;
                }
                if (n.required()) {
                    add(ChangeImpact.MAJOR, "variable-added-required", "var." + n.name(), "new variable " + n.name()
                            + " has no default: every caller must now set it", null, n.location());
                } else {
                    add(ChangeImpact.MINOR, "variable-added-optional", "var." + n.name(), "new optional variable "
                            + n.name() + " (default " + n.defaultValue().get().hcl() + ")", null, n.location());
                }
            }
        }

        private void variable(InputVariable o, InputVariable n) {
            String s = "var." + o.name();
            String v = "variable " + o.name();
            SourceLocation lo = o.location();
            SourceLocation ln = n.location();
            if (o.defaultValue().isPresent() && n.defaultValue().isEmpty()) {
                add(ChangeImpact.MAJOR, "variable-default-removed", s, v + " lost its default ("
                        + o.defaultValue().get().hcl() + "): callers that did not set it fail", lo, ln);
            } else if (o.defaultValue().isEmpty() && n.defaultValue().isPresent()) {
                add(ChangeImpact.MINOR, "variable-default-added", s, v + " got a default ("
                        + n.defaultValue().get().hcl() + ") and is now optional", lo, ln);
            } else if (o.defaultValue().isPresent() && !sameValue(o.defaultValue().get(), n.defaultValue().get())) {
                add(ChangeImpact.RISKY, "variable-default-changed", s, "the default of " + v + " changed from "
                        + o.defaultValue().get().hcl() + " to " + n.defaultValue().get().hcl()
                        + ": callers that do not set it get the new value", lo, ln);
            }
            if (o.nullable() && !n.nullable()) {
                if (n.required()) {
                    add(ChangeImpact.MAJOR, "variable-nullable-removed", s, v + " is no longer nullable and has no "
                            + "default: callers that pass null fail", lo, ln);
                } else {
                    add(ChangeImpact.RISKY, "variable-nullable-changed", s, v + " is no longer nullable: a caller's "
                            + "null now means the default " + n.defaultValue().get().hcl() + " instead of null", lo,
                            ln);
                }
            } else if (!o.nullable() && n.nullable()) {
                if (n.required()) {
                    add(ChangeImpact.MINOR, "variable-nullable-added", s, v + " now accepts null", lo, ln);
                } else {
                    add(ChangeImpact.RISKY, "variable-nullable-changed", s, v + " is now nullable: a caller's null "
                            + "is passed on as null instead of meaning the default " + n.defaultValue().get().hcl(),
                            lo, ln);
                }
            }
            TypeCompatibility.Result t = TypeCompatibility.compare(o.type(), n.type());
            // rendered only for a change: rendering every variable's type (object types of a large module) costs
            java.util.function.Supplier<String> types = () -> "the type of " + v + " changed from "
                    + o.type().render() + " to " + n.type().render();
            if (o.typeSource().isEmpty() && n.typeSource().isPresent()
                    && t.verdict() == TypeCompatibility.Verdict.NARROWED) {
                // No type before: the module's own use of the value already limited what callers could pass.
                add(ChangeImpact.RISKY, "variable-type-added", s, v + " had no type and now has " + n.type().render()
                        + ": values of other types, which the module's code may not have handled, are refused", lo,
                        ln);
            } else if (t.verdict() == TypeCompatibility.Verdict.NARROWED) {
                add(ChangeImpact.MAJOR, "variable-type-narrowed", s, types.get() + ": " + t.explanation(), lo, ln);
            } else if (t.verdict() == TypeCompatibility.Verdict.CONVERTED) {
                add(ChangeImpact.RISKY, "variable-type-converted", s, types.get() + ": " + t.explanation(), lo, ln);
            } else if (t.verdict() == TypeCompatibility.Verdict.WIDENED) {
                add(ChangeImpact.MINOR, "variable-type-widened", s, types.get() + ": " + t.explanation(), lo, ln);
            } else if (!normalized(o.typeSource().orElse("")).equals(normalized(n.typeSource().orElse("")))) {
                add(ChangeImpact.PATCH, "variable-type-respelled", s, "the type of " + v + " is written differently "
                        + "but is the same type, " + n.type().render(), lo, ln);
            }
            if (o.sensitive() != n.sensitive()) {
                add(ChangeImpact.RISKY, "variable-sensitive-changed", s, v + (n.sensitive() ? " is now sensitive: "
                        + "plans hide it and outputs that use it must be sensitive too"
                        : " is no longer sensitive: plans show its value"), lo, ln);
            }
            if (o.ephemeral() && !n.ephemeral()) {
                add(ChangeImpact.MAJOR, "variable-ephemeral-removed", s, v + " is no longer ephemeral: callers that "
                        + "pass ephemeral values fail", lo, ln);
            } else if (!o.ephemeral() && n.ephemeral()) {
                add(ChangeImpact.MINOR, "variable-ephemeral-added", s, v + " now also accepts ephemeral values", lo,
                        ln);
            }
            validations(o, n, s, v);
            if (o.deprecated().isEmpty() && n.deprecated().isPresent()) {
                add(ChangeImpact.RISKY, "variable-deprecated", s, v + " is now deprecated: \"" + n.deprecated().get()
                        + "\"", lo, ln);
            }
            if (!o.description().strip().equals(n.description().strip())) {
                add(ChangeImpact.PATCH, "variable-description-changed", s, "the description of " + v + " changed",
                        lo, ln);
            }
        }

        private void validations(InputVariable o, InputVariable n, String s, String v) {
            List<ModuleDetails.Validation> ov = a.details().validations().getOrDefault(o.name(), List.of());
            List<ModuleDetails.Validation> nv = b.details().validations().getOrDefault(n.name(), List.of());
            Set<String> oldConditions = new LinkedHashSet<>();
            ov.forEach(x -> oldConditions.add(normalized(x.condition())));
            List<ModuleDetails.Validation> added = new ArrayList<>();
            Set<String> newConditions = new LinkedHashSet<>();
            for (ModuleDetails.Validation x : nv) {
                newConditions.add(normalized(x.condition()));
                if (!oldConditions.contains(normalized(x.condition()))) {
                    added.add(x);
                }
            }
            boolean removed = !newConditions.containsAll(oldConditions);
            if (ov.isEmpty() && nv.isEmpty() && o.validationCount() != n.validationCount()) {
                // details unavailable: fall back to the counts of the interface
                if (n.validationCount() > o.validationCount()) {
                    add(ChangeImpact.RISKY, "variable-validation-added", s, v + " has " + (n.validationCount()
                            - o.validationCount()) + " more validation: values that passed may now be refused",
                            o.location(), n.location());
                } else {
                    add(ChangeImpact.MINOR, "variable-validation-removed", s, v + " has fewer validations: it "
                            + "accepts more values", o.location(), n.location());
                }
                return;
            }
            if (!added.isEmpty()) {
                ModuleDetails.Validation first = added.get(0);
                add(ChangeImpact.RISKY, removed ? "variable-validation-changed" : "variable-validation-added", s, v
                        + (removed ? " has a changed validation" : " has a new validation") + " (condition "
                        + abbreviate(first.condition()) + "): values that passed may now be refused", o.location(),
                        first.location());
            } else if (removed) {
                add(ChangeImpact.MINOR, "variable-validation-removed", s, v + " lost a validation: it accepts more "
                        + "values", o.location(), n.location());
            }
        }

        // ------------------------------------------------------------------ outputs

        void outputs() {
            Map<String, OutputValue> old = byName(ai.outputs(), OutputValue::name);
            Map<String, OutputValue> neu = byName(bi.outputs(), OutputValue::name);
            for (OutputValue o : old.values()) {
                OutputValue n = neu.get(o.name());
                String s = "output." + o.name();
                String w = "output " + o.name();
                if (n == null) {
                    add(ChangeImpact.MAJOR, "output-removed", s, w + " was removed (or renamed): callers that use "
                            + "module.<name>." + o.name() + " fail", o.location(), null);
                    continue;
                }
                if (!o.sensitive() && n.sensitive()) {
                    add(ChangeImpact.MAJOR, "output-sensitive-added", s, w + " is now sensitive: callers that use it "
                            + "in a non-sensitive output or resource argument fail", o.location(), n.location());
                } else if (o.sensitive() && !n.sensitive()) {
                    add(ChangeImpact.RISKY, "output-sensitive-removed", s, w + " is no longer sensitive: plans show "
                            + "its value", o.location(), n.location());
                }
                if (o.deprecated().isEmpty() && n.deprecated().isPresent()) {
                    add(ChangeImpact.RISKY, "output-deprecated", s, w + " is now deprecated: \""
                            + n.deprecated().get() + "\"", o.location(), n.location());
                }
                if (!o.description().strip().equals(n.description().strip())) {
                    add(ChangeImpact.PATCH, "output-description-changed", s, "the description of " + w + " changed",
                            o.location(), n.location());
                }
            }
            for (OutputValue n : neu.values()) {
                if (!old.containsKey(n.name())) {
                    add(ChangeImpact.MINOR, "output-added", "output." + n.name(), "new output " + n.name(), null,
                            n.location());
                }
            }
        }

        // ------------------------------------------------------------------ resources and module calls

        /** What the state-carrying objects (managed resources, module calls) have in common. */
        private record StateObject(String address, Optional<String> count, Optional<String> forEach,
                SourceLocation location) {
        }

        void resources() {
            statefulObjects("resource", managed(ai), managed(bi));
        }

        void moduleCalls() {
            statefulObjects("module-call", calls(a), calls(b));
        }

        private static Map<String, StateObject> managed(ModuleInterface mi) {
            Map<String, StateObject> out = new LinkedHashMap<>();
            for (ResourceRef r : mi.managedResources()) {
                out.putIfAbsent(r.address(), new StateObject(r.address(), r.count(), r.forEach(), r.location()));
            }
            return out;
        }

        private static Map<String, StateObject> calls(ModuleSnapshot s) {
            Map<String, StateObject> out = new LinkedHashMap<>();
            for (ModuleCallRef c : s.iface().moduleCalls()) {
                ModuleDetails.Repetition r = s.details().moduleCalls().getOrDefault(c.name(),
                        new ModuleDetails.Repetition(Optional.empty(), Optional.empty()));
                out.putIfAbsent("module." + c.name(), new StateObject("module." + c.name(), r.count(), r.forEach(),
                        c.location()));
            }
            return out;
        }

        private void statefulObjects(String kind, Map<String, StateObject> old, Map<String, StateObject> neu) {
            String noun = kind.equals("resource") ? "resource" : "module call";
            Set<String> movedTargets = new LinkedHashSet<>();
            for (StateObject o : old.values()) {
                StateObject n = neu.get(o.address());
                Optional<ModuleDetails.Moved> moved = movedFrom(b.details(), o.address());
                if (n == null) {
                    if (moved.isPresent()) {
                        String target = base(moved.get().to());
                        movedTargets.add(target);
                        handledBlocks.add(o.address());
                        add(ChangeImpact.PATCH, kind + "-moved", o.address(), noun + " " + o.address()
                                + " moved to " + moved.get().to() + ": the moved block at " + moved.get().location()
                                + " carries its state", o.location(), moved.get().location());
                        continue;
                    }
                    Optional<ModuleDetails.Removed> removed = removedBlock(b.details(), o.address());
                    if (removed.isPresent() && !removed.get().destroy()) {
                        handledBlocks.add(o.address());
                        add(ChangeImpact.RISKY, kind + "-removed-kept", o.address(), noun + " " + o.address()
                                + " left the module; the removed block at " + removed.get().location() + " keeps what "
                                + "it created, but callers' state no longer manages it", o.location(),
                                removed.get().location());
                        continue;
                    }
                    removed.ifPresent(r -> handledBlocks.add(o.address()));
                    add(ChangeImpact.MAJOR, kind + "-removed", o.address(), noun + " " + o.address()
                            + " was removed (or renamed) without a moved block: callers' objects would be destroyed"
                            + (removed.isPresent() ? " (the removed block at " + removed.get().location()
                                    + " destroys them)" : ""), o.location(), removed.map(
                                            ModuleDetails.Removed::location).orElse(null));
                    continue;
                }
                repetition(kind, noun, o, n, moved);
            }
            for (StateObject n : neu.values()) {
                if (!old.containsKey(n.address()) && !movedTargets.contains(n.address())) {
                    add(ChangeImpact.MINOR, kind + "-added", n.address(), "new " + noun + " " + n.address(), null,
                            n.location());
                }
            }
        }

        private void repetition(String kind, String noun, StateObject o, StateObject n,
                                Optional<ModuleDetails.Moved> moved) {
            String before = o.forEach().isPresent() ? "for_each" : o.count().isPresent() ? "count" : "none";
            String after = n.forEach().isPresent() ? "for_each" : n.count().isPresent() ? "count" : "none";
            if (before.equals(after)) {
                return;
            }
            String what = noun + " " + o.address();
            if (!before.equals("for_each") && !after.equals("for_each")) {
                // none <-> count: Terraform moves the single instance to [0] and back by itself
                add(ChangeImpact.PATCH, kind + (after.equals("count") ? "-count-added" : "-count-removed"),
                        o.address(), what + (after.equals("count") ? " now has count: Terraform moves the existing "
                                + "instance to " + o.address() + "[0] by itself" : " no longer has count: Terraform "
                                + "moves " + o.address() + "[0] to " + o.address() + " by itself"),
                        o.location(), n.location());
                return;
            }
            String change = before.equals("none") ? "now has for_each" : after.equals("none")
                    ? "no longer has for_each" : "switched from " + before + " to " + after;
            if (moved.isPresent()) {
                handledBlocks.add(o.address());
                add(ChangeImpact.PATCH, kind + "-moved", o.address(), what + " " + change + "; the moved block at "
                        + moved.get().location() + " carries its state", o.location(), moved.get().location());
                return;
            }
            String rule = before.equals("none") ? "-for-each-added" : after.equals("none") ? "-for-each-removed"
                    : "-repetition-changed";
            add(ChangeImpact.MAJOR, kind + rule, o.address(), what + " " + change + " and no moved block carries "
                    + "its state: callers' instances get new addresses and would be destroyed and recreated",
                    o.location(), n.location());
        }

        // ------------------------------------------------------------------ moved and removed blocks

        void movedAndRemoved() {
            Set<String> newMoves = new LinkedHashSet<>();
            for (ModuleDetails.Moved m : b.details().moved()) {
                newMoves.add(m.from() + " -> " + m.to());
            }
            Set<String> oldMoves = new LinkedHashSet<>();
            for (ModuleDetails.Moved m : a.details().moved()) {
                String key = m.from() + " -> " + m.to();
                oldMoves.add(key);
                if (!newMoves.contains(key)) {
                    add(ChangeImpact.MAJOR, "moved-block-removed", "moved." + m.from(), "the moved block from "
                            + m.from() + " to " + m.to() + " was removed: callers upgrading from a version before it "
                            + "would have " + m.from() + " destroyed (keep moved blocks, as Terraform's refactoring "
                            + "guide says)", m.location(), null);
                }
            }
            for (ModuleDetails.Moved m : b.details().moved()) {
                String key = m.from() + " -> " + m.to();
                if (!oldMoves.contains(key) && !handledBlocks.contains(base(m.from()))) {
                    add(ChangeImpact.PATCH, "moved-block-added", "moved." + m.from(), "a moved block from " + m.from()
                            + " to " + m.to() + " was added", null, m.location());
                }
            }
            Set<String> oldRemoved = new LinkedHashSet<>();
            for (ModuleDetails.Removed r : a.details().removed()) {
                oldRemoved.add(r.from() + "/" + r.destroy());
            }
            for (ModuleDetails.Removed r : b.details().removed()) {
                if (oldRemoved.contains(r.from() + "/" + r.destroy()) || handledBlocks.contains(base(r.from()))) {
                    continue;
                }
                add(ChangeImpact.RISKY, "removed-block-added", "removed." + r.from(), "a removed block for " + r.from()
                        + " was added" + (r.destroy() ? ": callers that still have it in state will see it destroyed"
                                : " with destroy = false: callers' state forgets the object but keeps it"), null,
                        r.location());
            }
        }

        void dataSources() {
            Map<String, ResourceRef> old = byName(ai.dataResources(), ResourceRef::address);
            Map<String, ResourceRef> neu = byName(bi.dataResources(), ResourceRef::address);
            for (ResourceRef o : old.values()) {
                if (!neu.containsKey(o.address())) {
                    add(ChangeImpact.PATCH, "data-source-removed", o.address(), "data source " + o.address()
                            + " was removed", o.location(), null);
                }
            }
            for (ResourceRef n : neu.values()) {
                if (!old.containsKey(n.address())) {
                    add(ChangeImpact.PATCH, "data-source-added", n.address(), "new data source " + n.address(), null,
                            n.location());
                }
            }
        }

        // ------------------------------------------------------------------ requirements

        void terraform() {
            SourceLocation lo = requirementLocation(a, "terraform");
            SourceLocation ln = requirementLocation(b, "terraform");
            constraints("terraform", "required_version", "Terraform", ai.requiredCore(), bi.requiredCore(),
                    VersionConstraint.Semantics.REQUIRED_VERSION, lo, ln);
        }

        void providers() {
            Map<String, ProviderRequirement> old = byName(ai.requiredProviders(), ProviderRequirement::localName);
            Map<String, ProviderRequirement> neu = byName(bi.requiredProviders(), ProviderRequirement::localName);
            for (ProviderRequirement o : old.values()) {
                String s = "provider." + o.localName();
                SourceLocation lo = requirementLocation(a, s);
                ProviderRequirement n = neu.get(o.localName());
                if (n == null) {
                    add(ChangeImpact.PATCH, "provider-removed", s, "provider " + o.localName() + " is no longer "
                            + "required", lo, null);
                    continue;
                }
                SourceLocation ln = requirementLocation(b, s);
                String os = source(o);
                String ns = source(n);
                if (!os.equals(ns)) {
                    add(ChangeImpact.MAJOR, "provider-source-changed", s, "the source of provider " + o.localName()
                            + " changed from " + os + " to " + ns + ": callers' configurations of "
                            + o.localName() + " are for another provider", lo, ln);
                }
                constraints(s, "version", "provider " + o.localName(), o.versionConstraints(),
                        n.versionConstraints(), VersionConstraint.Semantics.SELECTION, lo, ln);
                Set<String> oa = aliases(o);
                Set<String> na = aliases(n);
                for (String alias : na) {
                    if (!oa.contains(alias)) {
                        add(ChangeImpact.MAJOR, "provider-alias-added", s, "provider " + o.localName()
                                + " requires the configuration " + alias + ": every caller must now pass it in "
                                + "providers", lo, ln);
                    }
                }
                for (String alias : oa) {
                    if (!na.contains(alias)) {
                        add(ChangeImpact.MAJOR, "provider-alias-removed", s, "provider configuration " + alias
                                + " is no longer declared: callers that pass it fail", lo, ln);
                    }
                }
            }
            for (ProviderRequirement n : neu.values()) {
                if (!old.containsKey(n.localName())) {
                    String s = "provider." + n.localName();
                    add(ChangeImpact.RISKY, "provider-added", s, "the module now requires provider " + n.localName()
                            + " (" + source(n) + (n.versionConstraints().isEmpty() ? "" : " "
                                    + String.join(", ", n.versionConstraints())) + "): callers must be able to "
                            + "install and configure it", null, requirementLocation(b, s));
                }
            }
        }

        private void constraints(String subject, String argument, String what, List<String> oldTexts,
                                 List<String> newTexts, VersionConstraint.Semantics semantics, SourceLocation lo,
                                 SourceLocation ln) {
            String oldText = oldTexts.isEmpty() ? "(any)" : String.join(", ", oldTexts);
            String newText = newTexts.isEmpty() ? "(any)" : String.join(", ", newTexts);
            if (normalized(oldText).equals(normalized(newText))) {
                return;
            }
            Optional<ReleaseSet> os = set(oldTexts, semantics);
            Optional<ReleaseSet> ns = set(newTexts, semantics);
            String changed = argument + " of " + what + " changed from " + oldText + " to " + newText;
            String rulePrefix = subject.equals("terraform") ? "terraform-version" : "provider-version";
            if (os.isEmpty() || ns.isEmpty()) {
                add(ChangeImpact.RISKY, rulePrefix + "-changed", subject, changed + " (a constraint that is not "
                        + "valid cannot be compared)", lo, ln);
                return;
            }
            ReleaseSet o = os.get();
            ReleaseSet n = ns.get();
            if (o.equals(n)) {
                add(ChangeImpact.PATCH, rulePrefix + "-respelled", subject, changed + ", which allows the same "
                        + "versions", lo, ln);
                return;
            }
            List<ReleaseSet.Line> dropped = o.existingLinesDroppedBy(n);
            List<ReleaseSet.Line> ceiling = o.linesDroppedBy(n);
            if (!dropped.isEmpty()) {
                add(ChangeImpact.MAJOR, rulePrefix + "-line-dropped", subject, changed + ": " + what + " "
                        + ReleaseSet.names(dropped) + ", which the old constraint allowed, "
                        + (dropped.size() == 1 && !dropped.get(0).rest() ? "is" : "are") + " no longer allowed", lo, ln);
            } else if (!ceiling.isEmpty()) {
                ReleaseSet gone = o.minus(n);
                add(ChangeImpact.RISKY, rulePrefix + "-ceiling-added", subject, changed + ": " + what + " "
                        + gone.describe() + ", which the old constraint allowed, "
                        + (gone.isSingle() ? "is" : "are") + " no longer allowed "
                        + "(callers already on them would break)", lo, ln);
            } else if (o.isSubsetOf(n)) {
                add(ChangeImpact.MINOR, rulePrefix + "-widened", subject, changed + ": more versions are allowed",
                        lo, ln);
            } else {
                ReleaseSet gone = o.minus(n);
                // name what was cut: the oldest versions (a floor raised), the newest (a ceiling lowered), or both
                ReleaseSet below = gone.intersect(n.belowLowest());
                ReleaseSet above = gone.minus(below);
                String why;
                if (above.isEmpty()) {
                    why = "a floor raised within the same version line: callers on them must upgrade";
                } else if (below.isEmpty() && above.isAbove(n)) {
                    why = "a ceiling lowered within the same version line: callers already on them would have to "
                            + "downgrade";
                } else if (!below.isEmpty() && above.isAbove(n)) {
                    why = "the floor raised (" + below.describe() + ") and the ceiling lowered (" + above.describe()
                            + ") within the same version line: callers on them must move";
                } else {
                    why = "versions left out within the same version line: callers on them must move";
                }
                add(ChangeImpact.RISKY, rulePrefix + "-narrowed", subject, changed + ": " + what + " "
                        + gone.describe() + ", which the old constraint allowed, " + (gone.isSingle() ? "is" : "are")
                        + " no longer allowed (" + why + ")", lo, ln);
            }
        }

        private static Optional<ReleaseSet> set(List<String> texts, VersionConstraint.Semantics semantics) {
            List<VersionConstraint> cs = new ArrayList<>();
            for (String t : texts) {
                Optional<VersionConstraint> c = VersionConstraint.tryParse(t);
                if (c.isEmpty()) {
                    return Optional.empty();
                }
                cs.add(c.get());
            }
            return Optional.of(ReleaseSet.of(cs, semantics));
        }

        private static String source(ProviderRequirement p) {
            String s = p.source().orElse("hashicorp/" + p.localName()).toLowerCase(Locale.ROOT);
            return s.startsWith("registry.terraform.io/") ? s.substring("registry.terraform.io/".length()) : s;
        }

        private static Set<String> aliases(ProviderRequirement p) {
            Set<String> out = new LinkedHashSet<>();
            for (ProviderConfigRef r : p.configurationAliases()) {
                out.add(r.key());
            }
            return out;
        }

        private static SourceLocation requirementLocation(ModuleSnapshot s, String key) {
            SourceLocation l = s.details().requirementLocations().get(key);
            if (l != null) {
                return l;
            }
            if (key.startsWith("provider.")) {
                // required implicitly, by a resource's type prefix: the first block that uses it
                String name = key.substring("provider.".length());
                Optional<SourceLocation> user = java.util.stream.Stream.concat(
                        s.iface().managedResources().stream(), s.iface().dataResources().stream())
                        .filter(r -> r.provider().name().equals(name)).map(ResourceRef::location)
                        .filter(at -> at.line() > 0).min(java.util.Comparator.naturalOrder());
                if (user.isPresent()) {
                    return user.get();
                }
            }
            // a finding needs a file and a line (SARIF refuses a folder): the module's metadata file, line 1
            String path = s.iface().path();
            return SourceLocation.of((path.isBlank() ? "" : path + "/") + ".alexandria.yaml", 1, 1);
        }
    }

    // ------------------------------------------------------------------ helpers

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> out = new LinkedHashMap<>();
        for (T t : items) {
            out.putIfAbsent(name.apply(t), t);
        }
        return out;
    }

    /** Compares defaults as values: literals by value (1.0 equals 1), expressions by their text without spaces. */
    static boolean sameValue(LiteralValue x, LiteralValue y) {
        if (x instanceof LiteralValue.NonLiteral || y instanceof LiteralValue.NonLiteral) {
            return normalized(x.hcl()).equals(normalized(y.hcl()));
        }
        return TypeCompatibility.sameLiteral(x, y);
    }

    /** The moved block of a version whose {@code from} is the address or an instance of it. */
    static Optional<ModuleDetails.Moved> movedFrom(ModuleDetails d, String address) {
        for (ModuleDetails.Moved m : d.moved()) {
            if (base(m.from()).equals(address)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    static Optional<ModuleDetails.Removed> removedBlock(ModuleDetails d, String address) {
        for (ModuleDetails.Removed r : d.removed()) {
            if (base(r.from()).equals(address)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** An address without a trailing instance key: {@code aws_instance.a[0]} → {@code aws_instance.a}. */
    static String base(String address) {
        String s = address;
        while (s.endsWith("]")) {
            int open = s.lastIndexOf('[');
            if (open < 0) {
                break;
            }
            s = s.substring(0, open);
        }
        return s;
    }

    /**
     * The text without its whitespace ({@code [ \t\n\x0B\f\r]}, the regular expression {@code \s}): compared for
     * every variable of both versions, so without compiling a pattern each time; the text itself when it has none.
     */
    private static String normalized(String text) {
        int n = text.length();
        StringBuilder out = null;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (space && out == null) {
                out = new StringBuilder(n).append(text, 0, i);
            } else if (!space && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static String abbreviate(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        return t.length() <= 60 ? t : t.substring(0, 57) + "...";
    }
}
