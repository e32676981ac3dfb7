package dev.alexandria.core.internal.recommend;

import dev.alexandria.api.model.ComplexityTier;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.OutputValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a module needs from others, read from its interface: the resource a required input refers to
 * ({@code vpc_id} → "vpc", {@code ecs_cluster_arn} → "ecs cluster") and the words naming a module call
 * ({@code terraform-aws-modules/eks/aws} → "eks", {@code ./modules/cloudtrail-baseline} → "cloudtrail"). Pure
 * functions of names, so that they can be tested alone.
 */
final class Wiring {

    /** Suffixes of an input's name that make it a reference to a resource made elsewhere. */
    private static final List<String> REFERENCE_SUFFIXES = List.of("_ids", "_id", "_arns", "_arn", "_names", "_name");
    /** Nouns of references that no module of a library makes: the account, region, or who calls. */
    private static final Set<String> NOT_MODULES = Set.of("account", "organization", "organizational unit",
            "region", "client", "ami", "image", "snapshot", "principal", "tenant", "project", "owner", "source",
            "target", "user", "parent", "availability zone");
    /** Words of a module call's name that say nothing of what it makes. */
    private static final Set<String> FILLER = Set.of("aws", "terraform", "module", "modules", "baseline",
            "resources", "resource", "the", "and", "for", "with", "of", "to", "main", "common", "core", "base");

    // Compiled once: these run for every module of the library and every input looked at.
    private static final Pattern UNDERSCORES = Pattern.compile("_+");
    private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");
    private static final Pattern GIT_PREFIX = Pattern.compile("^git::");
    private static final Pattern SCHEME = Pattern.compile("^[a-z+]+://");
    private static final Pattern QUERY = Pattern.compile("\\?.*$");
    private static final Pattern SUBDIR = Pattern.compile("//.*$");
    private static final Pattern DOT_GIT = Pattern.compile("\\.git$");
    private static final Pattern TERRAFORM_PREFIX = Pattern.compile("^terraform-[a-z0-9]+-");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[-_.]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Wiring() {
    }

    /**
     * The resource an input refers to, in words, by its name alone, whether it is required or not.
     *
     * @param name an input variable's name
     * @return the words before a reference suffix ({@code _id}, {@code _ids}, {@code _arn}, {@code _arns},
     *         {@code _name}, {@code _names}), each in the singular; empty for another name, or a reference to
     *         something no module makes (an account, a region …)
     */
    static Optional<String> noun(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (String suffix : REFERENCE_SUFFIXES) {
            if (n.endsWith(suffix) && n.length() > suffix.length()) {
                List<String> words = new ArrayList<>();
                for (String w : UNDERSCORES.split(n.substring(0, n.length() - suffix.length()))) {
                    if (!w.isEmpty()) {
                        words.add(singular(w));
                    }
                }
                String noun = String.join(" ", words);
                if (words.isEmpty() || NOT_MODULES.contains(noun) || NOT_MODULES.contains(words.get(words.size() - 1))) {
                    return Optional.empty();
                }
                return Optional.of(noun);
            }
        }
        return Optional.empty();
    }

    /**
     * The words naming what a module call makes: the name part of a registry address, the repository of a git
     * address without its {@code terraform-<provider>-} prefix, or the last folder of a path, split at
     * {@code -} and {@code _}, without filler words; nothing for a module of the {@code null} provider, which
     * makes no infrastructure.
     *
     * @param source the call's {@code source}
     * @return the words, in order; may be empty
     */
    static List<String> callWords(String source) {
        String s = source.strip().toLowerCase(Locale.ROOT);
        String name;
        if (s.startsWith("./") || s.startsWith("../")) {
            String[] p = Relations.first(TRAILING_SLASHES, s).split("/");
            name = p[p.length - 1];
        } else if (s.startsWith("git::") || s.startsWith("github.com/") || s.contains("://")) {
            String rest = Relations.first(DOT_GIT, Relations.first(SUBDIR, Relations.first(QUERY,
                    Relations.first(SCHEME, Relations.first(GIT_PREFIX, s)))));
            String[] p = rest.split("/");
            name = Relations.first(TERRAFORM_PREFIX, p[p.length - 1]);
        } else {
            String[] p = Relations.first(SUBDIR, s).split("/");
            if (p.length == 4) {
                p = Arrays.copyOfRange(p, 1, 4);
            }
            if (p.length != 3 || p[2].equals("null")) {
                return List.of();
            }
            name = p[1];
        }
        List<String> words = new ArrayList<>();
        for (String w : NAME_SEPARATORS.split(name)) {
            if (!w.isEmpty() && !FILLER.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /**
     * Whether a module may stand in for a module call by its name: its id or name names at least half of the
     * call's words and, when the call's first word is a cloud service ({@code ecs} of
     * {@code ecs-cloudwatch-sns-alarms}: alarms of ECS), that service, the subject the other words qualify. Sharing
     * words is not enough: an RDS alarms module shares three of the four words of {@code ecs-cloudwatch-sns-alarms}
     * but alarms on another service, and an ECS cluster module shares one of the three of
     * {@code ecs-cloudwatch-autoscaling} but is no autoscaling policy (2026-12-03). A first word
     * that is no service ({@code secure} of {@code secure-bucket}) only qualifies: a bucket module stands in.
     *
     * @param m        a module
     * @param words    the call's words ({@link #callWords})
     * @param services the cloud services the library's modules make ({@code ecs}, {@code s3} …)
     * @return whether its id or name names the call's service and at least half of its words; false for no words
     */
    static boolean standsIn(LibraryModule m, List<String> words, Set<String> services) {
        return !words.isEmpty() && (!services.contains(words.get(0)) || names(m, words.get(0)))
                && 2 * wordsNamed(m, words) >= words.size();
    }

    /**
     * Whether an input is the name the module gives its own resource rather than a reference to one made
     * elsewhere: a {@code _name} or {@code _names} input whose noun's last word is a word of a resource type the
     * module manages itself ({@code function_name} of a module making {@code aws_lambda_function}). An
     * {@code _id} or {@code _arn} of its own kind ({@code vpc_id} of a VPC module) still refers to one made
     * elsewhere, to reuse.
     *
     * @param m     the module that takes the input
     * @param input the input's name
     * @param noun  the input's noun ({@link #noun(String)})
     * @return whether it names the module's own resource
     */
    static boolean ownName(LibraryModule m, String input, String noun) {
        String n = input.toLowerCase(Locale.ROOT);
        if (!n.endsWith("_name") && !n.endsWith("_names")) {
            return false;
        }
        String[] words = SPACES.split(noun.strip());
        String last = singular(words[words.length - 1].toLowerCase(Locale.ROOT));
        return ModuleFacts.types(m).stream()
                .anyMatch(t -> Arrays.asList(t.toLowerCase(Locale.ROOT).split("_")).contains(last));
    }

    /** The last word of an output's name when it is a reference to what the module makes (vpc_id, cluster_arn). */
    private static final Set<String> REFERENCE_WORDS = Set.of("id", "ids", "arn", "arns", "name", "names");

    /**
     * Whether a module's outputs provide what an input refers to: an output whose name ends in a reference word
     * ({@code _id}, {@code _arn}, {@code _name}, plural too) after the input noun's last word ({@code vpc_id} or
     * {@code default_vpc_id} for {@code ecs_vpc_id}), or whose name is only such a word ({@code id}, {@code arn})
     * and whose description names it ("The ID of the VPC"); and the module is named for it ({@link #names}) or
     * makes that resource itself ({@code aws_vpc}). The name alone is not enough: a module named for a VPC that
     * outputs no VPC id of its own (VPC endpoints, flow logs) provides none; nor is an output alone (the
     * {@code domain_name} of a search domain is no DNS domain). An output named like one of the module's inputs
     * passes that input through and provides nothing, unless that input is the name the module gives its own
     * resource ({@link #ownName}: the {@code function_name} of a Lambda module).
     *
     * @param m     a module
     * @param input the input's name ({@code ecs_vpc_id})
     * @return whether one of its outputs provides it; false when the input refers to nothing ({@link #noun})
     */
    static boolean provides(LibraryModule m, String input) {
        return provides(m, input, Set.of());
    }

    /**
     * {@link #provides(LibraryModule, String)} of an input whose kind is qualified by cloud services
     * ({@link #qualifiers}): the module must also make a resource of each of those services or be named for it, so
     * that an Aurora module (making {@code aws_rds_cluster}) does not provide the {@code cluster_arn} of "an
     * existing ECS cluster".
     *
     * @param m          a module
     * @param input      the input's name
     * @param qualifiers the services the input's kind names; empty for none
     * @return whether one of its outputs provides it
     */
    static boolean provides(LibraryModule m, String input, Set<String> qualifiers) {
        return output(m, input, qualifiers).isPresent();
    }

    /**
     * The output by which a module provides what an input refers to ({@link #provides(LibraryModule, String, Set)}):
     * the name a "provides …" reason names, so that it names an output the module really has (before: a
     * security group module was said to provide an ElastiCache {@code replication_group_id}, matched by its last
     * word "group" alone). The output's noun (its words before the reference word) and the input's must be of one
     * kind: one ends with the other ({@code vpc_id} for {@code ecs_vpc_id}, {@code security_group_id} for
     * {@code allowed_security_group_ids}), or they share the last word and the module makes a resource named by
     * that word alone ({@code aws_subnet} for {@code public_subnet_ids} and {@code private_subnet_ids}), whose
     * other words only say which one. "replication group" and "security group" are not one kind; nor is an output
     * of the bare last word ({@code group_arns} of X-Ray groups) one of a noun of several words, unless the module
     * makes that noun's resource itself ({@code key_arn} of a module making {@code aws_kms_key} for
     * {@code kms_key_arn}) or its id is named for that word ({@code bucket_arn} of {@code cloudposse-s3-bucket} for
     * {@code source_bucket_arn}). An output ending in a reference word must be of the input's kind of value: a
     * {@code _name}/{@code _names} input takes a name, an {@code _arn}/{@code _arns} input an ARN, an
     * {@code _id}/{@code _ids} input an id ({@code function_name}, never {@code function_arn}, for
     * {@code lambda_function_names}); only an output that is the whole resource ({@code log_group} for
     * {@code log_group_arn}), from which any of them is read, is of no one kind.
     *
     * @param m          a module
     * @param input      the input's name
     * @param qualifiers the services the input's kind names; empty for none
     * @return the output's name; empty when the module does not provide it
     */
    static Optional<String> output(LibraryModule m, String input, Set<String> qualifiers) {
        return output(m, input, qualifiers, "");
    }

    /**
     * {@link #output(LibraryModule, String, Set)}, choosing among several outputs that provide the input by its
     * description too ({@link #closest}): "public subnets for the load balancer" takes {@code public_subnet_ids}.
     *
     * @param m           a module
     * @param input       the input's name
     * @param qualifiers  the services the input's kind names; empty for none
     * @param description the input's description; empty for none
     * @return the output's name; empty when the module does not provide it
     */
    static Optional<String> output(LibraryModule m, String input, Set<String> qualifiers, String description) {
        Optional<String> noun = noun(input);
        if (noun.isEmpty()) {
            return Optional.empty();
        }
        String[] nounWords = noun.get().split(" ");
        String last = nounWords[nounWords.length - 1];
        if (!mayProvide(m, noun.get())) {
            return Optional.empty();
        }
        for (String q : qualifiers) {
            if (!names(m, q) && ModuleFacts.types(m).stream().noneMatch(t -> q.equals(service(t)))) {
                return Optional.empty();
            }
        }
        // The names of the inputs and outputs come from the module's cached summary; only an output named just
        // id, arn or name needs its description, so only then is the whole interface read.
        Set<String> inputs = new HashSet<>(ModuleFacts.inputNames(m));
        List<String> nounList = Arrays.asList(nounWords);
        boolean bareReference = false;
        boolean lastAlone = makesItself(m, new String[] {last});
        // Whether the noun's last word alone (an output group_arns, a description "ARN of the certificate") may
        // stand for the whole noun: the module makes the noun's resource itself or its id is named for the word.
        boolean lastWordDoes = lastAlone || nounWords.length == 1 || makesItself(m, nounWords)
                || idNouns(m).contains(last);
        // Only an output of the input's own reference word (vpc_id, not vpc_arn, for vpc_id): the reason names
        // the output to wire, and a value of another kind does not fit the input.
        String reference = reference(words(input));
        String found = null;
        List<String> matching = new ArrayList<>();
        for (String o : ModuleFacts.outputNames(m)) {
            if (inputs.contains(o) && !ownName(m, o, noun(o).orElse(o))) {
                // An input passed through (a security group module's vpc_id) is not made here; the name a module
                // gives its own resource (a Lambda module's function_name) is the name of what it makes.
                continue;
            }
            List<String> words = words(o);
            if (!words.isEmpty() && REFERENCE_WORDS.contains(words.get(words.size() - 1))) {
                List<String> outNoun = words.subList(0, words.size() - 1);
                // An output of another kind of value is no answer: a name is not an ARN (before: a
                // function_arn was wired to lambda_function_names, a list of function names).
                boolean sameValue = reference(words).equals(reference);
                if (sameValue && words.size() > 1 && words.get(words.size() - 2).equals(last) && (lastAlone
                        || oneKind(outNoun, nounList)
                        && (outNoun.size() > 1 || lastWordDoes))) {
                    matching.add(o);
                    continue;
                }
                bareReference |= sameValue && words.size() == 1;
            }
            // An output named for the noun itself is the whole resource (log_group for an input log_group_arn), from
            // which the reference is read; of a noun of several words, at least its last two (not a bare "group").
            if (found == null && words.size() >= Math.min(2, nounWords.length) && words.size() <= nounWords.length
                    && nounList.subList(nounWords.length - words.size(), nounWords.length).equals(words)) {
                found = o;
            }
        }
        if (!matching.isEmpty()) {
            return Optional.of(closest(matching, input, description));
        }
        if (found != null) {
            return Optional.of(found);
        }
        if (bareReference) {
            // An output named just id, arn or name is of what the module makes, which its description names: the
            // noun's last word alone stands for the noun only when the module makes the noun's resource itself,
            // not when its id merely holds that word (before: the "Security Group ARN" of a security
            // group module was wired to a target group's ARN, both ending in "group").
            boolean bareDoes = lastAlone || nounWords.length == 1 || makesItself(m, nounWords);
            for (OutputValue o : m.interfaceSpec().outputs()) {
                List<String> words = words(o.name());
                if (!inputs.contains(o.name()) && words.size() == 1 && reference(words).equals(reference)
                        && o.description() != null && describes(words(o.description()), nounList, bareDoes)) {
                    return Optional.of(o.name());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Words that say which one of a kind an output is when the input does not say: a workload's {@code subnet_ids}
     * take private subnets before public ones, and either before the subnets of one purpose (database, intra,
     * elasticache …), which are for that purpose alone.
     */
    private static final List<String> GENERAL_QUALIFIERS = List.of("private", "public");

    /**
     * Of several outputs that provide an input, the one whose name matches it best: the input's own name; then the
     * most of the input's words before the reference word ({@code private} of {@code private_subnet_ids}); then the
     * most of its other words in the input's description ("public subnets for the load balancer"); then the fewest
     * other words; then, for the words the input does not say, {@link #GENERAL_QUALIFIERS} in their order;
     * then the module's order. Before, the module's first output of the kind was named, and a VPC module's
     * {@code database_subnet_ids} was wired to an EKS cluster's {@code subnet_ids} (issue 12).
     *
     * @param outputs the outputs that provide it, in the module's order; not empty
     * @param input       the input's name
     * @param description the input's description; empty for none
     * @return the closest output
     */
    static String closest(List<String> outputs, String input, String description) {
        Set<String> in = new HashSet<>(words(input));
        Set<String> described = new HashSet<>(words(description));
        return outputs.stream().min(java.util.Comparator.comparingInt((String o) -> o.equals(input) ? 0 : 1)
                .thenComparingLong(o -> -words(o).stream().filter(in::contains).count())
                .thenComparingLong(o -> -words(o).stream().filter(w -> !in.contains(w) && described.contains(w))
                        .count())
                .thenComparingLong(o -> words(o).stream().filter(w -> !in.contains(w)).count())
                .thenComparingInt(o -> words(o).stream().filter(w -> !in.contains(w))
                        .mapToInt(w -> GENERAL_QUALIFIERS.contains(w) ? GENERAL_QUALIFIERS.indexOf(w)
                                : GENERAL_QUALIFIERS.size()).max().orElse(0))
                .thenComparingInt(outputs::indexOf)).orElseThrow();
    }

    /** The words of a module's id, in the singular ({@code bucket} of {@code cloudposse-s3-bucket}). */
    private static List<String> idNouns(LibraryModule m) {
        return words(m.id().value());
    }

    /** The reference word of a name's words, in the singular ("id" of vpc_ids); "" when it ends in none. */
    private static String reference(List<String> words) {
        String w = words.isEmpty() ? "" : words.get(words.size() - 1);
        return !REFERENCE_WORDS.contains(w) ? "" : w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    }

    /** Whether two nouns of one last word are of one kind: one ends with the other ("vpc" and "ecs vpc"). */
    private static boolean oneKind(List<String> a, List<String> b) {
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = a.size() <= b.size() ? b : a;
        return longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter);
    }

    /**
     * Whether an output's description names the noun: its last word, with the word before it unless the last word
     * alone may stand for the noun ("The ID of the security group" for "security group", not for "replication
     * group"; "The ARN of the certificate" of a module making {@code aws_acm_certificate} for "acm certificate").
     */
    private static boolean describes(List<String> description, List<String> noun, boolean lastAlone) {
        String last = noun.get(noun.size() - 1);
        for (int i = 0; i < description.size(); i++) {
            if (description.get(i).equals(last) && (lastAlone || noun.size() == 1
                    || i > 0 && description.get(i - 1).equals(noun.get(noun.size() - 2)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first test of {@link #provides}, from the module's id, name and resource types alone: it is named for the
     * noun ({@link #names}) or makes the resource the noun names itself ({@code aws_vpc} for "vpc").
     *
     * @param m    a module
     * @param noun an input's noun ({@link #noun(String)})
     * @return false when the module cannot provide an input of that noun, whatever its outputs
     */
    static boolean mayProvide(LibraryModule m, String noun) {
        return names(m, noun) || makesItself(m, noun.split(" "));
    }

    /**
     * The cloud services that qualify what an input refers to: the words of its noun before the last ({@code ecs}
     * of {@code ecs_cluster_arn}) and the word its description puts right before the noun's last word ("ARN of an
     * existing ECS cluster" gives {@code ecs}), each only when with that last word it names a kind of resource:
     * one of the given resource types is of that service and holds the word ({@code aws_ecs_cluster}). A bare
     * noun ("cluster") is ambiguous; these say which kind of it. "The VPC subnets" names no kind (no
     * {@code aws_vpc_subnet}), so a subnets module still provides them.
     *
     * @param description the input's description
     * @param noun        its noun ({@link #noun(String)})
     * @param types       the resource types known (made by the modules at hand)
     * @return the qualifying services, in order; empty when there are none
     */
    static Set<String> qualifiers(String description, String noun, Collection<String> types) {
        String[] nounWords = noun.split(" ");
        String last = nounWords[nounWords.length - 1];
        Set<String> candidates = new LinkedHashSet<>();
        for (int i = 0; i < nounWords.length - 1; i++) {
            candidates.add(nounWords[i]);
        }
        List<String> d = words(description);
        for (int i = 1; i < d.size(); i++) {
            if (d.get(i).equals(last)) {
                candidates.add(d.get(i - 1));
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (String q : candidates) {
            for (String t : types) {
                List<String> tw = words(t);
                if (tw.size() > 2 && tw.get(1).equals(q) && tw.subList(2, tw.size()).contains(last)) {
                    out.add(q);
                    break;
                }
            }
        }
        return out;
    }

    /** The cloud service of a resource type: the word after the provider's ({@code ecs} of aws_ecs_cluster). */
    static String service(String type) {
        return Services.service(type.toLowerCase(Locale.ROOT)).orElse("");
    }

    /**
     * Whether a module makes the resource a noun names itself: a resource type that is the provider's prefix and
     * the noun ({@code aws_vpc} for "vpc" or "ecs vpc", {@code aws_ecs_cluster} for "ecs cluster").
     */
    private static boolean makesItself(LibraryModule m, String[] nounWords) {
        String last = nounWords[nounWords.length - 1];
        String whole = String.join("_", nounWords);
        return ModuleFacts.types(m).stream().map(t -> t.toLowerCase(Locale.ROOT))
                .map(t -> t.indexOf('_') < 0 ? t : t.substring(t.indexOf('_') + 1))
                .anyMatch(t -> t.equals(last) || t.equals(whole));
    }

    /** The words of a name or sentence, lower case, in the singular. */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : alnumRuns(text.toLowerCase(Locale.ROOT))) {
            out.add(REFERENCE_WORDS.contains(w) ? w : singular(w));
        }
        return out;
    }

    /**
     * The runs of ASCII letters {@code a}–{@code z} and digits of a text, in order: what splitting it at
     * {@code [^a-z0-9]+} gives without its empty strings, found without a regular expression (this runs for every
     * name, description and kind a plan compares).
     */
    static List<String> alnumRuns(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    /**
     * A text without {@code -} and {@code _}, and with {@code spaces} without the white space {@code \s} of a regular
     * expression too (space, tab, line feed, vertical tab, form feed, carriage return): what replacing {@code [-_]}
     * or {@code [-_\s]} with nothing gives, without a regular expression.
     */
    static String withoutSeparators(String text, boolean spaces) {
        StringBuilder out = null;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            boolean drop = c == '-' || c == '_' || spaces && (c == ' ' || c >= '\t' && c <= '\r');
            if (drop && out == null) {
                out = new StringBuilder(n).append(text, 0, i);
            } else if (!drop && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * Whether a module's id or name names a thing: it contains the thing's last word (in the singular, ignoring
     * {@code -}, {@code _} and spaces), e.g. {@code cloudposse-dynamic-subnets} names "private subnet".
     *
     * @param m     a module
     * @param thing words
     * @return whether its id or name contains the last word
     */
    static boolean names(LibraryModule m, String thing) {
        String[] words = SPACES.split(thing.strip());
        String last = singular(words[words.length - 1].toLowerCase(Locale.ROOT));
        if (last.length() < 2) {
            return false;
        }
        String id = withoutSeparators(m.id().value(), false);
        String name = withoutSeparators(m.metadata().name().toLowerCase(Locale.ROOT), true);
        return id.contains(last) || name.contains(last);
    }

    /**
     * How alike two modules' ids are: the number of words (between {@code -}) of the first id, after the first,
     * that the second id has too; {@code cloudposse-eks-cluster} and {@code cloudposse-eks-node-group} share 1. A
     * complexity tier's name ({@code basic}, {@code standard}, {@code advanced}) names a variant, not a service, and
     * does not count: {@code eks-standard} and {@code vpc-standard} share nothing (before: it made an EKS
     * cluster "an add-on" of a VPC).
     *
     * @param a a module
     * @param b another
     * @return the number of shared words, not counting the first (often the collection's name) nor tier names
     */
    static int sharedWords(LibraryModule a, LibraryModule b) {
        return sharedWords(a, b, Set.of());
    }

    /**
     * {@link #sharedWords(LibraryModule, LibraryModule)} without the given words: a word that names a kind of
     * resource of many services ({@link #kindWords}: {@code cluster} of an EKS and an Aurora cluster module) says
     * that two modules make things of one shape, not that one is made for the other.
     *
     * @param a      a module
     * @param b      another
     * @param except words that do not count
     * @return the number of shared words that count
     */
    static int sharedWords(LibraryModule a, LibraryModule b, Set<String> except) {
        List<String> wa = Arrays.asList(a.id().value().split("-"));
        Set<String> wb = Set.of(b.id().value().split("-"));
        int n = 0;
        for (int i = 1; i < wa.size(); i++) {
            String w = wa.get(i);
            if (wb.contains(w) && ComplexityTier.fromId(w).isEmpty() && !except.contains(singular(w))) {
                n++;
            }
        }
        return n;
    }

    /**
     * The words of resource types, past the provider's and the service's, that are in types of two services or more
     * ({@code cluster} of {@code aws_eks_cluster} and {@code aws_rds_cluster}, {@code instance}, {@code group}):
     * words of a shape of resource rather than of one service, in the singular.
     *
     * @param types resource types (those the library's modules make)
     * @return the words
     */
    static Set<String> kindWords(Collection<String> types) {
        java.util.Map<String, Set<String>> servicesOf = new java.util.HashMap<>();
        for (String t : types) {
            String[] p = t.toLowerCase(Locale.ROOT).split("_");
            for (int i = 2; i < p.length; i++) {
                servicesOf.computeIfAbsent(singular(p[i]), k -> new HashSet<>()).add(p[1]);
            }
        }
        Set<String> out = new HashSet<>();
        servicesOf.forEach((w, s) -> {
            if (s.size() > 1) {
                out.add(w);
            }
        });
        return out;
    }

    /**
     * @param m     a module
     * @param words words
     * @return how many of the words its id or name contains
     */
    static int wordsNamed(LibraryModule m, List<String> words) {
        return (int) words.stream().filter(w -> names(m, w)).count();
    }

    /** @return the number of words of a module's id, not counting the first (often the collection's name) */
    static int idWords(LibraryModule m) {
        return Math.max(1, m.id().value().split("-").length - 1);
    }

    /** A word in the singular: a final s dropped from words of more than three letters not ending in ss/us/is. */
    static String singular(String w) {
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
