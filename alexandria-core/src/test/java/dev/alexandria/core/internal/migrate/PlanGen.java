package dev.alexandria.core.internal.migrate;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.alexandria.api.model.ComplexityTier;
import dev.alexandria.api.model.Inferred;
import dev.alexandria.api.model.Layer;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.MigrationAction;
import dev.alexandria.api.model.MigrationPlan;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.PlannedModule;
import dev.alexandria.api.model.SkippedFolder;
import dev.alexandria.api.model.Version;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/** Generators of migration plans whose strings are the ones YAML gets wrong most easily. */
final class PlanGen {

    /** Strings YAML reads as something else, or that need quoting, escaping or care. */
    static final List<String> NASTY = List.of("on", "off", "yes", "No", "y", "true", "null", "~", "", " ", "0", "1.0",
            "0x1F", "017", "1e3", ".inf", ".nan", "1.4.2", "2026-03-14", "1:20", "*", "&", "!", "%", "@", "|", ">",
            "-", "?", ":", "#", "'", "\"", "[", "]", "{", "}", ",", "`", "- item", ": x", "#comment", "a: b", "x #y",
            "[a, b]", "{a: b}", "<<", "back\\slash", "don't", "say \"hi\"", " lead", "trail ", "\t", "tab\there",
            "line\nbreak", "\n", "crlf\r\nx", "nul\u0000x", "bell\u0007", "del\u007f", "\u0085nel", "\u2028ls",
            "Caf\u00e9", "\u65e5\u672c\u8a9e", "\ud83d\ude00 emoji", "\ufeffbom", "\u00a0nbsp", "---", "...",
            "--- x", "%YAML 1.1", "!!str", "value", "unknown", "evidence: x", "# target: x");

    private PlanGen() {
    }

    static Gen<String> text() {
        Gen<String> nasty = arbitrary().pick(NASTY);
        Gen<String> joined = lists().of(nasty).ofSizeBetween(2, 3).map(l -> String.join("", l));
        // whole code points: a lone surrogate is not text (no UTF-8 file can hold it)
        Gen<String> random = lists().of(integers().between(0, 0x10FFFF)
                .map(cp -> Character.isSurrogate((char) cp.intValue()) && cp < 0x10000 ? 'x' : cp))
                .ofSizeBetween(0, 12).map(cps -> {
                    StringBuilder sb = new StringBuilder();
                    cps.forEach(sb::appendCodePoint);
                    return sb.toString();
                });
        return nasty.mix(joined, 30).mix(random, 30);
    }

    static Gen<String> nonBlank() {
        return text().map(s -> s.isBlank() ? "x" + s : s);
    }

    static Gen<Double> confidence() {
        return integers().between(0, 1000).map(i -> i / 1000.0);
    }

    static <T> Gen<Inferred<T>> inferred(Gen<T> values) {
        Gen<Inferred<T>> known = values.zip(confidence(), text(), Inferred::of);
        Gen<Inferred<T>> unknown = text().map(Inferred::unknown);
        return known.mix(unknown, 25);
    }

    static Gen<String> kebab() {
        return lists().of(arbitrary().pick("a", "vpc", "eks", "x1", "db", "web", "0", "networking"))
                .ofSizeBetween(1, 3).map(l -> "m" + String.join("-", l));
    }

    static Gen<Version> version() {
        return integers().between(0, 3).zip(integers().between(0, 20), integers().between(0, 9),
                arbitrary().pick("", "beta.1", "rc.2"), (a, b, c, pre) -> Version.parse(a + "." + b + "." + c
                        + (pre.isEmpty() ? "" : "-" + pre)));
    }

    /** A version with a maturity that allows it (or an unknown maturity). */
    record VersionAndMaturity(Inferred<Version> version, Inferred<MaturityLevel> maturity) {
    }

    record Place(Inferred<ModuleId> id, Inferred<String> name, Inferred<Layer> layer, Inferred<String> category) {
    }

    static Gen<PlannedModule> module(String source) {
        Gen<VersionAndMaturity> vm = inferred(version()).zip(inferred(arbitrary().enumValues(MaturityLevel.class)),
                (v, m) -> new VersionAndMaturity(v, v.isKnown() && m.isKnown() && !m.get().allowsVersion(v.get())
                        ? Inferred.unknown(m.evidence()) : m));
        Gen<Place> place = inferred(kebab().map(ModuleId::of)).zip(inferred(nonBlank()),
                inferred(arbitrary().enumValues(Layer.class)), inferred(kebab()), Place::new);
        Gen<PlannedModule.Builder> fields = vm.zip(place, inferred(arbitrary().enumValues(ComplexityTier.class)),
                inferred(nonBlank()), (v, p, tier, description) -> PlannedModule.builder(source).version(v.version())
                        .maturity(v.maturity()).id(p.id()).name(p.name()).layer(p.layer()).category(p.category())
                        .tier(tier).description(description));
        return fields.zip(inferred(lists().of(kebab()).ofSizeBetween(0, 4)), inferred(nonBlank()),
                (b, tags, maintainer) -> b.tags(tags).maintainer(maintainer))
                .zip(booleans().all(), arbitrary().enumValues(MigrationAction.class),
                        lists().of(nonBlank()).ofSizeBetween(0, 3),
                        (b, newCategory, action, review) -> b.newCategory(newCategory).action(action).review(review)
                                .build());
    }

    /** A plan of up to four modules with distinct sources and ids, and up to two skipped folders. */
    static Gen<MigrationPlan> plan(Path base) {
        Gen<List<PlannedModule>> modules = lists().of(module("placeholder")).ofSizeBetween(0, 4).map(ms -> {
            List<PlannedModule> out = new ArrayList<>();
            for (int i = 0; i < ms.size(); i++) {
                out.add(rename(ms.get(i), i));
            }
            return out;
        });
        Gen<List<SkippedFolder>> skipped = lists().of(nonBlank().zip(nonBlank(), (p, r) -> new SkippedFolder(
                "s/" + p.replace('/', '-'), r))).ofSizeBetween(0, 2);
        return modules.zip(skipped, arbitrary().pick("in", "in/sub", "."), (ms, sk, into) -> {
            MigrationPlan.Builder b = MigrationPlan.builder(base.resolve("folder"), base.resolve(into));
            b.modules(ms);
            List<String> paths = new ArrayList<>();
            for (SkippedFolder s : sk) {
                if (!paths.contains(s.path())) {
                    paths.add(s.path());
                    b.skipped(List.of(s));
                }
            }
            return b.build();
        });
    }

    /** Gives the i-th module its own source and id, so that a plan never plans one twice. */
    static PlannedModule rename(PlannedModule m, int i) {
        String[] sources = {"vpc", "group/eks", "a b/c:d", "\u65e5\u672c/x"};
        return PlannedModule.builder(sources[i]).action(m.action()).name(m.name()).layer(m.layer())
                .category(m.category()).newCategory(m.newCategory()).tier(m.tier()).description(m.description())
                .tags(m.tags()).maturity(m.maturity()).version(m.version()).maintainer(m.maintainer())
                .review(m.review()).id(m.id().map(id -> ModuleId.of(id.value() + "-" + i))).build();
    }
}
