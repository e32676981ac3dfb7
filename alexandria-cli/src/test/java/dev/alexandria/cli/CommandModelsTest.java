package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The generated {@link CommandModels} is current and builds, for every command, the model picocli reads from the
 * annotations: every field of every part of the model (options, parameters, groups, mixins, usage message,
 * parser), the bindings to the same fields, and the same help text.
 *
 * <p>{@code -Dalexandria.regenerate=true} writes the file instead of comparing it.
 */
class CommandModelsTest {

    private static final Path SOURCE = Path.of("src/main/java/dev/alexandria/cli/CommandModels.java");

    @Test
    void theGeneratedSource_isCurrent() throws IOException {
        String generated = CommandModelsGenerator.generate();
        if (Boolean.getBoolean("alexandria.regenerate")) {
            Files.writeString(SOURCE, generated, StandardCharsets.UTF_8);
        }
        assertEquals(generated, Files.readString(SOURCE, StandardCharsets.UTF_8),
                "CommandModels.java differs from the commands' annotations; regenerate it with mvn -B verify -pl "
                        + "alexandria-cli -am -Dtest=CommandModelsTest -Dalexandria.regenerate=true "
                        + "-Dsurefire.failIfNoSpecifiedTests=false");
    }

    static Stream<Class<?>> commands() {
        return CommandModelsGenerator.commands().stream();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void theGeneratedModel_equalsTheAnnotatedOne(Class<?> type) throws Exception {
        IFactory factory = CommandLine.defaultFactory();
        CommandSpec annotated = CommandSpec.forAnnotatedObject(instance(type), factory);
        CommandSpec generated = CommandModels.spec(instance(type), factory);
        assertEquals("", difference(dump(annotated), dump(generated)));
        assertEquals(help(new CommandLine(annotated)), help(new CommandLine(generated)));
        Command command = type.getAnnotation(Command.class);
        List<String> names = new java.util.ArrayList<>(List.of(command.name()));
        names.addAll(List.of(command.aliases()));
        assertEquals(names, CommandModels.names(type));
    }

    @Test
    void theDump_seesADifferenceInAnyAttribute() throws Exception {
        IFactory factory = CommandLine.defaultFactory();
        CommandSpec one = CommandModels.spec(instance(BrowseCommand.class), factory);
        CommandSpec other = CommandModels.spec(instance(BrowseCommand.class), factory);
        assertEquals(dump(one), dump(other));
        CommandSpec changed = CommandModels.spec(instance(BrowseCommand.class), factory);
        changed.usageMessage().footer("changed");
        assertNotEquals(dump(one), dump(changed));
        CommandSpec withOption = CommandModels.spec(instance(BrowseCommand.class), factory);
        withOption.addOption(CommandLine.Model.OptionSpec.builder("--extra").build());
        assertNotEquals(dump(one), dump(withOption));
    }

    @Test
    void aGeneratedCommand_setsItsFields() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandSpec spec = CommandModels.spec(instance(RecommendCommand.class), CommandLine.defaultFactory());
        CommandLine line = new CommandLine(spec);
        line.setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        line.parseArgs("--for", "web app", "--library", "/x");
        assertEquals("web app", spec.findOption("--for").getValue());
        GlobalOptions options = CommandModelsGenerator.raw(spec.userObject(), "ownOptions", GlobalOptions.class);
        assertEquals(Path.of("/x"), options.library().orElseThrow());
        assertTrue(spec == CommandModelsGenerator.raw(spec.userObject(), "spec", CommandSpec.class));
    }

    /** The lines only one of the dumps has, marked - (annotated) and + (generated). */
    private static String difference(String annotated, String generated) {
        List<String> a = List.of(annotated.split("\n"));
        List<String> g = List.of(generated.split("\n"));
        StringBuilder out = new StringBuilder();
        a.stream().filter(line -> !g.contains(line)).forEach(line -> out.append("- ").append(line).append('\n'));
        g.stream().filter(line -> !a.contains(line)).forEach(line -> out.append("+ ").append(line).append('\n'));
        if (out.length() == 0 && !annotated.equals(generated)) {
            out.append("the same lines in another order");
        }
        return out.toString();
    }

    private static Object instance(Class<?> type) {
        if (type == AlexandriaCli.class) {
            return new AlexandriaCli(new CliEnvironment(Map.of(), Path.of("")));
        }
        try {
            return CommandLine.defaultFactory().create(type);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String help(CommandLine line) {
        StringWriter out = new StringWriter();
        line.setUsageHelpWidth(100);
        line.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        line.usage(new PrintWriter(out));
        return out.toString();
    }

    /** Every field of the model, recursively, with bindings shown as the field they bind. */
    static String dump(CommandSpec spec) {
        StringBuilder out = new StringBuilder();
        dump(out, "spec", spec, new IdentityHashMap<>(), 0);
        return out.toString();
    }

    /** Fields that hold a way of reaching another part of the model or the process, not the model itself. */
    private static final List<String> SKIPPED = List.of("commandLine", "parent", "interpolator", "annotatedElement",
            "initialValueState", "initialValue", "hasInitialValue", "mixinAnnotatedElements", "specElements",
            "originalDefaultValue", "originalFallbackValue", "originalMapFallbackValue", "helpSectionRendererMap",
            "commandSpec", "group", "root", "messages", "typedValueIndex", "typedValues", "originalStringValues",
            "stringValues", "valueIsDefaultValue", "parameterConsumer", "parentCommandElements", "methodParams",
            "helpFactory", "negatableOptionTransformer", "userObject", "toString", "scope", "getter", "setter",
            // Type information that only picocli's annotation processor reads: the generic type arguments by name.
            "actualGenericTypeArguments",
            // What a positional parameter's capacity was built from (its capacity itself is compared).
            "builderCapacity");

    private static void dump(StringBuilder out, String path, Object value, Map<Object, String> seen, int depth) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof Enum || value instanceof Class) {
            out.append(path).append(" = ").append(value instanceof Class ? ((Class<?>) value).getName() : value)
                    .append('\n');
            return;
        }
        if (value instanceof Object[] array) {
            dump(out, path, List.of(array), seen, depth);
            return;
        }
        if (value instanceof Collection<?> collection) {
            int i = 0;
            out.append(path).append(" size ").append(collection.size()).append('\n');
            for (Object element : collection) {
                dump(out, path + "[" + i++ + "]", element, seen, depth);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            out.append(path).append(" size ").append(map.size()).append('\n');
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                dump(out, path + "[" + entry.getKey() + "]", entry.getValue(), seen, depth);
            }
            return;
        }
        if (value instanceof Field field) {
            out.append(path).append(" = field ").append(field.getDeclaringClass().getName()).append('.')
                    .append(field.getName()).append('\n');
            return;
        }
        if (value instanceof CommandLine.Range range) {
            // A value: picocli shares one Range between attributes in some paths and not in others.
            out.append(path).append(" = range ").append(range).append(range.isUnspecified() ? " unspecified" : "")
                    .append(" (").append(range.originalValue()).append(")\n");
            return;
        }
        if (!value.getClass().getName().startsWith("picocli.")) {
            out.append(path).append(" = a ").append(value.getClass().getName()).append('\n');
            return;
        }
        String before = seen.putIfAbsent(value, path);
        if (before != null) {
            out.append(path).append(" = same as ").append(before).append('\n');
            return;
        }
        out.append(path).append(" : ").append(value.getClass().getName()).append('\n');
        for (Field field : CommandModelsGenerator.fields(value.getClass())) {
            if (SKIPPED.contains(field.getName()) || field.getName().startsWith("this$")) {
                continue;
            }
            dump(out, path + "." + field.getName(), CommandModelsGenerator.get(field, value), seen, depth + 1);
        }
        if (value instanceof CommandLine.Model.ArgSpec arg) {
            // The binding: the field it reads and writes, and the object that holds it.
            out.append(path).append(".binding = ").append(binding(arg.getter())).append(" / ")
                    .append(binding(arg.setter())).append('\n');
            out.append(path).append(".userObject = ").append(describe(arg.userObject())).append('\n');
            out.append(path).append(".toString = ").append(arg.toString()).append('\n');
            out.append(path).append(".initialValue = ").append(arg.hasInitialValue()).append(' ')
                    .append(arg.initialValue()).append('\n');
            Object scope = arg.scope();
            out.append(path).append(".scope = ").append(describe(scope == null ? null : scopeValue(arg))).append('\n');
            out.append(path).append(".parameterConsumer = ").append(describe(arg.parameterConsumer())).append('\n');
        }
        if (value instanceof CommandSpec spec) {
            out.append(path).append(".userObject = ").append(describe(spec.userObject())).append('\n');
            out.append(path).append(".negatableOptionTransformer = ")
                    .append(describe(spec.negatableOptionTransformer())).append('\n');
        }
    }

    private static Object scopeValue(CommandLine.Model.ArgSpec arg) {
        try {
            return arg.scope().get();
        } catch (Exception e) {
            return e;
        }
    }

    private static String binding(Object binding) {
        if (binding == null) {
            return "null";
        }
        String text = binding.toString();
        return text.substring(text.indexOf('('));
    }

    private static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Field field) {
            return "field " + field.getDeclaringClass().getName() + "." + field.getName();
        }
        return "a " + value.getClass().getName();
    }
}
