package dev.alexandria.cli;

import java.lang.reflect.Field;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.IScope;
import picocli.CommandLine.Model.IScoped;
import picocli.CommandLine.Model.ITypeInfo;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.PicocliException;

/**
 * What the generated {@link CommandModels} needs to build a command's picocli model without reading its annotations:
 * bindings of options to fields, scopes, and the objects picocli would create.
 *
 * <p>Why: picocli reads a command's model from its annotations, and every annotation type the JVM reads costs a
 * proxy class generated at run time, which no class-data-sharing archive of JDK 17 holds. Reading the annotations
 * of one command and the top-level command cost 80-120 ms of CPU on every run, more than most commands' own work.
 * {@code CommandModels} builds the same model with picocli's programmatic API; {@code CommandModelsTest} checks
 * that it equals the model picocli reads from the annotations, field by field, and regenerates it.
 */
final class CommandModel {

    private CommandModel() {
    }

    /**
     * A scope that holds one object: the command, mixin or argument group instance a field belongs to.
     */
    static final class Scope implements IScope {
        private Object value;

        Scope(Object value) {
            this.value = value;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) value;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T newValue) {
            T old = (T) value;
            value = newValue;
            return old;
        }
    }

    /** Reads and writes one field of the object in a scope, as picocli's own field binding does. */
    static final class FieldBinding implements IGetter, ISetter, IScoped {
        private final IScope scope;
        private final Field field;

        FieldBinding(IScope scope, Field field) {
            this.scope = scope;
            this.field = field;
        }

        @Override
        public IScope getScope() {
            return scope;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            try {
                return (T) field.get(target());
            } catch (IllegalAccessException e) {
                throw new PicocliException("Could not get value for field " + field, e);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            Object target = target();
            try {
                T old = (T) field.get(target);
                field.set(target, value);
                return old;
            } catch (IllegalAccessException | RuntimeException e) {
                throw new PicocliException("Could not set value for field " + field + " to " + value, e);
            }
        }

        private Object target() {
            try {
                return scope.get();
            } catch (Exception e) {
                throw new PicocliException("Could not get scope for field " + field, e);
            }
        }

        Field field() {
            return field;
        }

        @Override
        public String toString() {
            return "FieldBinding(" + field.getType().getName() + " " + field.getDeclaringClass().getName() + "."
                    + field.getName() + ")";
        }
    }

    /**
     * The field, made accessible.
     *
     * @throws IllegalStateException when the class has no such field (the generated model is out of date)
     */
    static Field field(Class<?> owner, String name) {
        try {
            Field field = owner.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("no field " + name + " in " + owner.getName()
                    + ": regenerate CommandModels (see CommandModelsTest)", e);
        }
    }

    /**
     * Binds an option or positional parameter to a field of the object in a scope, the way picocli binds an
     * annotated field: the field is its user object, its getter and setter, and {@code description} its name in
     * messages, and its initial value (the value picocli resets it to before parsing) is the field's value now.
     * The description is generated as picocli writes it ("field List&lt;String&gt; dev.alexandria.cli.X.tags"):
     * working it out here would parse the field's generic signature on every run.
     */
    static OptionSpec.Builder bind(OptionSpec.Builder builder, IScope scope, Class<?> owner, String name,
            String description) {
        FieldBinding binding = new FieldBinding(scope, field(owner, name));
        return builder.userObject(binding.field()).getter(binding).setter(binding).scope(scope)
                .withToString(description).hasInitialValue(true).initialValue(initialValue(binding));
    }

    /** {@link #bind(OptionSpec.Builder, IScope, Class, String, String)} for a positional parameter. */
    static PositionalParamSpec.Builder bind(PositionalParamSpec.Builder builder, IScope scope, Class<?> owner,
            String name, String description) {
        FieldBinding binding = new FieldBinding(scope, field(owner, name));
        return builder.userObject(binding.field()).getter(binding).setter(binding).scope(scope)
                .withToString(description).hasInitialValue(true).initialValue(initialValue(binding));
    }

    /** The field's value, or null while its scope holds no object yet (an argument group's). */
    private static Object initialValue(FieldBinding binding) {
        try {
            return binding.scope.get() == null ? null : binding.get();
        } catch (Exception e) {
            return null;
        }
    }

    /** Sets a field of an object (a {@code @Spec} field to its command's spec). */
    static void set(Object target, Class<?> owner, String name, Object value) {
        try {
            field(owner, name).set(target, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot set " + owner.getName() + "." + name, e);
        }
    }

    /** The object a {@code @Mixin} or {@code @ArgGroup} field holds, created (and stored) when it holds none. */
    static Object instance(Object target, Class<?> owner, String name, Class<?> type, IFactory factory) {
        try {
            Field field = field(owner, name);
            Object value = field.get(target);
            if (value == null) {
                value = factory.create(type);
                field.set(target, value);
            }
            return value;
        } catch (Exception e) {
            throw new IllegalStateException("cannot create " + owner.getName() + "." + name, e);
        }
    }

    /** An object of a class picocli would create, such as a converter or a version provider. */
    static <T> T create(IFactory factory, Class<T> type) {
        try {
            return factory.create(type);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create " + type.getName(), e);
        }
    }

    /** A class by name, for picocli's classes that are not public. */
    static Class<?> type(String name) {
        try {
            return Class.forName(name, false, CommandModel.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("no class " + name, e);
        }
    }

    /**
     * The type information picocli gives a field of this type with these element types (picocli's own class for
     * it is not public).
     */
    static ITypeInfo typeInfo(Class<?> type, Class<?>... auxiliaryTypes) {
        return PositionalParamSpec.builder().type(type).auxiliaryTypes(auxiliaryTypes).build().typeInfo();
    }

    /**
     * A command as a list of the commands shows it (the usage help of {@code alexandria}, the error for a command
     * name it does not know): its names, header, description and whether it is hidden, without its options or
     * an object of its class. It cannot run or parse its own arguments; a command line holds it only for a run
     * that lists the commands and runs none of them (see {@link AlexandriaCli#plan}).
     *
     * @param names       the name, then the aliases
     * @param header      the usage message's header lines, as written (picocli interpolates them when shown)
     * @param description the usage message's description lines, as written
     * @param hidden      whether lists of the commands leave it out
     * @return the spec
     */
    static CommandSpec listing(java.util.List<String> names, String[] header, String[] description,
            boolean hidden) {
        CommandSpec spec = CommandSpec.create().name(names.get(0))
                .aliases(names.subList(1, names.size()).toArray(String[]::new));
        spec.usageMessage().header(header).description(description).hidden(hidden);
        return spec;
    }

    /** A command spec for a user object, without reading its annotations. */
    static CommandSpec wrap(Object userObject, IFactory factory) {
        return CommandSpec.wrapWithoutInspection(userObject, factory);
    }
}
