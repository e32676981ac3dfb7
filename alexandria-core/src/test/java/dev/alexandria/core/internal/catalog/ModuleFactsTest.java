package dev.alexandria.core.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleCallRef;
import dev.alexandria.api.model.ResourceRef;
import dev.alexandria.core.internal.recommend.ModuleFacts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The module calls, resource types and inputs (name, required, description) a module's cached summary holds ({@link ModuleFacts}) are those of its
 * interface: read cold (with the interface), warm from the summary alone (the interface never decoded), and without
 * a cache.
 */
class ModuleFactsTest {

    @TempDir
    Path tmp;

    @Test
    void summaryFactsEqualTheInterfaces() throws java.io.IOException {
        Path root = tmp.resolve("lib");
        Fixtures.copy(Path.of("src/test/resources/libraries/cost-library"), root); // a pattern calling modules
        CachedOpenTest.age(root); // so the cache entries count as clean and warm reads decode them
        Path cache = tmp.resolve("cache");
        Library plain = LibraryLoader.open(root, real -> Optional.empty());
        Library cold = LibraryLoader.open(root, real -> Optional.of(cache));
        cold.modules().forEach(LibraryModule::interfaceSpec); // writes every module's entries
        Library warm = LibraryLoader.open(root, real -> Optional.of(cache));
        int calls = 0;
        int types = 0;
        int inputs = 0;
        for (LibraryModule m : plain.modules()) {
            List<ModuleCallRef> wantCalls = m.interfaceSpec().moduleCalls();
            List<String> wantTypes = new ArrayList<>();
            for (ResourceRef r : m.interfaceSpec().managedResources()) {
                wantTypes.add(r.type());
            }
            List<ModuleFacts.Input> wantInputs = new ArrayList<>();
            m.interfaceSpec().variables().forEach(v -> wantInputs.add(ModuleFacts.Input.of(v)));
            calls += wantCalls.size();
            types += wantTypes.size();
            inputs += wantInputs.size();
            for (Library lib : List.of(warm, cold)) {
                LibraryModule other = lib.requireModule(m.id().value());
                String what = m.id() + (lib == warm ? " (warm)" : " (cold)");
                // Facts first: warm, they come from the summary before any interface is read.
                assertEquals(wantTypes, ModuleFacts.types(other), "resource types of " + what);
                assertEquals(wantCalls, ModuleFacts.calls(other), "module calls of " + what);
                assertEquals(wantInputs, ModuleFacts.inputs(other), "inputs of " + what);
            }
        }
        assertFalse(calls == 0 || types == 0, "the fixture has module calls and resources: " + calls + ", " + types);
        assertFalse(inputs == 0, "the fixture has inputs");
    }
}
