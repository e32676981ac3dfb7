package dev.alexandria.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The builders of the api records: names, defaults, checks, copies, and (STYLE.md §7) no null anywhere. */
class BuildersTest {

    static ModuleMetadata.Builder vpcMetadata() {
        return ModuleMetadata.builder().id("vpc-standard").name("Standard VPC")
                .description("Production VPC across availability zones.").version("1.4.2")
                .category("foundations/networking").maturity(MaturityLevel.STABLE).maintainer("team-networking");
    }

    static RegistryEntry.Builder vpcEntry() {
        return RegistryEntry.builder().id("vpc-standard").name("Standard VPC").version("1.4.2")
                .category("foundations/networking").maturity(MaturityLevel.STABLE)
                .support(RegistryEntry.Support.of("team-networking"));
    }

    @Test
    void javadocExamples_runAsWritten() {
        // the examples in the Javadoc of ModuleMetadata, RegistryEntry and Evidence, word for word
        ModuleMetadata vpc = ModuleMetadata.builder()
                .id("vpc-standard")
                .name("Standard VPC")
                .description("Production VPC across availability zones.")
                .version("1.4.2")
                .category("foundations/networking")
                .maturity(MaturityLevel.STABLE)
                .maintainer("team-networking")
                .tags("vpc", "networking")
                .build();
        ModuleMetadata next = vpc.toBuilder().version("1.5.0").build();
        RegistryEntry entry = RegistryEntry.builder()
                .id("vpc-standard")
                .name("Standard VPC")
                .version("1.4.2")
                .category("foundations/networking")
                .maturity(MaturityLevel.STABLE)
                .description("Production VPC across availability zones.")
                .support(RegistryEntry.Support.of("team-networking"))
                .build();
        RegistryEntry renamed = entry.toBuilder().name("VPC").build();
        Evidence evidence = Evidence.builder().productionTeams(4).criticalBugs(0).benchmarks(true).build();

        assertEquals("1.5.0", next.version().toString());
        assertEquals(vpc.tags(), next.tags());
        assertEquals("VPC", renamed.name());
        assertEquals(entry.version(), renamed.version());
        assertEquals(java.util.OptionalInt.of(0), evidence.criticalBugs());
    }

    @Test
    void moduleMetadata_builderFillsTheDefaultsOfTheCanonicalConstructor() {
        ModuleMetadata built = vpcMetadata().tags("vpc", "networking").build();
        ModuleMetadata canonical = new ModuleMetadata(ModuleId.of("vpc-standard"), "Standard VPC",
                "Production VPC across availability zones.", Version.parse("1.4.2"), Layer.FOUNDATIONS,
                Category.parse("foundations/networking"), MaturityLevel.STABLE, Optional.empty(),
                List.of("vpc", "networking"), "team-networking", Optional.empty(), List.of(), CompatibleWith.empty(),
                Optional.empty(), List.of(), Optional.empty(), Evidence.none());
        assertEquals(canonical, built);
        assertEquals(built, built.toBuilder().build());
        assertEquals("1.5.0", built.toBuilder().version("1.5.0").build().version().toString());
    }

    @Test
    void moduleMetadata_buildNamesEveryMissingComponent() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ModuleMetadata.builder().id("vpc").name("VPC").build());
        assertEquals("ModuleMetadata needs description, version, category, maturity, maintainer; set them before "
                + "build()", e.getMessage());
        assertEquals("RegistryEntry needs support; set it before build()", assertThrows(IllegalStateException.class,
                () -> RegistryEntry.builder().id("vpc").name("VPC").version("1.0.0").category("foundations/a")
                        .maturity(MaturityLevel.STABLE).build()).getMessage());
    }

    @Test
    void moduleMetadata_eachArgumentIsCheckedWhenItIsPassed() {
        ModuleMetadata.Builder b = ModuleMetadata.builder();
        assertEquals("name must not be blank", assertThrows(IllegalArgumentException.class, () -> b.name(" "))
                .getMessage());
        assertEquals("version: '1.0' is not a SemVer 2.0 version: it needs three numbers MAJOR.MINOR.PATCH, found 2 in"
                + " '1.0'; write 1.0.0", assertThrows(IllegalArgumentException.class,
                () -> b.version("1.0")).getMessage());
        assertEquals("estimatedMonthlyCost must not be negative: -3", assertThrows(IllegalArgumentException.class,
                () -> b.estimatedMonthlyCost(new BigDecimal("-3"))).getMessage());
        assertEquals("productionTeams must not be negative: -1", assertThrows(IllegalArgumentException.class,
                () -> Evidence.builder().productionTeams(-1)).getMessage());
    }

    @Test
    void moduleMetadata_layerDefaultsToTheCategorysAndAConflictIsRefusedAtBuild() {
        assertEquals(Layer.FOUNDATIONS, vpcMetadata().build().layer());
        assertEquals("category 'foundations/networking' is not in layer 'data'", assertThrows(
                IllegalArgumentException.class, () -> vpcMetadata().layer(Layer.DATA).build()).getMessage());
    }

    @Test
    void build_leavesTheBuilderUnchanged() {
        ModuleMetadata.Builder b = vpcMetadata();
        ModuleMetadata first = b.build();
        assertEquals(first, b.build());
        assertNotEquals(first, b.version("2.0.0").build());
        assertEquals("1.4.2", first.version().toString());
    }

    @Test
    void registryEntry_builderFillsTheDefaultsOfTheCanonicalConstructor() {
        RegistryEntry built = vpcEntry().cost(new BigDecimal("96.5")).build();
        RegistryEntry canonical = new RegistryEntry(ModuleId.of("vpc-standard"), "Standard VPC", Version.parse("1.4.2"),
                Category.parse("foundations/networking"), List.of(), MaturityLevel.STABLE, "", Optional.empty(),
                List.of(), List.of(), CompatibleWith.empty(), RegistryEntry.Metrics.none(),
                Optional.of(new RegistryEntry.CostInfo(new BigDecimal("96.5"), CostCategory.MEDIUM)),
                new RegistryEntry.Support("team-networking", Optional.empty()), List.of());
        assertEquals(canonical, built);
        assertEquals(built, built.toBuilder().build());
        assertEquals("version 1.0.0 of vpc-standard is registered twice", assertThrows(IllegalArgumentException.class,
                () -> vpcEntry().versions(version("1.0.0"), version("1.0.0")).build()).getMessage());
    }

    @Test
    void evidence_builderDeclaresOnlyWhatIsSet() {
        assertEquals(Evidence.none(), Evidence.builder().build());
        Evidence e = Evidence.builder().productionTeams(4).benchmarks(false).build();
        assertEquals(java.util.OptionalInt.of(4), e.productionTeams());
        assertEquals(Optional.of(false), e.benchmarks());
        assertEquals(java.util.OptionalInt.empty(), e.criticalBugs());
    }

    @Test
    void toString_listsOnlyWhatIsSet() {
        assertEquals("ModuleMetadata.Builder{}", ModuleMetadata.builder().toString());
        assertEquals("ModuleMetadata.Builder{id=vpc-standard, version=1.4.2, tags=[vpc]}",
                ModuleMetadata.builder().id("vpc-standard").version("1.4.2").tags("vpc").toString());
        assertEquals("RegistryEntry.Builder{id=vpc, support=Support[maintainer=net, supportChannel=Optional.empty]}",
                RegistryEntry.builder().id("vpc").support(RegistryEntry.Support.of("net")).toString());
        assertEquals("Evidence.Builder{productionTeams=4, benchmarks=true}",
                Evidence.builder().productionTeams(4).benchmarks(true).toString());
    }

    static RegisteredVersion version(String v) {
        return new RegisteredVersion(Version.parse(v), LocalDate.of(2026, 1, 1), MaturityLevel.STABLE, "");
    }

    // ------------------------------------------------------------------ no nulls, for every builder

    /** A valid value of each parameter type the builders take, to call the other parameters with. */
    private static final Map<Class<?>, Supplier<Object>> SAMPLES = new HashMap<>();

    static {
        SAMPLES.put(String.class, () -> "vpc-standard");
        SAMPLES.put(ModuleId.class, () -> ModuleId.of("vpc-standard"));
        SAMPLES.put(Category.class, () -> Category.parse("foundations/networking"));
        SAMPLES.put(List.class, List::of);
        SAMPLES.put(HclValue.class, () -> HclValue.of("web"));
        SAMPLES.put(Diagnostic.class, () -> Diagnostic.error("x", "", SourceLocation.of("main.tf")));
        SAMPLES.put(Map.class, Map::of);
        SAMPLES.put(SourceLocation.class, () -> SourceLocation.of("main.tf"));
        SAMPLES.put(TypeConstraint.class, () -> TypeConstraint.ANY);
        SAMPLES.put(LiteralValue.class, () -> new LiteralValue.StringValue("web"));
        SAMPLES.put(java.nio.file.Path.class, () -> java.nio.file.Path.of("components/terraform"));
    }

    @Test
    void everyBuilderMethodRejectsNullNamingTheParameter() throws Exception {
        List<Class<?>> builders = builderClasses();
        assertTrue(builders.size() >= 3, builders.toString());
        List<String> problems = new ArrayList<>();
        for (Class<?> builder : builders) {
            Method factory = factory(builder);
            for (Method m : builder.getMethods()) {
                if (m.getDeclaringClass() != builder || Modifier.isStatic(m.getModifiers())) {
                    continue;
                }
                Parameter[] params = m.getParameters();
                for (int i = 0; i < params.length; i++) {
                    if (params[i].getType().isPrimitive()) {
                        continue;
                    }
                    Object[] args = new Object[params.length];
                    for (int j = 0; j < params.length; j++) {
                        args[j] = j == i ? null : sample(params[j].getType(), m);
                    }
                    String call = builder.getName() + "." + m.getName() + "(" + params[i].getType().getSimpleName()
                            + " " + params[i].getName() + ")";
                    try {
                        m.invoke(newBuilder(factory), args);
                        problems.add(call + " accepted null");
                    } catch (InvocationTargetException e) {
                        if (!(e.getCause() instanceof NullPointerException npe)) {
                            problems.add(call + " threw " + e.getCause() + " instead of a NullPointerException");
                        } else if (!params[i].getName().equals(npe.getMessage())) {
                            problems.add(call + ": the NullPointerException says '" + npe.getMessage()
                                    + "', not the parameter's name");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /** The enclosing type's static method that returns a new builder, such as {@code ModuleMetadata.builder()}. */
    private static Method factory(Class<?> builder) {
        return Stream.of(builder.getEnclosingClass().getMethods())
                .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getReturnType() == builder)
                .min(java.util.Comparator.comparingInt(Method::getParameterCount))
                .orElseThrow(() -> new AssertionError("no static factory of " + builder.getName()));
    }

    private static Object newBuilder(Method factory) throws ReflectiveOperationException {
        Object[] args = new Object[factory.getParameterCount()];
        for (int j = 0; j < args.length; j++) {
            args[j] = sample(factory.getParameterTypes()[j], factory);
        }
        return factory.invoke(null, args);
    }

    private static Object sample(Class<?> type, Method m) {
        if (type.isPrimitive()) {
            return type == boolean.class ? Boolean.FALSE : (Object) 0;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        Supplier<Object> s = SAMPLES.get(type);
        if (s == null) {
            fail("no sample value of " + type.getName() + " for " + m + "; add one to SAMPLES");
        }
        return s.get();
    }

    /** Every public nested class named Builder of this package, found in the compiled classes. */
    static List<Class<?>> builderClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path dir = Path.of(ModuleId.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("dev/alexandria/api/model");
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith("$Builder.class")) {
                    Class<?> c = Class.forName("dev.alexandria.api.model." + name.substring(0, name.length() - 6));
                    if (Modifier.isPublic(c.getModifiers())) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }
}
