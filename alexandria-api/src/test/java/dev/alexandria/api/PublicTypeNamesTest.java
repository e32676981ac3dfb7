package dev.alexandria.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No public type of the api shares its simple name with a {@code java.lang} type: {@code java.lang} is imported
 * implicitly, so {@code import dev.alexandria.api.model.*;} followed by such a name would not compile, in
 * JShell either (issue 7: {@code Module}).
 */
class PublicTypeNamesTest {

    @Test
    void noPublicTypeSharesASimpleNameWithAJavaLangType() throws Exception {
        Set<String> javaLang = javaLangTypes();
        assertTrue(javaLang.containsAll(List.of("Module", "String", "Record", "Override", "Process")), javaLang
                .toString());
        List<String> clashes = new ArrayList<>();
        List<Class<?>> types = apiTypes();
        assertTrue(types.size() > 30, types.toString());
        for (Class<?> type : types) {
            if (javaLang.contains(type.getSimpleName())) {
                clashes.add(type.getName() + " (java.lang." + type.getSimpleName() + ")");
            }
        }
        assertEquals(List.of(), clashes);
    }

    /** The public top-level types of package java.lang, read from the running JDK's java.base module. */
    static Set<String> javaLangTypes() throws IOException {
        FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
        try (Stream<Path> files = Files.list(jrt.getPath("/modules/java.base/java/lang"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.equals("package-info.class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()))
                    .filter(PublicTypeNamesTest::isPublicJavaLangType)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static boolean isPublicJavaLangType(String simpleName) {
        try {
            return Modifier.isPublic(Class.forName("java.lang." + simpleName, false, null).getModifiers());
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Every public type (nested ones too) in the api's compiled classes, which is what its jar holds. */
    static List<Class<?>> apiTypes() throws Exception {
        Path root = Path.of(Library.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String name = root.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".");
                name = name.substring(0, name.length() - ".class".length());
                if (name.endsWith("package-info")) {
                    continue;
                }
                Class<?> c = Class.forName(name, false, PublicTypeNamesTest.class.getClassLoader());
                if (Modifier.isPublic(c.getModifiers()) && !c.isAnonymousClass() && !c.isSynthetic()) {
                    out.add(c);
                }
            }
        }
        return out;
    }
}
