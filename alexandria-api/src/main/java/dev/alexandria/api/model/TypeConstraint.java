package dev.alexandria.api.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A Terraform type constraint, as written in a variable's {@code type} argument: a primitive
 * ({@code string}, {@code number}, {@code bool}), {@code any}, a collection ({@code list(T)}, {@code set(T)},
 * {@code map(T)}), a structural type ({@code object({...})} with optional attributes, {@code tuple([...])}).
 *
 * <p>Every implementation is an immutable record and safe to share. {@link #render()} (and {@code toString()}) renders the
 * canonical Terraform spelling ({@code map(list(string))}).
 *
 * @since 0.1.0
 */
public sealed interface TypeConstraint {

    /** {@code string} */
    TypeConstraint STRING = new Primitive(Primitive.Type.STRING);
    /** {@code number} */
    TypeConstraint NUMBER = new Primitive(Primitive.Type.NUMBER);
    /** {@code bool} */
    TypeConstraint BOOL = new Primitive(Primitive.Type.BOOL);
    /** {@code any} */
    TypeConstraint ANY = new AnyType();

    /** @return the canonical Terraform spelling */
    String render();

    /**
     * {@code string}, {@code number} or {@code bool}.
     *
     * @param type which primitive
     * @since 0.1.0
     */
    record Primitive(Type type) implements TypeConstraint {
        /**
         * The primitive types.
         *
         * @since 0.1.0
         */
        public enum Type {
            /** {@code string} */
            STRING,
            /** {@code number} */
            NUMBER,
            /** {@code bool} */
            BOOL
        }

        /**
         * Creates a primitive type; prefer the constants {@link TypeConstraint#STRING},
         * {@link TypeConstraint#NUMBER} and {@link TypeConstraint#BOOL}.
         *
         * @param type which primitive; not null
         * @throws NullPointerException if {@code type} is null
         */
        public Primitive {
            Objects.requireNonNull(type, "type");
        }

        @Override
        public String render() {
            return type.name().toLowerCase(Locale.ROOT);
        }

        @Override
        public String toString() {
            return render();
        }
    }

    /**
     * {@code any}: the type is decided by the value.
     *
     * @since 0.1.0
     */
    record AnyType() implements TypeConstraint {
        @Override
        public String render() {
            return "any";
        }

        @Override
        public String toString() {
            return render();
        }
    }

    /**
     * {@code list(T)}, {@code set(T)} or {@code map(T)}.
     *
     * @param kind    which collection
     * @param element the element type
     * @since 0.1.0
     */
    record Collection(Kind kind, TypeConstraint element) implements TypeConstraint {
        /**
         * The collection kinds.
         *
         * @since 0.1.0
         */
        public enum Kind {
            /** {@code list(T)} */
            LIST,
            /** {@code set(T)} */
            SET,
            /** {@code map(T)} */
            MAP
        }

        /**
         * Creates a collection type.
         *
         * @param kind    which collection; not null
         * @param element the element type; not null
         * @throws NullPointerException if a component is null
         */
        public Collection {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(element, "element");
        }

        @Override
        public String render() {
            return kind.name().toLowerCase(Locale.ROOT) + "(" + element.render() + ")";
        }

        @Override
        public String toString() {
            return render();
        }
    }

    /**
     * One attribute of an {@link ObjectType}.
     *
     * @param name         the attribute name, in Unicode normal form C as cty keeps it
     * @param type         its type
     * @param optional     whether it was declared {@code optional(...)}
     * @param defaultValue the default given as second argument of {@code optional}, if any
     * @since 0.1.0
     */
    record Attribute(String name, TypeConstraint type, boolean optional, Optional<LiteralValue> defaultValue) {
        /**
         * Creates an attribute; a default requires {@code optional}.
         *
         * @param name         the attribute name; not null; normalized to Unicode normal form C
         * @param type         its type; not null
         * @param optional     whether it was declared {@code optional(...)}
         * @param defaultValue the default given to {@code optional}, or empty; not null
         * @throws NullPointerException     if a reference component is null
         * @throws IllegalArgumentException if a default is given for an attribute that is not optional
         */
        public Attribute {
            name = HclText.nfc(Objects.requireNonNull(name, "name"));
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(defaultValue, "defaultValue");
            if (defaultValue.isPresent() && !optional) {
                throw new IllegalArgumentException("a default needs an optional attribute: " + name);
            }
        }
    }

    /**
     * {@code object({name = T, ...})}.
     *
     * @param attributes the attributes in declaration order, copied
     * @since 0.1.0
     */
    record ObjectType(List<Attribute> attributes) implements TypeConstraint {
        /**
         * Creates an object type, copying the attributes.
         *
         * @param attributes the attributes in declaration order; not null, no null elements
         * @throws NullPointerException if {@code attributes} or one of its elements is null
         */
        public ObjectType {
            attributes = List.copyOf(attributes);
        }

        /**
         * @param name an attribute name, in any Unicode normal form
         * @return the attribute, if declared
         */
        public Optional<Attribute> attribute(String name) {
            String normal = HclText.nfc(name);
            return attributes.stream().filter(a -> a.name().equals(normal)).findFirst();
        }

        @Override
        public String render() {
            StringBuilder sb = new StringBuilder("object({");
            for (int i = 0; i < attributes.size(); i++) {
                Attribute a = attributes.get(i);
                sb.append(i == 0 ? "" : ", ").append(a.name()).append(" = ");
                if (a.optional()) {
                    sb.append("optional(").append(a.type().render());
                    a.defaultValue().ifPresent(d -> sb.append(", ").append(d.hcl()));
                    sb.append(')');
                } else {
                    sb.append(a.type().render());
                }
            }
            return sb.append("})").toString();
        }

        @Override
        public String toString() {
            return render();
        }
    }

    /**
     * {@code tuple([T1, T2, ...])}.
     *
     * @param elements the element types, copied
     * @since 0.1.0
     */
    record TupleType(List<TypeConstraint> elements) implements TypeConstraint {
        /**
         * Creates a tuple type, copying the element types.
         *
         * @param elements the element types in order; not null, no null elements
         * @throws NullPointerException if {@code elements} or one of its elements is null
         */
        public TupleType {
            elements = List.copyOf(elements);
        }

        @Override
        public String render() {
            StringBuilder sb = new StringBuilder("tuple([");
            for (int i = 0; i < elements.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(elements.get(i).render());
            }
            return sb.append("])").toString();
        }

        @Override
        public String toString() {
            return render();
        }
    }
}
