package dev.alexandria.spi.cost;

import java.util.List;
import java.util.Optional;

/**
 * The arguments and nested blocks of one resource instance (or of one of its nested blocks), evaluated.
 *
 * <p>Implemented by Alexandria; a model only reads it. Immutable and thread-safe.
 *
 * <pre>{@code
 * AttributeValue size = attributes.blocks("root_block_device").stream().findFirst()
 *         .map(b -> b.get("volume_size")).orElse(AttributeValue.absent());
 * }</pre>
 *
 * @since 0.1.0
 */
public interface ResourceAttributes {

    /**
     * An argument.
     *
     * @param name the argument's name, e.g. {@code instance_type}
     * @return its value; {@link AttributeValue#absent()} if it is not set
     */
    AttributeValue get(String name);

    /**
     * The nested blocks of a type, in the order written (with {@code dynamic} blocks expanded when their
     * {@code for_each} is known).
     *
     * @param type the block type, e.g. {@code root_block_device}
     * @return the blocks; empty if there are none
     */
    List<ResourceAttributes> blocks(String type);

    /**
     * Whether {@link #blocks(String)} is complete: false when a {@code dynamic} block of the type has a
     * {@code for_each} that cannot be known, so the number of blocks is not known.
     *
     * @param type the block type
     * @return true if every block of the type is in {@link #blocks(String)}
     */
    default boolean blocksKnown(String type) {
        return true;
    }

    /**
     * The managed resource an argument refers to, when its expression is a reference to another resource of
     * the same module ({@code aws_launch_template.web.id}, {@code aws_ecs_task_definition.app.arn}): that
     * resource's instance (its first one, when it has {@code count} or {@code for_each} and the reference has
     * no index), so a model can read, say, the instance type of the launch template an Auto Scaling group uses.
     *
     * @param name the argument's name
     * @return the referenced resource, if the argument refers to one that Alexandria could resolve
     */
    default Optional<ResourceInstance> referencedResource(String name) {
        return Optional.empty();
    }
}
