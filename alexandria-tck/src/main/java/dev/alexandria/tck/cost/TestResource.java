package dev.alexandria.tck.cost;

import dev.alexandria.spi.cost.AttributeValue;
import dev.alexandria.spi.cost.Origin;
import dev.alexandria.spi.cost.ResourceAttributes;
import dev.alexandria.spi.cost.ResourceInstance;
import dev.alexandria.spi.cost.Usage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A resource instance built in a test, as Alexandria would hand it to a {@code ResourceCostModel}: literal
 * arguments (with the origin {@code name = value}), unknown ones, nested blocks, references to other resources,
 * and usage values.
 *
 * <pre>{@code
 * ResourceInstance web = TestResource.builder("aws_instance")
 *         .region("eu-west-1")
 *         .attribute("instance_type", "m5.large")
 *         .block("root_block_device", b -> b.attribute("volume_size", 50).attribute("volume_type", "gp3"))
 *         .usage("monthly_cpu_credit_hrs", 0)
 *         .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; a builder is mutable and meant for one thread.
 *
 * @since 0.1.0
 */
public final class TestResource implements ResourceInstance {

    private final String address;
    private final String type;
    private final String region;
    private final Attributes attributes;
    private final Usage usage;

    private TestResource(Builder b) {
        this.type = b.type;
        this.address = b.address != null ? b.address : b.type + ".test";
        this.region = b.region;
        this.attributes = b.attributes.build();
        Map<String, Usage.Value> values = new LinkedHashMap<>(b.usage);
        this.usage = key -> Optional.ofNullable(values.get(key));
    }

    /**
     * Starts an instance of a resource type, in {@code us-east-1}, at the address {@code <type>.test}.
     *
     * @param type the resource type, e.g. {@code aws_instance}
     * @return a builder
     */
    public static Builder builder(String type) {
        return new Builder(type);
    }

    /**
     * An instance whose every argument is unknown and whose nested blocks are not known, as when a module's
     * every argument comes from inputs that were not given.
     *
     * @param type   the resource type
     * @param region the region
     * @return the instance
     */
    public static ResourceInstance allUnknown(String type, String region) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(region, "region");
        ResourceAttributes unknown = new ResourceAttributes() {
            @Override
            public AttributeValue get(String name) {
                return AttributeValue.unknown("var." + name, "var." + name + " has no default and no input");
            }

            @Override
            public List<ResourceAttributes> blocks(String blockType) {
                return List.of();
            }

            @Override
            public boolean blocksKnown(String blockType) {
                return false;
            }
        };
        return new ResourceInstance() {
            @Override
            public String address() {
                return type + ".unknown";
            }

            @Override
            public String type() {
                return type;
            }

            @Override
            public String region() {
                return region;
            }

            @Override
            public ResourceAttributes attributes() {
                return unknown;
            }

            @Override
            public Usage usage() {
                return Usage.none();
            }
        };
    }

    /**
     * The same instance with other usage.
     *
     * @param instance   the instance
     * @param otherUsage the usage
     * @return a new instance
     */
    public static ResourceInstance withUsage(ResourceInstance instance, Usage otherUsage) {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(otherUsage, "otherUsage");
        return new ResourceInstance() {
            @Override
            public String address() {
                return instance.address();
            }

            @Override
            public String type() {
                return instance.type();
            }

            @Override
            public String region() {
                return instance.region();
            }

            @Override
            public ResourceAttributes attributes() {
                return instance.attributes();
            }

            @Override
            public Usage usage() {
                return otherUsage;
            }

            @Override
            public String toString() {
                return instance.toString();
            }
        };
    }

    @Override
    public String address() {
        return address;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public String region() {
        return region;
    }

    @Override
    public ResourceAttributes attributes() {
        return attributes;
    }

    @Override
    public Usage usage() {
        return usage;
    }

    /** @return the address and arguments, e.g. {@code aws_instance.test {instance_type=m5.large}} */
    @Override
    public String toString() {
        return address + " " + attributes;
    }

    /**
     * Converts a Java value to a known attribute value with the origin {@code name = value}.
     *
     * @param name  the argument's name
     * @param value a string, number, bool, list or map (of the same), or an {@link AttributeValue}
     * @return the attribute value
     */
    public static AttributeValue value(String name, Object value) {
        if (value instanceof AttributeValue v) {
            return v;
        }
        Origin origin = Origin.of(Origin.Kind.ATTRIBUTE, name + " = " + literal(value));
        return convert(value, origin);
    }

    private static AttributeValue convert(Object value, Origin origin) {
        if (value instanceof AttributeValue v) {
            return v;
        }
        if (value instanceof List<?> list) {
            List<AttributeValue> out = new ArrayList<>();
            for (Object o : list) {
                out.add(convert(o, origin));
            }
            return AttributeValue.known(out, origin);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, AttributeValue> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), convert(v, origin)));
            return AttributeValue.known(out, origin);
        }
        return AttributeValue.known(value, origin);
    }

    private static String literal(Object value) {
        if (value instanceof String s) {
            return "\"" + s + "\"";
        }
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            list.forEach(o -> parts.add(literal(o)));
            return "[" + String.join(", ", parts) + "]";
        }
        if (value instanceof Map<?, ?> map) {
            List<String> parts = new ArrayList<>();
            map.forEach((k, v) -> parts.add(k + " = " + literal(v)));
            return "{" + String.join(", ", parts) + "}";
        }
        return String.valueOf(value);
    }

    /**
     * Builds a {@link TestResource}.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private final String type;
        private String address;
        private String region = "us-east-1";
        private final BlockBuilder attributes = new BlockBuilder();
        private final Map<String, Usage.Value> usage = new LinkedHashMap<>();

        private Builder(String type) {
            this.type = Objects.requireNonNull(type, "type");
        }

        /**
         * The address. Defaults to {@code <type>.test}.
         *
         * @param address e.g. {@code aws_instance.web[0]}
         * @return this builder
         */
        public Builder address(String address) {
            this.address = Objects.requireNonNull(address, "address");
            return this;
        }

        /**
         * The region. Defaults to {@code us-east-1}.
         *
         * @param region a region code
         * @return this builder
         */
        public Builder region(String region) {
            this.region = Objects.requireNonNull(region, "region");
            return this;
        }

        /**
         * A literal argument.
         *
         * @param name  the argument's name
         * @param value a string, number, bool, list or map, or an {@link AttributeValue}
         * @return this builder
         */
        public Builder attribute(String name, Object value) {
            attributes.attribute(name, value);
            return this;
        }

        /**
         * An argument whose value is unknown.
         *
         * @param name       the argument's name
         * @param expression its source text, e.g. {@code var.instance_type}
         * @return this builder
         */
        public Builder unknown(String name, String expression) {
            attributes.unknown(name, expression);
            return this;
        }

        /**
         * A nested block.
         *
         * @param blockType the block type, e.g. {@code root_block_device}
         * @param content   sets the block's arguments and blocks
         * @return this builder
         */
        public Builder block(String blockType, Consumer<BlockBuilder> content) {
            attributes.block(blockType, content);
            return this;
        }

        /**
         * Marks the blocks of a type as not known (a {@code dynamic} block whose {@code for_each} is unknown).
         *
         * @param blockType the block type
         * @return this builder
         */
        public Builder unknownBlocks(String blockType) {
            attributes.unknownBlocks(blockType);
            return this;
        }

        /**
         * An argument that refers to another resource.
         *
         * @param name   the argument's name, e.g. {@code task_definition}
         * @param target the referenced resource
         * @return this builder
         */
        public Builder reference(String name, ResourceInstance target) {
            attributes.reference(name, target);
            return this;
        }

        /**
         * A usage value from the usage file.
         *
         * @param key    the usage key
         * @param amount the value, not negative
         * @return this builder
         */
        public Builder usage(String key, Number amount) {
            Objects.requireNonNull(key, "key");
            BigDecimal value = new BigDecimal(amount.toString());
            usage.put(key, new Usage.Value(value, Origin.of(Origin.Kind.USAGE_FILE,
                    key + " = " + value.toPlainString() + " (usage file)")));
            return this;
        }

        /** @return the instance; the builder stays usable */
        public TestResource build() {
            return new TestResource(this);
        }
    }

    /**
     * Builds the arguments and blocks of a resource or of a nested block.
     *
     * @since 0.1.0
     */
    public static final class BlockBuilder {

        private final Map<String, AttributeValue> values = new LinkedHashMap<>();
        private final Map<String, List<ResourceAttributes>> blocks = new LinkedHashMap<>();
        private final Set<String> unknownBlocks = new HashSet<>();
        private final Map<String, ResourceInstance> references = new LinkedHashMap<>();

        BlockBuilder() {
        }

        /**
         * A literal argument.
         *
         * @param name  the argument's name
         * @param value a string, number, bool, list or map, or an {@link AttributeValue}
         * @return this builder
         */
        public BlockBuilder attribute(String name, Object value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            values.put(name, value(name, value));
            return this;
        }

        /**
         * An argument whose value is unknown.
         *
         * @param name       the argument's name
         * @param expression its source text
         * @return this builder
         */
        public BlockBuilder unknown(String name, String expression) {
            Objects.requireNonNull(name, "name");
            values.put(name, AttributeValue.unknown(expression, expression + " has no default and no input — not "
                    + "priced, pass --inputs"));
            return this;
        }

        /**
         * A nested block.
         *
         * @param blockType the block type
         * @param content   sets the block's content
         * @return this builder
         */
        public BlockBuilder block(String blockType, Consumer<BlockBuilder> content) {
            Objects.requireNonNull(blockType, "blockType");
            BlockBuilder b = new BlockBuilder();
            content.accept(b);
            blocks.computeIfAbsent(blockType, k -> new ArrayList<>()).add(b.build());
            return this;
        }

        /**
         * Marks the blocks of a type as not known.
         *
         * @param blockType the block type
         * @return this builder
         */
        public BlockBuilder unknownBlocks(String blockType) {
            unknownBlocks.add(Objects.requireNonNull(blockType, "blockType"));
            return this;
        }

        /**
         * An argument that refers to another resource; its value is unknown until apply.
         *
         * @param name   the argument's name
         * @param target the referenced resource
         * @return this builder
         */
        public BlockBuilder reference(String name, ResourceInstance target) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(target, "target");
            references.put(name, target);
            values.put(name, AttributeValue.unknown(target.address() + ".id", "known after apply"));
            return this;
        }

        Attributes build() {
            return new Attributes(values, blocks, unknownBlocks, references);
        }
    }

    private static final class Attributes implements ResourceAttributes {
        private final Map<String, AttributeValue> values;
        private final Map<String, List<ResourceAttributes>> blocks;
        private final Set<String> unknownBlocks;
        private final Map<String, ResourceInstance> references;

        Attributes(Map<String, AttributeValue> values, Map<String, List<ResourceAttributes>> blocks,
                Set<String> unknownBlocks, Map<String, ResourceInstance> references) {
            this.values = Map.copyOf(values);
            Map<String, List<ResourceAttributes>> copy = new LinkedHashMap<>();
            blocks.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            this.blocks = copy;
            this.unknownBlocks = Set.copyOf(unknownBlocks);
            this.references = Map.copyOf(references);
        }

        @Override
        public AttributeValue get(String name) {
            return values.getOrDefault(name, AttributeValue.absent());
        }

        @Override
        public List<ResourceAttributes> blocks(String type) {
            return blocks.getOrDefault(type, List.of());
        }

        @Override
        public boolean blocksKnown(String type) {
            return !unknownBlocks.contains(type);
        }

        @Override
        public Optional<ResourceInstance> referencedResource(String name) {
            return Optional.ofNullable(references.get(name));
        }

        @Override
        public String toString() {
            Map<String, Object> all = new LinkedHashMap<>(values);
            all.putAll(blocks);
            return all.toString();
        }
    }
}
