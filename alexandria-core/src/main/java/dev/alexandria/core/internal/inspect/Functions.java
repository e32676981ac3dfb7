package dev.alexandria.core.internal.inspect;

import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.HclValue;
import dev.alexandria.api.model.TypeConstraint;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Terraform's built-in functions that Alexandria evaluates - {@code length}, {@code concat}, {@code merge},
 * {@code lookup}, {@code try}, {@code can}, {@code coalesce}, {@code contains}, {@code element}, {@code keys},
 * {@code values}, {@code min}, {@code max}, {@code tolist}, {@code toset}, {@code tomap}, {@code tostring},
 * {@code tonumber}, {@code tobool}, {@code format}, {@code join}, {@code split}, {@code lower}, {@code upper},
 * {@code replace}, {@code cidrsubnet}, {@code range}, {@code abs}, {@code ceil}, {@code floor},
 * {@code distinct}, {@code flatten}, {@code compact} - with the parameters, unknown-value handling and error
 * messages of Terraform v1.15 (cty v1.18's {@code function.Function.Call} and HCL's
 * {@code FunctionCallExpr}). Every name is also available as {@code core::name}. Terraform's other built-in
 * functions (and provider functions) are recognised: their result is unknown, with a warning. Stateless.
 */
final class Functions {

    /** A parameter, as cty declares one. */
    record Param(String name, TypeConstraint type, boolean allowNull, boolean allowUnknown, boolean allowDynamic) {
        static Param of(String name, TypeConstraint type) {
            return new Param(name, type, false, false, false);
        }
    }

    /** A function error; {@code arg} is the index of the argument it is about, or -1. */
    static final class FnError extends Exception {
        private static final long serialVersionUID = 1L;
        final int arg;

        FnError(int arg, String message) {
            super(message, null, false, false);
            this.arg = arg;
        }

        FnError(String message) {
            this(-1, message);
        }
    }

    /** A function: its parameters, return type and implementation. */
    abstract static class Fn {
        final List<Param> params;
        final Param varParam;
        final boolean refineNotNull;

        Fn(List<Param> params, Param varParam, boolean refineNotNull) {
            this.params = params;
            this.varParam = varParam;
            this.refineNotNull = refineNotNull;
        }

        abstract TypeConstraint type(List<HclValue> args) throws FnError;

        abstract HclValue impl(List<HclValue> args, TypeConstraint ret) throws FnError;
    }

    /** A function whose return type does not depend on its arguments. */
    abstract static class Static extends Fn {
        final TypeConstraint ret;

        Static(TypeConstraint ret, List<Param> params, Param varParam) {
            super(params, varParam, true);
            this.ret = ret;
        }

        @Override
        TypeConstraint type(List<HclValue> args) {
            return ret;
        }
    }

    /** Terraform v1.15's built-in function names (lang/functions.go) that are not evaluated here. */
    static final Set<String> NOT_EVALUATED = Set.of("abspath", "alltrue", "anytrue", "basename", "base64decode",
            "base64encode", "base64gzip", "base64sha256", "base64sha512", "bcrypt", "chomp", "cidrhost",
            "cidrnetmask", "cidrsubnets", "coalescelist", "convert", "csvdecode", "dirname", "endswith",
            "ephemeralasnull", "chunklist", "file", "fileexists", "fileset", "filebase64", "filebase64sha256",
            "filebase64sha512", "filemd5", "filesha1", "filesha256", "filesha512", "formatdate", "formatlist", "indent",
            "index", "jsondecode", "jsonencode", "list", "log", "map", "matchkeys", "md5", "one", "parseint",
            "pathexpand", "pow", "regex", "regexall", "reverse", "rsadecrypt", "sensitive", "nonsensitive",
            "issensitive", "setintersection", "setproduct", "setsubtract", "setunion", "sha1", "sha256", "sha512",
            "signum", "slice", "sort", "startswith", "strcontains", "strrev", "substr", "sum", "textdecodebase64",
            "textencodebase64", "timestamp", "timeadd", "timecmp", "title", "transpose", "trim", "trimprefix",
            "trimspace", "trimsuffix", "urlencode", "uuid", "uuidv5", "yamldecode", "yamlencode", "zipmap",
            "templatefile", "templatestring");

    static final Map<String, Fn> TABLE = new HashMap<>();

    private Functions() {
    }

    // ------------------------------------------------------------------ calling

    static HclValue call(Evaluator ev, Expr.Call c) {
        if (!ev.functionsAllowed()) {
            ev.error(c.start, "Function calls not allowed", "Functions may not be called here.");
            return HclValue.UNKNOWN;
        }
        String name = c.name.startsWith("core::") ? c.name.substring(6) : c.name;
        if (name.equals("try") || name.equals("can")) {
            return tryOrCan(ev, c, name);
        }
        Fn f = TABLE.get(name);
        if (f == null) {
            if (NOT_EVALUATED.contains(name) || c.name.startsWith("provider::")) {
                for (Expr arg : c.args) {
                    ev.eval(arg);
                }
                ev.warning(c.start, "Function not evaluated", "Alexandria does not evaluate the function "
                        + Convert.quote(c.name) + "; its result is unknown.");
                return HclValue.UNKNOWN;
            }
            int sep = c.name.lastIndexOf("::");
            if (sep >= 0 && !c.name.startsWith("core::")) {
                ev.error(c.start, "Call to unknown function", "There are no functions in namespace "
                        + Convert.quote(c.name.substring(0, sep + 2)) + ".");
                return HclValue.UNKNOWN;
            }
            TreeSet<String> names = new TreeSet<>(TABLE.keySet());
            names.addAll(NOT_EVALUATED);
            names.add("try");
            names.add("can");
            ev.error(c.start, "Call to unknown function", "There is no function named " + Convert.quote(c.name) + "."
                    + Messages.suggestion(name, names));
            return HclValue.UNKNOWN;
        }
        List<Expr> argExprs = c.args;
        List<HclValue> expanded = null;
        if (c.expandFinal) {
            Expr last = argExprs.get(argExprs.size() - 1);
            int mark = ev.diags.size();
            HclValue v = ev.eval(last);
            if (ev.errorsSince(mark)) {
                return HclValue.UNKNOWN;
            }
            TypeConstraint t = v.type();
            if (Types.isDynamic(t) || Types.isTuple(t) || Types.isList(t) || Types.isSet(t)) {
                if (v.isNull()) {
                    ev.error(last.start, "Invalid expanding argument value", "The expanding argument (indicated by ...) "
                            + "must not be null.");
                    return HclValue.UNKNOWN;
                }
                if (Types.isDynamic(t) || !v.isKnown()) {
                    return HclValue.UNKNOWN;
                }
                expanded = v.elements();
            } else {
                ev.error(last.start, "Invalid expanding argument value", "The expanding argument (indicated by ...) "
                        + "must be of a tuple, list, or set type.");
                return HclValue.UNKNOWN;
            }
        }
        int given = argExprs.size() - (expanded == null ? 0 : 1) + (expanded == null ? 0 : expanded.size());
        if (given < f.params.size()) {
            ev.error(c.end - 1, "Not enough function arguments", "Function " + Convert.quote(c.name) + " expects"
                    + (f.varParam != null ? " at least" : "") + " " + f.params.size() + " argument(s). Missing value for "
                    + Convert.quote(f.params.get(given).name()) + ".");
            return HclValue.UNKNOWN;
        }
        if (f.varParam == null && given > f.params.size()) {
            int at = f.params.size() < argExprs.size() ? argExprs.get(f.params.size()).start : c.start;
            ev.error(at, "Too many function arguments", "Function " + Convert.quote(c.name) + " expects only "
                    + f.params.size() + " argument(s).");
            return HclValue.UNKNOWN;
        }
        List<HclValue> args = new ArrayList<>(given);
        int[] argAt = new int[given];
        int mark = ev.diags.size();
        for (int i = 0; i < given; i++) {
            Param p = i < f.params.size() ? f.params.get(i) : f.varParam;
            HclValue v;
            int direct = argExprs.size() - (expanded == null ? 0 : 1);
            if (i < direct) {
                v = ev.eval(argExprs.get(i));
                argAt[i] = argExprs.get(i).start;
            } else {
                v = expanded.get(i - direct);
                argAt[i] = argExprs.get(argExprs.size() - 1).start;
            }
            try {
                v = Convert.convert(v, p.type());
            } catch (Convert.Failure e) {
                ev.error(argAt[i], "Invalid function argument", "Invalid value for " + Convert.quote(p.name())
                        + " parameter: " + e.getMessage() + ".");
            }
            args.add(v);
        }
        if (ev.errorsSince(mark)) {
            return HclValue.UNKNOWN;
        }
        try {
            return invoke(f, args);
        } catch (FnError e) {
            if (e.arg >= 0) {
                Param p = e.arg < f.params.size() ? f.params.get(e.arg) : f.varParam;
                if (p == null) {
                    ev.error(c.start, "Error in function call", "Call to function " + Convert.quote(c.name)
                            + " failed: " + e.getMessage() + ".");
                } else {
                    ev.error(e.arg < given ? argAt[e.arg] : c.start, "Invalid function argument", "Invalid value for "
                            + Convert.quote(p.name()) + " parameter: " + e.getMessage() + ".");
                }
            } else {
                ev.error(c.start, "Error in function call", "Call to function " + Convert.quote(c.name) + " failed: "
                        + e.getMessage() + ".");
            }
            return HclValue.UNKNOWN;
        }
    }

    /** cty's {@code Function.Call}: type checks, unknown short cut, implementation, result refinement. */
    static HclValue invoke(Fn f, List<HclValue> args) throws FnError {
        boolean dynamicArg = false;
        for (int i = 0; i < args.size(); i++) {
            Param p = i < f.params.size() ? f.params.get(i) : f.varParam;
            HclValue v = args.get(i);
            if (v.isNull() && !p.allowNull()) {
                throw new FnError(i, "argument must not be null");
            }
            if (Types.isDynamic(v.type())) {
                if (!p.allowDynamic()) {
                    dynamicArg = true;
                    break;
                }
            } else if (!Values.conforms(v.type(), p.type())) {
                throw new FnError(i, Convert.mismatchMessage(v.type(), p.type()));
            }
        }
        TypeConstraint ret = dynamicArg ? Types.DYNAMIC : f.type(args);
        if (dynamicArg) {
            return HclValue.UNKNOWN;
        }
        for (int i = 0; i < args.size(); i++) {
            Param p = i < f.params.size() ? f.params.get(i) : f.varParam;
            if (!args.get(i).isKnown() && !p.allowUnknown()) {
                HclValue u = Values.unknown(ret);
                return f.refineNotNull && !Types.isDynamic(ret) ? Values.refineNotNull(u) : u;
            }
        }
        HclValue out = f.impl(args, ret);
        if (f.refineNotNull && (out.isKnown() || !Types.isDynamic(out.type()))) {
            out = Values.refineNotNull(out);
        }
        return out;
    }

    /** {@code try} and {@code can}, whose arguments are expressions evaluated by the function (HCL's tryfunc). */
    private static HclValue tryOrCan(Evaluator ev, Expr.Call c, String name) {
        if (c.expandFinal) {
            ev.error(c.start, "Invalid expanding argument value", "The expanding argument (indicated by ...) cannot "
                    + "be used with " + name + ".");
            return HclValue.UNKNOWN;
        }
        if (name.equals("can")) {
            if (c.args.size() != 1) {
                ev.error(c.args.isEmpty() ? c.end - 1 : c.args.get(1).start, c.args.isEmpty()
                        ? "Not enough function arguments" : "Too many function arguments", c.args.isEmpty()
                                ? "Function " + Convert.quote(c.name) + " expects 1 argument(s). Missing value for "
                                        + "\"expression\"." : "Function " + Convert.quote(c.name) + " expects only 1 "
                                                + "argument(s).");
                return HclValue.UNKNOWN;
            }
            boolean[] failed = new boolean[1];
            HclValue v = ev.quietly(c.args.get(0), failed, new ArrayList<>());
            if (failed[0]) {
                return HclValue.FALSE;
            }
            return v.isWhollyKnown() ? HclValue.TRUE : Values.unknown(Types.BOOL);
        }
        if (c.args.isEmpty()) {
            ev.error(c.start, "Error in function call", "Call to function " + Convert.quote(c.name) + " failed: at "
                    + "least one argument is required.");
            return HclValue.UNKNOWN;
        }
        List<Diagnostic> all = new ArrayList<>();
        for (Expr arg : c.args) {
            boolean[] failed = new boolean[1];
            HclValue v = ev.quietly(arg, failed, all);
            if (failed[0]) {
                continue;
            }
            return v.isWhollyKnown() ? v : HclValue.UNKNOWN;
        }
        StringBuilder sb = new StringBuilder("no expression succeeded:\n");
        for (Diagnostic d : all) {
            sb.append("- ").append(d.summary());
            if (d.location().line() > 0) {
                sb.append(" (at ").append(d.location().file()).append(':').append(d.location().line()).append(',')
                        .append(d.location().column()).append(')');
            }
            sb.append("\n  ").append(d.detail()).append('\n');
        }
        sb.append("\nAt least one expression must produce a successful result");
        ev.error(c.start, "Error in function call", "Call to function " + Convert.quote(c.name) + " failed: " + sb
                + ".");
        return HclValue.UNKNOWN;
    }

    // ------------------------------------------------------------------ the table

    private static void define(String name, Fn f) {
        TABLE.put(name, f);
    }

    static {
        define("length", new Fn(List.of(new Param("value", Types.DYNAMIC, false, true, true)), null, true) {
            @Override
            TypeConstraint type(List<HclValue> args) throws FnError {
                TypeConstraint t = args.get(0).type();
                if (t.equals(Types.STRING) || Types.isTuple(t) || Types.isObject(t) || Types.isCollection(t)
                        || Types.isDynamic(t)) {
                    return Types.NUMBER;
                }
                throw new FnError("argument must be a string, a collection type, or a structural type");
            }

            @Override
            HclValue impl(List<HclValue> args, TypeConstraint ret) {
                HclValue v = args.get(0);
                TypeConstraint t = v.type();
                if (Types.isDynamic(t)) {
                    return Values.unknown(Types.NUMBER);
                }
                if (Types.isTuple(t)) {
                    return HclValue.of(Types.tupleElems(t).size());
                }
                if (Types.isObject(t)) {
                    return HclValue.of(Types.attrs(t).size());
                }
                if (t.equals(Types.STRING)) {
                    if (!v.isKnown()) {
                        long prefix = Graphemes.count(Values.refinement(v).stringPrefix());
                        return Values.refined(Types.NUMBER, true, "", java.util.Optional.of(new HclValue.Bound(
                                BigDecimal.valueOf(prefix), true)), java.util.Optional.empty(), 0, Long.MAX_VALUE);
                    }
                    return HclValue.of(Graphemes.count(((HclValue.StringValue) v).value()));
                }
                return collectionLength(v);
            }
        });
        define("concat", new Fn(List.of(), Param.of("seqs", Types.DYNAMIC), true) {
            @Override
            TypeConstraint type(List<HclValue> args) throws FnError {
                if (args.isEmpty()) {
                    throw new FnError("at least one argument is required");
                }
                if (Types.isList(args.get(0).type())) {
                    List<TypeConstraint> tys = new ArrayList<>();
                    for (HclValue a : args) {
                        if (!Types.isList(a.type())) {
                            tys = null;
                            break;
                        }
                        tys.add(a.type());
                    }
                    if (tys != null) {
                        Convert.Unified u = Convert.unify(tys, true);
                        if (u != null) {
                            return u.type();
                        }
                    }
                }
                List<TypeConstraint> etys = new ArrayList<>();
                for (int i = 0; i < args.size(); i++) {
                    HclValue a = args.get(i);
                    TypeConstraint t = a.type();
                    if (Types.isTuple(t)) {
                        etys.addAll(Types.tupleElems(t));
                    } else if (Types.isList(t)) {
                        if (!a.isKnown()) {
                            return Types.DYNAMIC;
                        }
                        for (int j = 0; j < a.elements().size(); j++) {
                            etys.add(Types.elem(t));
                        }
                    } else {
                        throw new FnError(i, "all arguments must be lists or tuples; got " + Types.friendly(t));
                    }
                }
                return Types.tuple(etys);
            }

            @Override
            HclValue impl(List<HclValue> args, TypeConstraint ret) throws FnError {
                List<HclValue> vals = new ArrayList<>();
                if (Types.isList(ret)) {
                    for (int i = 0; i < args.size(); i++) {
                        try {
                            vals.addAll(Convert.convert(args.get(i), ret).elements());
                        } catch (Convert.Failure e) {
                            throw new FnError(i, e.getMessage());
                        }
                    }
                    return HclValue.listOf(vals.isEmpty() ? Types.elem(ret) : vals.get(0).type(), vals);
                }
                for (HclValue a : args) {
                    vals.addAll(a.elements());
                }
                checkSize(vals.size());
                return HclValue.tuple(vals);
            }
        });
        define("merge", new Fn(List.of(), new Param("maps", Types.DYNAMIC, true, false, true), true) {
            @Override
            TypeConstraint type(List<HclValue> args) throws FnError {
                if (args.isEmpty()) {
                    return Types.EMPTY_OBJECT;
                }
                Map<String, TypeConstraint> attrs = new HashMap<>();
                TypeConstraint first = null;
                boolean matching = true;
                boolean attrsKnown = true;
                for (int i = 0; i < args.size(); i++) {
                    HclValue a = args.get(i);
                    TypeConstraint t = a.type();
                    if (Types.isDynamic(t)) {
                        return Types.DYNAMIC;
                    }
                    if (!Types.isMap(t) && !Types.isObject(t)) {
                        throw new FnError("arguments must be maps or objects, got " + Convert.quote(Types.friendly(t)));
                    }
                    if (Types.isObject(t) && !a.isNull()) {
                        attrs.putAll(Types.attrs(t));
                    } else if (Types.isMap(t) && !a.isNull()) {
                        if (a.isKnown()) {
                            for (String k : a.attributes().keySet()) {
                                attrs.put(k, Types.elem(t));
                            }
                        } else {
                            attrsKnown = false;
                        }
                    }
                    if (i == 0) {
                        first = t;
                    } else if (!t.equals(first)) {
                        matching = false;
                    }
                }
                if (matching) {
                    return first;
                }
                if (!attrsKnown) {
                    return Types.DYNAMIC;
                }
                return Types.object(attrs);
            }

            @Override
            HclValue impl(List<HclValue> args, TypeConstraint ret) {
                Map<String, HclValue> out = new HashMap<>();
                for (HclValue a : args) {
                    if (!a.isNull()) {
                        out.putAll(a.attributes());
                    }
                }
                if (Types.isMap(ret)) {
                    return HclValue.mapOf(out.isEmpty() ? Types.elem(ret) : out.values().iterator().next().type(),
                            out);
                }
                return new HclValue.ObjectValue(out);
            }
        });
        define("lookup", new Fn(List.of(new Param("inputMap", Types.DYNAMIC, false, true, false),
                new Param("key", Types.STRING, false, true, false)), new Param("default", Types.DYNAMIC, true, true,
                        true), false) {
            @Override
            TypeConstraint type(List<HclValue> args) throws FnError {
                if (args.size() > 3) {
                    throw new FnError("lookup() takes two or three arguments, got " + args.size());
                }
                TypeConstraint t = args.get(0).type();
                if (Types.isObject(t)) {
                    if (!args.get(1).isKnown()) {
                        return Types.DYNAMIC;
                    }
                    String key = ((HclValue.StringValue) args.get(1)).value();
                    TypeConstraint at = Types.attrType(t, key);
                    if (at != null) {
                        return at;
                    }
                    if (args.size() == 3) {
                        return args.get(2).type();
                    }
                    throw new FnError(0, "the given object has no attribute " + Convert.quote(key));
                }
                if (Types.isMap(t)) {
                    if (args.size() == 3) {
                        try {
                            Convert.convert(args.get(2), Types.elem(t));
                        } catch (Convert.Failure e) {
                            throw new FnError(2, "the default value must have the same type as the map elements");
                        }
                    }
                    return Types.elem(t);
                }
                throw new FnError(0, "lookup() requires a map as the first argument");
            }

            @Override
            HclValue impl(List<HclValue> args, TypeConstraint ret) throws FnError {
                HclValue map = args.get(0);
                HclValue key = args.get(1);
                if (!map.isKnown() || !key.isKnown()) {
                    return Values.unknown(ret);
                }
                String k = ((HclValue.StringValue) key).value();
                HclValue v = map.attributes().get(k);
                if (v != null) {
                    return v;
                }
                if (args.size() == 3) {
                    try {
                        return Convert.convert(args.get(2), ret);
                    } catch (Convert.Failure e) {
                        throw new FnError(e.getMessage());
                    }
                }
                throw new FnError("lookup failed to find key " + k);
            }
        });
        define("coalesce", new Fn(List.of(), new Param("vals", Types.DYNAMIC, true, true, true), true) {
            @Override
            TypeConstraint type(List<HclValue> args) throws FnError {
                List<TypeConstraint> tys = new ArrayList<>();
                for (HclValue a : args) {
                    tys.add(a.type());
                }
                Convert.Unified u = Convert.unify(tys, true);
                if (u == null) {
                    throw new FnError("all arguments must have the same type");
                }
                return u.type();
            }

            @Override
            HclValue impl(List<HclValue> args, TypeConstraint ret) throws FnError {
                for (HclValue a : args) {
                    try {
                        a = Convert.convert(a, ret);
                    } catch (Convert.Failure e) {
                        // as in Terraform, an argument that does not convert is used as it is
                    }
                    if (!a.isKnown()) {
                        return Values.unknown(ret);
                    }
                    if (a.isNull()) {
                        continue;
                    }
                    if (ret.equals(Types.STRING) && a.equals(HclValue.of(""))) {
                        continue;
                    }
                    return a;
                }
                throw new FnError("no non-null, non-empty-string arguments");
            }
        });
        define("contains", new Static(Types.BOOL, List.of(Param.of("list", Types.DYNAMIC),
                Param.of("value", Types.DYNAMIC)), null) {
            @Override
            HclValue impl(List<HclValue> args, TypeConstraint ret) throws FnError {
                HclValue list = args.get(0);
                TypeConstraint t = list.type();
                if (!Types.isList(t) && !Types.isTuple(t) && !Types.isSet(t)) {
                    throw new FnError("argument must be list, tuple, or set");
                }
                if (list.elements().isEmpty()) {
                    return HclValue.FALSE;
                }
                boolean unknown = false;
                for (HclValue e : list.elements()) {
                    HclValue eq = Values.equal(args.get(1), e);
                    if (!eq.isKnown()) {
                        unknown = true;
                    } else if (Values.isTrue(eq)) {
                        return HclValue.TRUE;
                    }
                }
                return unknown ? Values.unknown(Types.BOOL) : HclValue.FALSE;
            }
        });
        define("element", new Fn(List.of(Param.of("list", Types.DYNAMIC), Param.of("index", Types.NUMBER)), null,
                false) {
            @Override
            TypeConstraint type(List<HclValue> args) throws FnError {
                TypeConstraint t = args.get(0).type();
                if (Types.isList(t)) {
                    return Types.elem(t);
                }
                if (Types.isTuple(t)) {
                    if (!args.get(1).isKnown()) {
                        return Types.DYNAMIC;
                    }
                    List<TypeConstraint> etys = Types.tupleElems(t);
                    long index = goInt(args.get(1), "invalid index: ");
                    if (etys.isEmpty()) {
                        throw new FnError("cannot use element function with an empty list");
                    }
                    return etys.get((int) Math.floorMod(index, (long) etys.size()));
                }
                throw new FnError("cannot read elements from " + Types.friendly(t));
            }

            @Override
            HclValue impl(List<HclValue> args, TypeConstraint ret) throws FnError {
                long index = goInt(args.get(1), "invalid index: ");
                List<HclValue> els = args.get(0).elements();
                if (els.isEmpty()) {
                    throw new FnError("cannot use element function with an empty list");
                }
                return els.get((int) Math.floorMod(index, (long) els.size()));
            }
        });
        define("keys", new Fn(List.of(new Param("inputMap", Types.DYNAMIC, false, true, false)), null, true) {
            @Override
            TypeConstraint type(List<HclValue> args) throws FnError {
                TypeConstraint t = args.get(0).type();
                if (Types.isMap(t)) {
                    return Types.LIST_OF_STRING;
                }
                if (Types.isObject(t)) {
                    List<TypeConstraint> etys = new ArrayList<>();
                    for (int i = 0; i < Types.attrs(t).size(); i++) {
                        etys.add(Types.STRING);
                    }
                    return Types.tuple(etys);
                }
                throw new FnError(0, "must have map or object type");
            }

            @Override
            HclValue impl(List<HclValue> args, TypeConstraint ret) {
                HclValue m = args.get(0);
                List<HclValue> keys = new ArrayList<>();
                if (Types.isObject(m.type())) {
                    List<String> names = new ArrayList<>(Types.attrs(m.type()).keySet());
                    names.sort(Types::compareKeys);
                    for (String n : names) {
                        keys.add(HclValue.of(n));
                    }
                    return HclValue.tuple(keys);
                }
                if (!m.isKnown()) {
                    return Values.unknown(ret);
                }
                for (String k : m.attributes().keySet()) {
                    keys.add(HclValue.of(k));
                }
                return HclValue.listOf(Types.STRING, keys);
            }
        });
        define("values", new Fn(List.of(Param.of("mapping", Types.DYNAMIC)), null, true) {
            @Override
            TypeConstraint type(List<HclValue> args) throws FnError {
                TypeConstraint t = args.get(0).type();
                if (Types.isMap(t)) {
                    return Types.list(Types.elem(t));
                }
                if (Types.isObject(t)) {
                    TreeMap<String, TypeConstraint> sorted = new TreeMap<>(Types::compareKeys);
                    sorted.putAll(Types.attrs(t));
                    return Types.tuple(new ArrayList<>(sorted.values()));
                }
                throw new FnError("values() requires a map as the first argument");
            }

            @Override
            HclValue impl(List<HclValue> args, TypeConstraint ret) {
                List<HclValue> vals = new ArrayList<>(args.get(0).attributes().values());
                if (Types.isTuple(ret)) {
                    return HclValue.tuple(vals);
                }
                return HclValue.listOf(Types.elem(ret), vals);
            }
        });
        define("min", new Static(Types.NUMBER, List.of(), new Param("numbers", Types.NUMBER, false, false, true)) {
            @Override
            HclValue impl(List<HclValue> args, TypeConstraint ret) throws FnError {
                return extreme(args, -1);
            }
        });
        define("max", new Static(Types.NUMBER, List.of(), new Param("numbers", Types.NUMBER, false, false, true)) {
            @Override
            HclValue impl(List<HclValue> args, TypeConstraint ret) throws FnError {
                return extreme(args, 1);
            }
        });
        define("tolist", conversionFn(Types.list(Types.DYNAMIC)));
        define("toset", conversionFn(Types.set(Types.DYNAMIC)));
        define("tomap", conversionFn(Types.map(Types.DYNAMIC)));
        define("tostring", conversionFn(Types.STRING));
        define("tonumber", conversionFn(Types.NUMBER));
        define("tobool", conversionFn(Types.BOOL));
        define("format", new Static(Types.STRING, List.of(Param.of("format", Types.STRING)),
                new Param("args", Types.DYNAMIC, true, true, true)) {
            @Override
            HclValue impl(List<HclValue> args, TypeConstraint ret) throws FnError {
                String f = ((HclValue.StringValue) args.get(0)).value();
                for (HclValue a : args.subList(1, args.size())) {
                    if (!a.isWhollyKnown()) {
                        int idx = f.indexOf('%');
                        String prefix = idx > 0 ? Graphemes.prefix(f.substring(0, idx), Integer.MAX_VALUE) : "";
                        return Values.refined(Types.STRING, false, prefix, java.util.Optional.empty(),
                                java.util.Optional.empty(), 0, Long.MAX_VALUE);
                    }
                }
                return HclValue.of(Format.format(f, args.subList(1, args.size())));
            }
        });
        define("join", new Static(Types.STRING, List.of(Param.of("separator", Types.STRING)),
                Param.of("lists", Types.LIST_OF_STRING)) {
            @Override
            HclValue impl(List<HclValue> args, TypeConstraint ret) throws FnError {
                String sep = ((HclValue.StringValue) args.get(0)).value();
                List<HclValue> lists = args.subList(1, args.size());
                if (lists.isEmpty()) {
                    throw new FnError("at least one list is required");
                }
                for (HclValue l : lists) {
                    if (!l.isWhollyKnown()) {
                        return Values.unknown(Types.STRING);
                    }
                }
                StringBuilder sb = new StringBuilder();
                boolean first = true;
                for (int ai = 0; ai < lists.size(); ai++) {
                    int ei = 0;
                    for (HclValue e : lists.get(ai).elements()) {
                        if (e.isNull()) {
                            throw new FnError(ai + 1, lists.size() > 1 ? "element " + ei + " of list " + (ai + 1)
                                    + " is null; cannot concatenate null values" : "element " + ei + " is null; cannot "
                                            + "concatenate null values");
                        }
                        if (!first) {
                            sb.append(sep);
                        }
                        first = false;
                        sb.append(((HclValue.StringValue) e).value());
                        checkSize(sb.length());
                        ei++;
                    }
                }
                return HclValue.of(sb.toString());
            }
        });
        define("split", new Static(Types.LIST_OF_STRING, List.of(Param.of("separator", Types.STRING),
                Param.of("str", Types.STRING)), null) {
            @Override
            HclValue impl(List<HclValue> args, TypeConstraint ret) {
                String sep = ((HclValue.StringValue) args.get(0)).value();
                String str = ((HclValue.StringValue) args.get(1)).value();
                List<HclValue> parts = new ArrayList<>();
                if (sep.isEmpty()) {
                    // Go's strings.Split with an empty separator splits after each UTF-8 sequence
                    str.codePoints().forEach(cp -> parts.add(HclValue.of(new String(Character.toChars(cp)))));
                } else {
                    int from = 0;
                    int at;
                    while ((at = str.indexOf(sep, from)) >= 0) {
                        parts.add(HclValue.of(str.substring(from, at)));
                        from = at + sep.length();
                    }
                    parts.add(HclValue.of(str.substring(from)));
                }
                return HclValue.listOf(Types.STRING, parts);
            }
        });
        define("lower", new Static(Types.STRING, List.of(new Param("str", Types.STRING, false, false, true)), null) {
            @Override
            HclValue impl(List<HclValue> args, TypeConstraint ret) {
                return HclValue.of(mapCase(((HclValue.StringValue) args.get(0)).value(), false));
            }
        });
        define("upper", new Static(Types.STRING, List.of(new Param("str", Types.STRING, false, false, true)), null) {
            @Override
            HclValue impl(List<HclValue> args, TypeConstraint ret) {
                return HclValue.of(mapCase(((HclValue.StringValue) args.get(0)).value(), true));
            }
        });
        define("replace", new Static(Types.STRING, List.of(Param.of("str", Types.STRING), Param.of("substr",
                Types.STRING), Param.of("replace", Types.STRING)), null) {
            @Override
            HclValue impl(List<HclValue> args, TypeConstraint ret) throws FnError {
                String str = ((HclValue.StringValue) args.get(0)).value();
                String sub = ((HclValue.StringValue) args.get(1)).value();
                String rep = ((HclValue.StringValue) args.get(2)).value();
                String out = sub.length() > 1 && sub.startsWith("/") && sub.endsWith("/")
                        ? GoRegex.replaceAll(str, sub.substring(1, sub.length() - 1), rep)
                        : replaceAll(str, sub, rep);
                return HclValue.of(out);
            }
        });
        define("cidrsubnet", new Static(Types.STRING, List.of(Param.of("prefix", Types.STRING),
                Param.of("newbits", Types.NUMBER), Param.of("netnum", Types.NUMBER)), null) {
            @Override
            HclValue impl(List<HclValue> args, TypeConstraint ret) throws FnError {
                long newbits = goInt(args.get(1), "");
                BigInteger netnum = Evaluator.wholeNumber(Values.num(args.get(2)));
                if (netnum == null) {
                    throw new FnError("value must be a whole number");
                }
                return HclValue.of(Cidr.subnet(((HclValue.StringValue) args.get(0)).value(), newbits, netnum));
            }
        });
        define("range", new Static(Types.LIST_OF_NUMBER, List.of(), Param.of("params", Types.NUMBER)) {
            @Override
            HclValue impl(List<HclValue> args, TypeConstraint ret) throws FnError {
                return range(args);
            }
        });
        define("abs", new Static(Types.NUMBER, List.of(new Param("num", Types.NUMBER, false, false, true)), null) {
            @Override
            HclValue impl(List<HclValue> args, TypeConstraint ret) {
                return HclValue.of(Values.num(args.get(0)).abs());
            }
        });
        define("ceil", new Static(Types.NUMBER, List.of(Param.of("num", Types.NUMBER)), null) {
            @Override
            HclValue impl(List<HclValue> args, TypeConstraint ret) {
                return HclValue.of(Values.num(args.get(0)).setScale(0, java.math.RoundingMode.CEILING));
            }
        });
        define("floor", new Static(Types.NUMBER, List.of(Param.of("num", Types.NUMBER)), null) {
            @Override
            HclValue impl(List<HclValue> args, TypeConstraint ret) {
                return HclValue.of(Values.num(args.get(0)).setScale(0, java.math.RoundingMode.FLOOR));
            }
        });
        define("distinct", new Fn(List.of(Param.of("list", Types.list(Types.DYNAMIC))), null, true) {
            @Override
            TypeConstraint type(List<HclValue> args) {
                return args.get(0).type();
            }

            @Override
            HclValue impl(List<HclValue> args, TypeConstraint ret) {
                if (!args.get(0).isWhollyKnown()) {
                    // an unknown element may or may not equal another: neither the elements nor their number is known
                    return Values.unknown(ret);
                }
                List<HclValue> out = new ArrayList<>();
                for (HclValue e : args.get(0).elements()) {
                    if (!out.contains(e)) {
                        out.add(e);
                    }
                }
                return HclValue.listOf(Types.elem(ret), out);
            }
        });
        define("flatten", new Fn(List.of(Param.of("list", Types.DYNAMIC)), null, true) {
            @Override
            TypeConstraint type(List<HclValue> args) throws FnError {
                TypeConstraint t = args.get(0).type();
                if (!Types.isList(t) && !Types.isSet(t) && !Types.isTuple(t)) {
                    throw new FnError(0, "can only flatten lists, sets and tuples");
                }
                List<HclValue> out = new ArrayList<>();
                if (!flattenInto(args.get(0), out)) {
                    return Types.DYNAMIC;
                }
                List<TypeConstraint> tys = new ArrayList<>();
                for (HclValue v : out) {
                    tys.add(v.type());
                }
                return Types.tuple(tys);
            }

            @Override
            HclValue impl(List<HclValue> args, TypeConstraint ret) {
                List<HclValue> out = new ArrayList<>();
                if (!flattenInto(args.get(0), out)) {
                    return HclValue.UNKNOWN;
                }
                return HclValue.tuple(out);
            }
        });
        define("compact", new Static(Types.LIST_OF_STRING, List.of(new Param("list", Types.LIST_OF_STRING, false, true,
                false)), null) {
            @Override
            HclValue impl(List<HclValue> args, TypeConstraint ret) {
                HclValue list = args.get(0);
                if (!list.isWhollyKnown()) {
                    return Values.unknown(ret);
                }
                List<HclValue> out = new ArrayList<>();
                for (HclValue e : list.elements()) {
                    if (!e.isNull() && !e.equals(HclValue.of(""))) {
                        out.add(e);
                    }
                }
                return HclValue.listOf(Types.STRING, out);
            }
        });
    }

    // ------------------------------------------------------------------ helpers

    private static boolean flattenInto(HclValue v, List<HclValue> out) {
        if (!v.isKnown()) {
            return false;
        }
        for (HclValue e : v.elements()) {
            TypeConstraint t = e.type();
            if (!e.isNull() && (Types.isList(t) || Types.isSet(t) || Types.isTuple(t))) {
                if (!flattenInto(e, out)) {
                    return false;
                }
            } else {
                out.add(e);
            }
        }
        return true;
    }

    /** cty's {@code Length} of a list, set or map, refined when unknown. */
    static HclValue collectionLength(HclValue v) {
        if (!v.isKnown()) {
            long min = Values.minLength(v);
            long max = Values.maxLength(v);
            if (min == max) {
                return HclValue.of(min);
            }
            return Values.refined(Types.NUMBER, true, "", java.util.Optional.of(new HclValue.Bound(BigDecimal.valueOf(min),
                    true)), max == Long.MAX_VALUE ? java.util.Optional.empty()
                            : java.util.Optional.of(new HclValue.Bound(BigDecimal.valueOf(max), true)), 0, Long.MAX_VALUE);
        }
        if (Types.isSet(v.type()) && !v.isWhollyKnown() && v.elements().size() > 1) {
            return Values.refined(Types.NUMBER, true, "", java.util.Optional.of(new HclValue.Bound(BigDecimal.ONE, true)),
                    java.util.Optional.of(new HclValue.Bound(BigDecimal.valueOf(v.elements().size()), true)), 0,
                    Long.MAX_VALUE);
        }
        return HclValue.of(Types.isMap(v.type()) ? v.attributes().size() : v.elements().size());
    }

    private static HclValue extreme(List<HclValue> args, int sign) throws FnError {
        if (args.isEmpty()) {
            throw new FnError("must pass at least one number");
        }
        BigDecimal best = null;
        for (HclValue a : args) {
            BigDecimal x = Values.num(a);
            if (best == null || x.compareTo(best) * sign > 0) {
                best = x;
            }
        }
        return HclValue.of(best);
    }

    /** Terraform's {@code MakeToFunc}: {@code tolist}, {@code toset}, {@code tomap}, {@code tostring} ... */
    private static Fn conversionFn(TypeConstraint want) {
        return new Fn(List.of(new Param("v", Types.DYNAMIC, true, true, true)), null, false) {
            @Override
            TypeConstraint type(List<HclValue> args) throws FnError {
                TypeConstraint got = args.get(0).type();
                if (got.equals(want)) {
                    return want;
                }
                if (Convert.conversion(got, want, true) == null) {
                    if (Types.isTuple(got) && Types.isTuple(want)) {
                        throw new FnError(0, "incompatible tuple type for conversion: "
                                + Convert.mismatchMessage(got, want));
                    }
                    if (Types.isObject(got) && Types.isObject(want)) {
                        throw new FnError(0, "incompatible object type for conversion: "
                                + Convert.mismatchMessage(got, want));
                    }
                    throw new FnError(0, "cannot convert " + Types.friendly(got) + " to "
                            + Types.friendlyForConstraint(want));
                }
                return want;
            }

            @Override
            HclValue impl(List<HclValue> args, TypeConstraint ret) throws FnError {
                HclValue v = args.get(0);
                if (!v.isKnown()) {
                    return Values.unknown(ret);
                }
                try {
                    return Convert.convert(v, ret);
                } catch (Convert.Failure e) {
                    TypeConstraint got = v.type();
                    if (got.equals(Types.STRING) && want.equals(Types.BOOL)) {
                        throw new FnError(0, "cannot convert " + (v.isNull() ? "string" : Convert.quote(
                                ((HclValue.StringValue) v).value())) + " to bool; only the strings \"true\" or "
                                        + "\"false\" are allowed");
                    }
                    if (got.equals(Types.STRING) && want.equals(Types.NUMBER)) {
                        throw new FnError(0, "cannot convert " + (v.isNull() ? "string" : Convert.quote(
                                ((HclValue.StringValue) v).value())) + " to number; given string must be a decimal "
                                        + "representation of a number");
                    }
                    throw new FnError(0, "cannot convert " + Types.friendly(got) + " to "
                            + Types.friendlyForConstraint(want));
                }
            }
        };
    }

    /** gocty's conversion of a number to a Go {@code int}; {@code prefix} starts the error message. */
    private static long goInt(HclValue v, String prefix) throws FnError {
        BigDecimal d = Values.num(v);
        try {
            return d.longValueExact();
        } catch (ArithmeticException e) {
            throw new FnError(prefix + "value must be a whole number, between -9223372036854775808 and "
                    + "9223372036854775807");
        }
    }

    /** Go's {@code unicode.ToLower}/{@code ToUpper} per code point (simple case mapping, no locale). */
    static String mapCase(String s, boolean upper) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> sb.appendCodePoint(upper ? Character.toUpperCase(cp)
                : Character.toLowerCase(cp)));
        return sb.toString();
    }

    /** Go's {@code strings.Replace(s, old, new, -1)}: an empty {@code old} matches before each code point and at the end. */
    static String replaceAll(String s, String old, String rep) throws FnError {
        StringBuilder sb = new StringBuilder();
        if (old.isEmpty()) {
            int i = 0;
            sb.append(rep);
            while (i < s.length()) {
                int cp = s.codePointAt(i);
                sb.appendCodePoint(cp).append(rep);
                i += Character.charCount(cp);
                checkSize(sb.length());
            }
            return sb.toString();
        }
        int from = 0;
        int at;
        while ((at = s.indexOf(old, from)) >= 0) {
            sb.append(s, from, at).append(rep);
            from = at + old.length();
            checkSize(sb.length());
        }
        return sb.append(s, from, s.length()).toString();
    }

    static void checkSize(long size) throws FnError {
        if (size > Evaluator.MAX_STRING) {
            throw new FnError("the result would be larger than " + Evaluator.MAX_STRING + " characters or elements, "
                    + "the most this evaluator builds");
        }
    }

    /** cty's {@code range}, including its quirks: a zero step runs into the 1024-value limit. */
    private static HclValue range(List<HclValue> args) throws FnError {
        BigDecimal start;
        BigDecimal end;
        BigDecimal step;
        switch (args.size()) {
            case 1:
                start = BigDecimal.ZERO;
                end = Values.num(args.get(0));
                step = end.signum() < 0 ? BigDecimal.ONE.negate() : BigDecimal.ONE;
                break;
            case 2:
                start = Values.num(args.get(0));
                end = Values.num(args.get(1));
                step = end.compareTo(start) < 0 ? BigDecimal.ONE.negate() : BigDecimal.ONE;
                break;
            case 3:
                start = Values.num(args.get(0));
                end = Values.num(args.get(1));
                step = Values.num(args.get(2));
                break;
            default:
                throw new FnError("must have one, two, or three arguments");
        }
        boolean down = step.signum() < 0;
        if (down ? end.compareTo(start) > 0 : end.compareTo(start) < 0) {
            throw new FnError(1, down ? "end must be less than start when step is negative"
                    : "end must be greater than start when step is positive");
        }
        List<HclValue> vals = new ArrayList<>();
        BigDecimal num = start;
        while (down ? num.compareTo(end) > 0 : num.compareTo(end) < 0) {
            if (vals.size() >= 1024) {
                throw new FnError("more than 1024 values were generated; either decrease the difference between start "
                        + "and end or use a smaller step");
            }
            vals.add(HclValue.of(num));
            num = num.add(step);
        }
        return HclValue.listOf(Types.NUMBER, vals);
    }

    /** The names of the functions evaluated here, sorted. */
    static List<String> names() {
        TreeSet<String> names = new TreeSet<>(TABLE.keySet());
        names.add("try");
        names.add("can");
        return new ArrayList<>(names);
    }
}
