package dev.alexandria.core.internal.graph;

import dev.alexandria.api.model.ModuleId;
import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultGraphSpecificsStrategy;
import org.jgrapht.graph.DefaultGraphType;
import org.jgrapht.util.SupplierUtil;

/**
 * The JGraphT graph of "deploy before" arcs: directed, self-loops allowed, one arc per pair (the caller
 * deduplicates), without JGraphT's default index of vertex pairs, which the algorithms used here (topological
 * order, strongly connected components) never consult; it saves a map entry per arc.
 */
final class ArcGraph extends AbstractBaseGraph<ModuleId, DefaultEdge> {

    private static final long serialVersionUID = 1L;

    ArcGraph() {
        super(null, SupplierUtil.DEFAULT_EDGE_SUPPLIER, DefaultGraphType.directedPseudograph(),
                new DefaultGraphSpecificsStrategy<>());
    }
}
