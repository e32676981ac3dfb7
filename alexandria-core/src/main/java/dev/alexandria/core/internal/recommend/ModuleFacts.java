package dev.alexandria.core.internal.recommend;

import dev.alexandria.api.model.InputVariable;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleCallRef;
import dev.alexandria.api.model.ResourceRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What recommendations read of every module of a library, the module calls, the managed resource types and the
 * names of the inputs and outputs, without its whole interface: the library's modules keep them in their cached
 * summary, so evidence over every module ({@code --based-on}, the services each module makes) and matching outputs
 * to inputs do not decode every module's interface (its variables with their defaults).
 */
public interface ModuleFacts {

    /** @return the module calls, as {@link dev.alexandria.api.model.ModuleInterface#moduleCalls()} */
    List<ModuleCallRef> moduleCalls();

    /**
     * @return the type of each managed resource, in the order of
     *         {@link dev.alexandria.api.model.ModuleInterface#managedResources()}
     */
    List<String> resourceTypes();

    /** @return the input variables' names, sorted, each once, without the whole interface */
    List<String> inputNames();

    /** @return the outputs' names, sorted, each once, without the whole interface */
    List<String> outputNames();

    /**
     * An input variable as wiring reads it, without its type and default.
     *
     * @param name        its name
     * @param required    whether it has no default ({@link InputVariable#required()})
     * @param description its description, empty when it has none
     */
    record Input(String name, boolean required, String description) {

        public Input {
            java.util.Objects.requireNonNull(name, "name");
            java.util.Objects.requireNonNull(description, "description");
        }

        /**
         * @param v an input variable
         * @return what wiring reads of it
         */
        public static Input of(InputVariable v) {
            return new Input(v.name(), v.required(), v.description());
        }
    }

    /**
     * A library that can keep what its modules' own configuration files say for the next run of a command over every
     * module (the library's cache index), so that it reads them from a stat per file rather than from each module's
     * cached summary.
     */
    interface Keeper {

        /** Learns every module's facts and keeps them; once per library snapshot, never throws for a module. */
        void keepOwnFacts();
    }

    /** @return the input variables, in the order of {@link dev.alexandria.api.model.ModuleInterface#variables()} */
    List<Input> inputs();

    /**
     * @param m a module
     * @return its module calls, from its facts when it has them, else from its interface
     */
    static List<ModuleCallRef> calls(LibraryModule m) {
        return m instanceof ModuleFacts f ? f.moduleCalls() : m.interfaceSpec().moduleCalls();
    }

    /**
     * @param m a module
     * @return the type of each resource it manages, in its interface's order, from its facts when it has them
     */
    static List<String> types(LibraryModule m) {
        if (m instanceof ModuleFacts f) {
            return f.resourceTypes();
        }
        List<ResourceRef> managed = m.interfaceSpec().managedResources();
        List<String> out = new ArrayList<>(managed.size());
        for (ResourceRef r : managed) {
            out.add(r.type());
        }
        return out;
    }

    /**
     * @param m a module
     * @return the names of its input variables, from its facts when it has them, else from its interface
     */
    static Collection<String> inputNames(LibraryModule m) {
        if (m instanceof ModuleFacts f) {
            return f.inputNames();
        }
        List<String> out = new ArrayList<>();
        m.interfaceSpec().variables().forEach(v -> out.add(v.name()));
        return out;
    }

    /**
     * @param m a module
     * @return its input variables in its interface's order, from its facts when it has them, else from its interface
     */
    static List<Input> inputs(LibraryModule m) {
        if (m instanceof ModuleFacts f) {
            return f.inputs();
        }
        List<Input> out = new ArrayList<>();
        m.interfaceSpec().variables().forEach(v -> out.add(Input.of(v)));
        return out;
    }

    /**
     * @param m a module
     * @return the names of its outputs, from its facts when it has them, else from its interface
     */
    static Collection<String> outputNames(LibraryModule m) {
        if (m instanceof ModuleFacts f) {
            return f.outputNames();
        }
        List<String> out = new ArrayList<>();
        m.interfaceSpec().outputs().forEach(o -> out.add(o.name()));
        return out;
    }
}
