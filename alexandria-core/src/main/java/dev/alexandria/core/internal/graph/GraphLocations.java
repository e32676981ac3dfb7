package dev.alexandria.core.internal.graph;

import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.SourceLocation;

/**
 * Where the graph's findings point: the catalog knows the line of every {@code requires} entry; the graph
 * does not read files.
 */
public interface GraphLocations {

    /**
     * @param module a module
     * @param index  the index of one of its {@code requires} entries
     * @return the entry's {@code module:} key, or the module's metadata file when the line is unknown
     */
    SourceLocation requirement(ModuleId module, int index);

    /**
     * @param module a module
     * @return its {@code .alexandria.yaml}
     */
    SourceLocation metadata(ModuleId module);
}
