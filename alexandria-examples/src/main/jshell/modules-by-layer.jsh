// Find the modules of one layer. Change `layer` and /open the script again.
// Run it in `alexandria jshell` with: /open alexandria-examples/src/main/jshell/modules-by-layer.jsh
import java.util.*;
import dev.alexandria.api.model.*;

Layer layer = Layer.FOUNDATIONS;
// JShell evaluates a line as soon as it is complete, so a chain breaks after a dot, not before one.
List<LibraryModule> found = lib.modules().stream().
        filter(m -> m.layer() == layer).
        sorted(Comparator.comparing(LibraryModule::id)).
        toList();
System.out.println(found.size() + " modules in layer " + layer.id() + ":");
found.forEach(m -> System.out.println("  " + m.category().id() + "/" + m.id() + "  " + m.version() + "  " + m.maturity()));

// The same question through the fluent API: browse one layer.
System.out.println("browse says: " + lib.browse().layer(layer).run().total());
