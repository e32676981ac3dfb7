package dev.alexandria.api.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A Terraform version constraint: comma-separated terms that must all hold, each an operator ({@code =},
 * {@code !=}, {@code >}, {@code >=}, {@code <}, {@code <=}, {@code ~>}; none means {@code =}) and a version of
 * one to three numbers with an optional pre-release and build metadata ({@code ">= 1.2.0, < 2.0.0"},
 * {@code "~> 5.0"}, {@code "1.0.0-beta.3"}). The empty constraint allows any version.
 *
 * <pre>{@code
 * VersionConstraint aws = VersionConstraint.parse(">= 5.20, < 6.0");
 * boolean ok = aws.allows(Version.parse("5.40.0"));                 // true
 * boolean pre = aws.allows(Version.parse("5.41.0-beta1"));          // false: pre-releases need "="
 * VersionConstraint core = VersionConstraint.parse("~> 1.6.0-beta1");
 * boolean tf = core.allows(Version.parse("1.6.0-rc1"), VersionConstraint.Semantics.REQUIRED_VERSION); // true
 * }</pre>
 *
 * <p><b>Meaning</b>, as in Terraform's "Version Constraints" documentation: a missing minor or patch number
 * is zero ({@code >= 1.2} is {@code >= 1.2.0}); {@code ~>} lets only the rightmost number written increase
 * ({@code ~> 1.2} is {@code >= 1.2, < 2.0}; {@code ~> 1.2.3} is {@code >= 1.2.3, < 1.3.0}). Terraform reads
 * constraints in two places with two libraries, which differ for pre-releases and for a one-number
 * {@code ~>}; {@link Semantics} names them and {@link #allows(Version, Semantics)} follows each exactly.
 *
 * <p>Two constraints are equal when they were written the same (surrounding spaces aside), so a constraint
 * read from a file and written back keeps its text. Immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class VersionConstraint {

    /** The longest constraint text accepted, in characters: {@value}. */
    public static final int MAX_LENGTH = 500;

    private static final VersionConstraint ANY = new VersionConstraint("", List.of());

    private final String text;
    private final List<Term> terms;

    private VersionConstraint(String text, List<Term> terms) {
        this.text = text;
        this.terms = List.copyOf(terms);
    }

    /**
     * Where a constraint is read, which decides how it treats pre-releases.
     *
     * @since 0.2.0
     */
    public enum Semantics {
        /**
         * Module and provider version selection ({@code version} of a {@code module} block, of a
         * {@code required_providers} entry, and a library's {@code requires}), as Terraform selects with
         * HashiCorp's go-versions: a pre-release is allowed only when an {@code =} term names exactly it (and
         * every other term allows it); {@code ~> 1} is {@code >= 1.0.0, < 2.0.0}; {@code =} and {@code !=}
         * compare build metadata too.
         */
        SELECTION,
        /**
         * Terraform's {@code required_version}, checked with HashiCorp's go-version: {@code >}, {@code >=},
         * {@code <}, {@code <=} and {@code ~>} allow a pre-release only when their own version is a pre-release
         * of the same {@code MAJOR.MINOR.PATCH} ({@code >= 1.6.0-beta1} allows {@code 1.6.0-rc1}, not
         * {@code 1.7.0-rc1}); a {@code ~>} with a pre-release allows only such pre-releases; {@code =} and
         * {@code !=} compare precedence, so {@code != 1.5.0} allows every pre-release; a one-number
         * {@code ~> 1} has no upper bound ({@code >= 1.0.0}).
         */
        REQUIRED_VERSION
    }

    /**
     * A constraint operator.
     *
     * @since 0.2.0
     */
    public enum Operator {
        /** {@code =}, or no operator: exactly this version. */
        EQUAL("="),
        /** {@code !=}: any version but this one. */
        NOT_EQUAL("!="),
        /** {@code >}: higher precedence. */
        GREATER(">"),
        /** {@code >=}: this or higher precedence. */
        GREATER_OR_EQUAL(">="),
        /** {@code <}: lower precedence. */
        LESS("<"),
        /** {@code <=}: this or lower precedence. */
        LESS_OR_EQUAL("<="),
        /** {@code ~>}: this or higher, only the rightmost number written may increase. */
        PESSIMISTIC("~>");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        /** @return the operator as written: {@code >=} */
        public String symbol() {
            return symbol;
        }
    }

    /**
     * One term of a constraint: an operator and a version, of which the first {@code segments} numbers were
     * written ({@code ~> 1.2} is {@code PESSIMISTIC}, {@code 1.2.0}, 2 segments).
     *
     * @param operator the operator; {@link Operator#EQUAL} when none was written
     * @param version  the version, missing numbers filled with zero
     * @param segments how many numbers were written, 1 to 3
     * @since 0.2.0
     */
    public record Term(Operator operator, Version version, int segments) {

        /**
         * Validates the components.
         *
         * @param operator the operator
         * @param version  the version, missing numbers filled with zero
         * @param segments how many numbers were written, 1 to 3
         * @throws IllegalArgumentException if {@code segments} is not 1 to 3, or a number beyond them is not 0
         */
        public Term {
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(version, "version");
            if (segments < 1 || segments > 3) {
                throw new IllegalArgumentException("segments must be 1 to 3: " + segments);
            }
            if (segments < 3 && version.patch() != 0 || segments < 2 && version.minor() != 0) {
                throw new IllegalArgumentException("numbers beyond the " + segments + " written must be 0: "
                        + version);
            }
        }

        /**
         * The lowest version this term allows, ignoring pre-release rules, if it has one: the version of
         * {@code =}, {@code >=}, {@code ~>}; none for {@code <}, {@code <=}, {@code !=}; for {@code >} the term's
         * version is excluded, so none is given either.
         *
         * @return the inclusive lower bound, if any
         */
        public Optional<Version> inclusiveLowerBound() {
            switch (operator) {
                case EQUAL:
                case GREATER_OR_EQUAL:
                case PESSIMISTIC:
                    return Optional.of(version);
                default:
                    return Optional.empty();
            }
        }

        /**
         * The release that {@code ~>} stops below, for the given semantics: {@code ~> 1.2.3} stops below
         * {@code 1.3.0}, {@code ~> 1.2} below {@code 2.0.0}, {@code ~> 1} below {@code 2.0.0} in
         * {@link Semantics#SELECTION} and nowhere in {@link Semantics#REQUIRED_VERSION}.
         *
         * @param semantics where the constraint is read
         * @return the exclusive upper bound of a {@code ~>} term, if it has one; empty for other operators
         */
        public Optional<Version> pessimisticUpperBound(Semantics semantics) {
            Objects.requireNonNull(semantics, "semantics");
            if (operator != Operator.PESSIMISTIC) {
                return Optional.empty();
            }
            if (segments == 3) {
                return Optional.of(Version.of(version.major(), Math.addExact(version.minor(), 1), 0));
            }
            if (segments == 1 && semantics == Semantics.REQUIRED_VERSION) {
                return Optional.empty();
            }
            return Optional.of(Version.of(Math.addExact(version.major(), 1), 0, 0));
        }

        /**
         * Whether a version satisfies this one term, under the given semantics, before the
         * {@link Semantics#SELECTION} rule that a pre-release must be named by an {@code =} term.
         *
         * @param v         a version
         * @param semantics where the constraint is read
         * @return whether the term holds
         */
        boolean holds(Version v, Semantics semantics) {
            if (semantics == Semantics.SELECTION) {
                switch (operator) {
                    case EQUAL:
                        return v.equals(version);
                    case NOT_EQUAL:
                        return !v.equals(version);
                    default:
                        return inRange(v, semantics);
                }
            }
            switch (operator) {
                case EQUAL:
                    return v.hasSamePrecedence(version);
                case NOT_EQUAL:
                    return !v.hasSamePrecedence(version);
                case PESSIMISTIC:
                    if (version.isPreRelease() && !v.isPreRelease()) {
                        return false; // a pessimistic pre-release constraint allows only pre-releases
                    }
                    return preReleaseCheck(v) && inRange(v, semantics);
                default:
                    return preReleaseCheck(v) && inRange(v, semantics);
            }
        }

        /** go-version's rule for the ordering operators. */
        private boolean preReleaseCheck(Version v) {
            if (v.isPreRelease()) {
                return version.isPreRelease() && v.major() == version.major() && v.minor() == version.minor()
                        && v.patch() == version.patch();
            }
            return true;
        }

        private boolean inRange(Version v, Semantics semantics) {
            int c = v.compareTo(version);
            switch (operator) {
                case GREATER:
                    return c > 0;
                case GREATER_OR_EQUAL:
                    return c >= 0;
                case LESS:
                    return c < 0;
                case LESS_OR_EQUAL:
                    return c <= 0;
                case PESSIMISTIC: {
                    Optional<Version> upper = pessimisticUpperBound(semantics);
                    return c >= 0 && (upper.isEmpty() || v.compareTo(upper.get()) < 0);
                }
                default:
                    throw new IllegalStateException("not an ordering operator: " + operator);
            }
        }

        /** @return the term in Terraform's spelling, such as {@code >= 1.2} */
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(operator.symbol()).append(' ').append(version.major());
            if (segments > 1) {
                sb.append('.').append(version.minor());
            }
            if (segments > 2) {
                sb.append('.').append(version.patch());
            }
            if (version.isPreRelease()) {
                sb.append('-').append(version.preRelease());
            }
            if (!version.build().isEmpty()) {
                sb.append('+').append(version.build());
            }
            return sb.toString();
        }
    }

    /**
     * The empty constraint: any version (in {@link Semantics#SELECTION}, any release).
     *
     * @return the constraint with no terms
     */
    public static VersionConstraint any() {
        return ANY;
    }

    /**
     * Parses a constraint. Spaces around operators, numbers and commas are ignored, as is a {@code v} before a
     * version ({@code >= v1.2}, which Terraform's {@code required_version} accepts).
     *
     * @param text the constraint, such as {@code ">= 1.2.0, < 2.0.0"}; empty or blank for any version
     * @return the constraint
     * @throws IllegalArgumentException if it is not a constraint; the message quotes the text, names the term
     *                                  that is wrong, what is wrong with it, and how to write it
     */
    public static VersionConstraint parse(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return ANY;
        }
        if (trimmed.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("version constraint is longer than " + MAX_LENGTH + " characters");
        }
        List<Term> terms = new ArrayList<>();
        String[] raws = trimmed.split(",", -1);
        for (int k = 0; k < raws.length; k++) {
            String term = raws[k].strip();
            Object result = term.isEmpty()
                    ? new Problem("it has an empty term (two commas, or a comma at an end)", "") : term(term);
            if (result instanceof Problem p) {
                String what = term.isEmpty() ? p.what() : "term '" + abbreviate(term) + "' " + p.what();
                throw new IllegalArgumentException("'" + abbreviate(trimmed) + "' is not a version constraint: "
                        + what + "; " + fix(raws, k, p.corrected()));
            }
            terms.add((Term) result);
        }
        return new VersionConstraint(trimmed, terms);
    }

    /**
     * Parses a constraint, or says it is not one.
     *
     * @param text any text, possibly null
     * @return the constraint, or empty if {@code text} is null or not a constraint
     */
    public static Optional<VersionConstraint> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * A constraint of the given terms, written in Terraform's spelling joined by {@code ", "}.
     *
     * @param terms the terms, all of which must hold
     * @return the constraint; {@link #any()} for no terms
     */
    public static VersionConstraint of(List<Term> terms) {
        Objects.requireNonNull(terms, "terms");
        if (terms.isEmpty()) {
            return ANY;
        }
        List<String> parts = new ArrayList<>();
        for (Term t : terms) {
            parts.add(Objects.requireNonNull(t, "term").toString());
        }
        return new VersionConstraint(String.join(", ", parts), terms);
    }

    /**
     * Several constraints as written in HCL, read as one: Terraform requires every one of them to hold, so
     * the result has the terms of all of them, in order.
     *
     * @param texts the constraints as written
     * @return the constraint ({@link #any()} for none), or empty if one of them cannot be read
     */
    static Optional<VersionConstraint> allOf(List<String> texts) {
        List<Term> terms = new ArrayList<>();
        for (String t : texts) {
            Optional<VersionConstraint> c = tryParse(t);
            if (c.isEmpty()) {
                return Optional.empty();
            }
            terms.addAll(c.get().terms());
        }
        return Optional.of(texts.size() == 1 ? tryParse(texts.get(0)).orElseThrow() : of(terms));
    }

    /**
     * The constraint that allows exactly one version.
     *
     * @param version the version
     * @return {@code = version}
     */
    public static VersionConstraint exactly(Version version) {
        return of(List.of(new Term(Operator.EQUAL, version, 3)));
    }

    /** @return the terms, all of which must hold; empty for any version */
    public List<Term> terms() {
        return terms;
    }

    /** @return whether this is the empty constraint */
    public boolean isAny() {
        return terms.isEmpty();
    }

    /** @return the constraint as written, without surrounding spaces; empty for any version */
    public String text() {
        return text;
    }

    /**
     * Whether a module or provider version satisfies this constraint, as Terraform selects versions
     * ({@link Semantics#SELECTION}).
     *
     * @param version the version
     * @return whether it is allowed
     */
    public boolean allows(Version version) {
        return allows(version, Semantics.SELECTION);
    }

    /**
     * Whether a version satisfies this constraint, read where the semantics say.
     *
     * @param version   the version
     * @param semantics where the constraint is read
     * @return whether it is allowed
     */
    public boolean allows(Version version, Semantics semantics) {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(semantics, "semantics");
        boolean named = false;
        for (Term t : terms) {
            if (!t.holds(version, semantics)) {
                return false;
            }
            named |= t.operator() == Operator.EQUAL && t.version().equals(version);
        }
        return semantics != Semantics.SELECTION || !version.isPreRelease() || named;
    }

    /** @return whether the other constraint was written the same */
    @Override
    public boolean equals(Object o) {
        return o instanceof VersionConstraint c && c.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** @return the constraint as written; empty for any version */
    @Override
    public String toString() {
        return text;
    }

    // ------------------------------------------------------------------ parsing

    /** The operators, longest first, as a term may start with them. */
    private static final String[] SYMBOLS = {"!=", ">=", "<=", "~>", "=", ">", "<"};

    /**
     * What is wrong with a term: {@code what} says it, {@code corrected} is the term written as Terraform reads it
     * ("" to leave it out: it allows any version), or null when there is no one way to write it.
     */
    private record Problem(String what, String corrected) {
        Problem(String what) {
            this(what, null);
        }
    }

    /** The fix of a refused constraint: the constraint with term {@code k} corrected, else how terms are written. */
    private static String fix(String[] raws, int k, String corrected) {
        if (corrected == null) {
            return "write terms like \">= 1.2.0, < 2.0.0\" or \"~> 1.2\"";
        }
        List<String> fixed = new ArrayList<>();
        for (int i = 0; i < raws.length; i++) {
            String t = i == k ? corrected : raws[i].strip();
            if (!t.isEmpty()) {
                fixed.add(t);
            }
        }
        return fixed.isEmpty() ? "leave the constraint empty: it then allows any version"
                : "write '" + String.join(", ", fixed) + "'";
    }

    /** A Term, or the Problem with the term's text. */
    private static Object term(String term) {
        int i = 0;
        Operator op = Operator.EQUAL;
        for (String symbol : SYMBOLS) {
            if (term.startsWith(symbol)) {
                op = operator(symbol);
                i = symbol.length();
                break;
            }
        }
        if (term.startsWith("=>") || term.startsWith("=<")) {
            String fixed = term.charAt(1) + "=" + term.substring(2);
            return new Problem("has the operator '" + term.substring(0, 2) + "', which Terraform does not know",
                    term(fixed) instanceof Term ? fixed : null);
        }
        if (term.startsWith("^") || term.startsWith("~") && !term.startsWith("~>")) {
            Object rest = term(term.substring(1).strip());
            return new Problem("uses '" + term.charAt(0) + "', which Terraform does not know",
                    rest instanceof Term t && t.operator() == Operator.EQUAL ? npmRange(term.charAt(0), t) : null);
        }
        String rest = term.substring(i).strip();
        if (rest.startsWith("v") || rest.startsWith("V")) {
            rest = rest.substring(1);
        }
        if (rest.isEmpty()) {
            return new Problem("has no version after '" + op.symbol() + "'");
        }
        int end = rest.length();
        int plus = rest.indexOf('+');
        String build = plus < 0 ? "" : rest.substring(plus + 1);
        String beforeBuild = plus < 0 ? rest : rest.substring(0, plus);
        int dash = beforeBuild.indexOf('-');
        String pre = dash < 0 ? "" : beforeBuild.substring(dash + 1);
        String numbers = dash < 0 ? beforeBuild : beforeBuild.substring(0, dash);
        if (end == 0 || numbers.isEmpty()) {
            return new Problem("has no version");
        }
        String[] parts = numbers.split("\\.", -1);
        if (parts.length > 3) {
            return new Problem("has " + parts.length + " numbers, and a version has at most three (major, minor, "
                    + "patch)");
        }
        long[] n = new long[3];
        for (int k = 0; k < parts.length; k++) {
            String p = parts[k];
            if (!isNumber(p)) {
                if (isWildcard(p)) {
                    return new Problem("has the wildcard '" + p + "', which Terraform does not know",
                            wildcardFree(op, parts, k, pre + build));
                }
                return new Problem("has '" + abbreviate(p) + "' where a number belongs");
            }
            if (p.length() > 18) {
                return new Problem("has a number larger than " + Long.MAX_VALUE);
            }
            n[k] = Long.parseLong(p);
        }
        try {
            Version v = new Version(n[0], n[1], n[2], pre, build);
            return new Term(op, v, parts.length);
        } catch (IllegalArgumentException e) {
            return new Problem("has an " + e.getMessage());
        }
    }

    private static boolean isWildcard(String part) {
        return part.equals("*") || part.equalsIgnoreCase("x");
    }

    /**
     * A term with a wildcard from part {@code k} on, written without it: {@code 2.x} and {@code ~> 2.x} are
     * {@code ~> 2.0}, {@code >= 1.2.x} is {@code >= 1.2.0}, {@code > 2.x} is {@code >= 3.0}, {@code <= 2.x} is
     * {@code < 3.0}; {@code *} alone allows any version (""). Null when there is no one term for it ({@code 1.x.3},
     * {@code != 2.x}, a pre-release after a wildcard).
     */
    private static String wildcardFree(Operator op, String[] parts, int k, String suffix) {
        for (int i = k; i < parts.length; i++) {
            if (!isWildcard(parts[i])) {
                return null;
            }
        }
        for (int i = 0; i < k; i++) {
            if (!isNumber(parts[i]) || parts[i].length() > 18) {
                return null;
            }
        }
        if (!suffix.isEmpty() || op == Operator.NOT_EQUAL) {
            return null;
        }
        if (k == 0) {
            return op == Operator.LESS || op == Operator.GREATER ? null : "";
        }
        String prefix = String.join(".", java.util.Arrays.asList(parts).subList(0, k));
        String[] next = java.util.Arrays.copyOf(parts, k);
        next[k - 1] = Long.toString(Long.parseLong(next[k - 1]) + 1);
        String above = String.join(".", next) + ".0";
        switch (op) {
            case EQUAL:
            case PESSIMISTIC:
                return "~> " + prefix + ".0";
            case GREATER:
                return ">= " + above;
            case LESS_OR_EQUAL:
                return "< " + above;
            default:
                return op.symbol() + " " + prefix + ".0";
        }
    }

    /**
     * An npm range ({@code ^1.2.3}, {@code ~1.2}) as Terraform writes it: {@code ~X.Y.Z} and {@code ^0.Y.Z} are
     * {@code ~> X.Y.Z}, {@code ^X.Y.Z} is {@code >= X.Y.Z, < X+1.0.0}, fewer numbers count as zeros.
     */
    private static String npmRange(char symbol, Term t) {
        Version v = t.version();
        long major = v.major();
        String three = new Version(major, v.minor(), v.patch(), v.preRelease(), "").toString();
        if (symbol == '~') {
            return t.segments() == 1 ? "~> " + major + ".0" : "~> " + three;
        }
        if (major > 0 || t.segments() == 1) {
            return t.segments() == 1 ? "~> " + major + ".0" : v.patch() == 0 && v.preRelease().isEmpty()
                    ? "~> " + major + "." + v.minor() : ">= " + three + ", < " + (major + 1) + ".0.0";
        }
        if (t.segments() == 2 || v.minor() > 0) {
            return "~> " + three;
        }
        return "= " + three;
    }

    /** Whether a text is one or more ASCII digits. */
    private static boolean isNumber(String p) {
        if (p.isEmpty()) {
            return false;
        }
        for (int k = 0; k < p.length(); k++) {
            if (p.charAt(k) < '0' || p.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    private static Operator operator(String symbol) {
        for (Operator o : Operator.values()) {
            if (o.symbol.equals(symbol)) {
                return o;
            }
        }
        throw new IllegalArgumentException(symbol.toLowerCase(Locale.ROOT));
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
