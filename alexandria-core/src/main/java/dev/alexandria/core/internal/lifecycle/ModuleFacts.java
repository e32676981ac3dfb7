package dev.alexandria.core.internal.lifecycle;

import dev.alexandria.api.model.InputVariable;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.OutputValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a module's files show, for the criteria that can be measured: the README and its sections, the files
 * under {@code tests/unit} and {@code tests/integration}, the example folders, benchmark files, and which
 * variables and outputs lack a description.
 *
 * @param readme         the README's text, if there is a README.md
 * @param readmeSections the README's {@code ##} headings, in order
 * @param unitTests      files under {@code tests/unit}, relative to the module folder
 * @param integrationTests files under {@code tests/integration}
 * @param examples       the folders under {@code examples/} that hold a {@code .tf} file
 * @param benchmarks     benchmark files: under {@code tests/benchmark(s)}, {@code benchmarks/}, or named
 *                       {@code *benchmark*}
 * @param variables      the module's input variables
 * @param undescribedVariables the variables without a description
 * @param outputs        the module's outputs
 * @param undescribedOutputs the outputs without a description
 */
record ModuleFacts(Optional<String> readme, List<String> readmeSections, List<String> unitTests,
                   List<String> integrationTests, List<String> examples, List<String> benchmarks, int variables,
                   List<String> undescribedVariables, int outputs, List<String> undescribedOutputs) {

    static ModuleFacts of(LibraryModule module) {
        Path dir = module.directory();
        Optional<String> readme = Optional.empty();
        Path readmeFile = dir.resolve("README.md");
        try {
            if (Files.isRegularFile(readmeFile)) {
                readme = Optional.of(Files.readString(readmeFile, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> sections = readme.map(t -> t.lines().filter(l -> l.startsWith("## "))
                .map(l -> l.substring(3).strip()).toList()).orElse(List.of());
        List<String> examples = new ArrayList<>();
        Path examplesDir = dir.resolve("examples");
        if (Files.isDirectory(examplesDir)) {
            try (Stream<Path> s = Files.list(examplesDir)) {
                s.filter(Files::isDirectory).filter(ModuleFacts::holdsTerraform).map(p -> p.getFileName().toString())
                        .sorted().forEach(examples::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<String> benchmarks = new ArrayList<>();
        benchmarks.addAll(files(dir, "tests/benchmark"));
        benchmarks.addAll(files(dir, "tests/benchmarks"));
        benchmarks.addAll(files(dir, "benchmarks"));
        for (String f : files(dir, "tests")) {
            if (f.toLowerCase(Locale.ROOT).contains("benchmark") && !benchmarks.contains(f)) {
                benchmarks.add(f);
            }
        }
        ModuleInterface iface = module.interfaceSpec();
        List<String> undescribedVars = iface.variables().stream().filter(v -> v.description().isBlank())
                .map(InputVariable::name).toList();
        List<String> undescribedOutputs = iface.outputs().stream().filter(o -> o.description().isBlank())
                .map(OutputValue::name).toList();
        return new ModuleFacts(readme, sections, files(dir, "tests/unit"), files(dir, "tests/integration"),
                examples, benchmarks, iface.variables().size(), undescribedVars, iface.outputs().size(),
                undescribedOutputs);
    }

    private static boolean holdsTerraform(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.anyMatch(p -> p.getFileName().toString().endsWith(".tf")
                    || p.getFileName().toString().endsWith(".tf.json"));
        } catch (IOException e) {
            return false;
        }
    }

    /** Regular files under a folder of the module (not hidden), relative to the module folder, sorted. */
    static List<String> files(Path moduleDir, String folder) {
        Path base = moduleDir.resolve(folder);
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(base, 8)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .map(p -> moduleDir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
