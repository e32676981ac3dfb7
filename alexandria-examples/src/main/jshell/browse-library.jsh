// Browse the library: how many modules each layer and category holds.
// Run it in `alexandria jshell` with: /open alexandria-examples/src/main/jshell/browse-library.jsh
import java.util.*;
import dev.alexandria.api.model.*;

BrowseResult result = lib.browse().run();
for (BrowseResult.LayerGroup layer : result.layers()) {
    System.out.printf("%s (layer %d): %d modules%n", layer.layer().id(), layer.layer().rank(), layer.moduleCount());
    for (BrowseResult.CategoryGroup category : layer.categories()) {
        System.out.printf("  %s: %d modules%n", category.category().id(), category.moduleCount());
        category.modules().forEach(m -> System.out.println("    " + m.id() + " " + m.version() + " (" + m.maturity() + ")"));
    }
}
System.out.println(result.total() + " modules in " + result.layers().size() + " layers");
