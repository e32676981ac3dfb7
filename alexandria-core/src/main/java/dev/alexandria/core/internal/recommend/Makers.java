package dev.alexandria.core.internal.recommend;

import dev.alexandria.api.model.LibraryModule;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a module makes a kind of resource named in words ("client vpn", "image builder pipeline", "sns topic"),
 * learned from the library's own modules rather than from a list: every significant word of the name is in one of
 * the resource types the module manages ({@code aws_ec2_client_vpn_endpoint} makes a "client vpn",
 * {@code aws_imagebuilder_image_pipeline} an "image builder pipeline"), or in its id or name ({@link #named}). The words of a
 * resource type are read after the provider's prefix with the underscores removed, so a word also matches inside a
 * compound ({@code imagebuilder}); words of fewer than three letters without a digit ({@code s3} counts) and generic
 * ones ({@link #GENERIC}) do not count. Pure, so that it can be tested alone.
 */
final class Makers {

    /**
     * Words of a kind of resource that say nothing of which one (the provider, "managed" …, and the general words
     * for a whole of anything: "system", which a file system's resource type holds, is no answer to "a mainframe
     * COBOL batch system").
     */
    static final Set<String> GENERIC = Set.of("aws", "amazon", "managed", "service", "the", "for", "and",
            "system", "platform", "solution", "stack");

    private Makers() {
    }

    /**
     * @param m    a module
     * @param kind a kind of resource, in words
     * @return true when every significant word of the kind is in one resource type the module manages, or in its id
     *         or name; false when the kind has no significant word
     */
    static boolean makes(LibraryModule m, String kind) {
        List<String> words = words(kind);
        if (words.isEmpty()) {
            return false;
        }
        return named(m, kind) || contains(m.metadata().name(), words) || ModuleFacts.types(m).stream()
                .anyMatch(t -> words.stream().allMatch(w -> holds(t, w, words)) && !aside(m, t))
                || ofNamedService(m, words);
    }

    /**
     * Whether a module makes resources of a type only to serve what it is made for: the module says what it is
     * made for, the services of the resource types it names ({@link #namesType}: {@code wafv2} of a WAF module,
     * {@code fms} of a Firewall Manager module with an {@code admin_account} output), and the type's service is none
     * of them (the Kinesis Firehose stream and the Glue table a WAF or Firewall Manager module delivers its own logs
     * through, the Glue schema registry of a Kafka module). Such a module is no maker of that kind: "kinesis
     * firehose" or "glue catalog" is made by a module named or described for it, or by none. A module that names none
     * of its types' services says nothing of its purpose, and every type of it counts.
     *
     * @param m    a module
     * @param type a resource type it manages
     */
    static boolean aside(LibraryModule m, String type) {
        return aside(m).test(type);
    }

    /**
     * @param m a module
     * @return whether a resource type it manages is one it makes only to serve what it is made for, as
     *         {@link #aside(LibraryModule, String)} tells it; read once for many types
     */
    static java.util.function.Predicate<String> aside(LibraryModule m) {
        StringBuilder text = new StringBuilder(m.id().value()).append(' ')
                .append(java.util.Objects.toString(m.metadata().name(), "")).append(' ')
                .append(java.util.Objects.toString(m.metadata().description(), "")).append(' ')
                .append(m.category().id());
        ModuleFacts.outputNames(m).forEach(o -> text.append(' ').append(o));
        String said = text.toString().toLowerCase(Locale.ROOT);
        Set<String> saidWords = new java.util.HashSet<>(Wiring.alnumRuns(said).stream().map(Wiring::singular).toList());
        String joined = Wiring.withoutSeparators(said, true);
        Set<String> main = new java.util.HashSet<>();
        for (String t : ModuleFacts.types(m)) {
            if (namesType(t, saidWords, joined)) {
                Services.service(t).ifPresent(main::add);
            }
        }
        return t -> !main.isEmpty() && Services.service(t).filter(s -> !main.contains(s)).isPresent();
    }

    /**
     * Whether a module call of a module is named for what the module makes only to serve what it is made for
     * ({@link #aside(LibraryModule)}): its name's first word is a word of such a resource type past the provider's and
     * of no other type of the module ({@code firehose_s3_bucket}, the bucket of the Firehose stream a Firewall
     * Manager module delivers its logs through).
     *
     * @param m     a module
     * @param call  the name of one of its module calls
     * @param aside what {@link #aside(LibraryModule)} gives for the module
     */
    static boolean asideCall(LibraryModule m, String call, java.util.function.Predicate<String> aside) {
        List<String> w = Wiring.alnumRuns(call.toLowerCase(Locale.ROOT));
        if (w.isEmpty()) {
            return false;
        }
        String first = w.get(0);
        java.util.function.Predicate<String> holdsIt = t -> List.of(t.toLowerCase(Locale.ROOT).split("_"))
                .indexOf(first) > 0;
        List<String> types = ModuleFacts.types(m);
        return types.stream().anyMatch(t -> aside.test(t) && holdsIt.test(t))
                && types.stream().noneMatch(t -> !aside.test(t) && holdsIt.test(t));
    }

    /**
     * Whether what a module says of itself names a resource type: its service, without a version ({@code waf} of
     * {@code wafv2}), is one of the words said or, of three letters or more, inside one ({@code cloudfront} of
     * {@code cloudfronts3cdn}); or every word of the type past its service is said ({@code admin_account}).
     */
    private static boolean namesType(String type, Set<String> saidWords, String joined) {
        String[] p = type.toLowerCase(Locale.ROOT).split("_");
        if (p.length < 2) {
            return false;
        }
        String stem = p[1].replaceFirst("v?[0-9]+$", "");
        String service = stem.length() >= 3 ? stem : p[1];
        if (saidWords.contains(service) || service.length() >= 3 && joined.contains(service)) {
            return true;
        }
        return p.length > 2 && java.util.Arrays.stream(p, 2, p.length).map(Wiring::singular)
                .allMatch(saidWords::contains);
    }

    /**
     * Whether a module named for a service makes a kind of it: the kind's words its id holds name the service
     * ("eventbridge" of {@code clouddrove-eventbridge}) and its other words are in one resource type it manages
     * ({@code aws_cloudwatch_event_bus} for "event bus"), as a service's resource types often use an older name of
     * it. Before, no module made an "eventbridge event bus" and the kind was said uncovered next to such a module.
     */
    private static boolean ofNamedService(LibraryModule m, List<String> words) {
        List<String> rest = words.stream().filter(w -> !contains(m.id().value(), List.of(w))).toList();
        return !rest.isEmpty() && rest.size() < words.size() && ModuleFacts.types(m).stream()
                .anyMatch(t -> rest.stream().allMatch(w -> holds(t, w, words)));
    }

    /**
     * Whether a resource type holds a word as a word, not as the start of another one: the word is found in its
     * {@link #typeText} and ends where one of the type's parts ends, or is followed there only by a plural
     * ({@code s}, {@code es}), a version ({@code v2} of {@code wafv2}, {@code 53}) or another word of the same kind
     * ({@code image} of {@code imagebuilder} for "image builder pipeline"). Before, "replica" (of "read replicas")
     * was found in {@code aws_s3_bucket_replication_configuration}, so a bucket module was taken as made for read
     * replicas, and "config" in every {@code ..._configuration}.
     *
     * @param type a resource type ({@code aws_s3_bucket_replication_configuration})
     * @param word one significant word ({@link #words})
     * @param kind the significant words of the kind the word is of
     */
    static boolean holds(String type, String word, List<String> kind) {
        int p = type.indexOf('_');
        String[] parts = (p < 0 ? type : type.substring(p + 1)).toLowerCase(Locale.ROOT).split("_");
        StringBuilder text = new StringBuilder();
        List<Integer> ends = new java.util.ArrayList<>();
        for (String part : parts) {
            text.append(part);
            ends.add(text.length());
        }
        String t = text.toString();
        for (int i = t.indexOf(word); i >= 0; i = t.indexOf(word, i + 1)) {
            int end = i + word.length();
            int partEnd = ends.stream().filter(e -> e >= end).findFirst().orElse(t.length());
            String rest = t.substring(end, partEnd);
            if (rest.isEmpty() || rest.equals("s") || rest.equals("es") || rest.matches("v?[0-9]+")) {
                return true;
            }
            String after = rest.startsWith("s") ? rest.substring(1) : rest;
            if (kind.stream().anyMatch(k -> !k.equals(word) && (rest.startsWith(k) || after.startsWith(k)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param m    a module
     * @param need a need, in words
     * @return true when one significant word of the need is in its id, its name or one resource type it manages
     *         ({@link #makes} of the word alone), or in its category's id ({@code compute/containers} for
     *         "container orchestration"): the module is made for something the need names ("vpcs" of "connect three
     *         vpcs together"), not only described with one of its words
     */
    static boolean makesAWord(LibraryModule m, String need) {
        return words(need).stream().anyMatch(w -> makes(m, w) || contains(m.category().id(), List.of(w)))
                || oneWordNames(need).stream().anyMatch(w -> makes(m, w));
    }

    /**
     * @param m    a module
     * @param need a need, in words
     * @return true when one significant word of the need, or a one-word name of what it spells out
     *         ({@link #oneWordNames}), is in the module's id or name: what the module says it is, not a resource
     *         type or module call it has among others (a platform pattern's {@code vpc} call)
     */
    static boolean namesAWord(LibraryModule m, String need) {
        List<String> words = new java.util.ArrayList<>(words(need));
        words.addAll(oneWordNames(need));
        return words.stream().anyMatch(w -> named(m, w) || contains(m.metadata().name(), List.of(w)));
    }

    /**
     * The one-word names of what a need spells out: for each phrase of a synonym group of the built-in search
     * vocabulary that the need holds word for word (plurals aside), the group's one-word terms that are
     * significant ({@link #words}): "content delivery network" is {@code cdn} and {@code cloudfront}, "add-ons" is
     * {@code addons}. A module named or made for such a word is made for the need, as the search found it for it:
     * before, "a content delivery network" found the CloudFront CDN module first, and the plan said no module of
     * the library makes it, as none had "content", "delivery" or "network" in its id, name or resource types. Only
     * equivalents: a narrower term ({@code static website => s3}) is one thing a need may mean, not its name.
     *
     * @param need a need, in words
     * @return the one-word names, empty when the need holds no phrase of the vocabulary
     */
    static List<String> oneWordNames(String need) {
        return phrasesOf(need).stream().flatMap(e -> e.getValue().stream()).distinct().toList();
    }

    /**
     * @param m    a module
     * @param need a need, in words
     * @return the words of the vocabulary phrases the need holds whose one-word names ({@link #oneWordNames}) the
     *         module makes: "content", "delivery", "network" for a CloudFront CDN module and "a content delivery
     *         network"
     */
    static Set<String> spelledOut(LibraryModule m, String need) {
        Set<String> out = phrasesOf(need).stream().filter(e -> e.getValue().stream().anyMatch(w -> makes(m, w)))
                .flatMap(e -> e.getKey().stream()).collect(java.util.stream.Collectors.toSet());
        List<String> said = Wiring.alnumRuns(need.toLowerCase(Locale.ROOT)).stream().map(Wiring::singular)
                .filter(w -> !Recommender.QUANTIFIERS.contains(w)).toList(); // "connect several vpcs together"
        PhraseNames.NARROWER.forEach((phrase, things) -> {
            if (java.util.Collections.indexOfSubList(said, phrase) >= 0 && things.stream().anyMatch(t -> makes(m, t))) {
                out.addAll(phrase);
            }
        });
        return out;
    }

    /** The vocabulary phrases a need holds word for word (plurals aside), each with its one-word names. */
    private static List<Map.Entry<List<String>, List<String>>> phrasesOf(String need) {
        List<String> said = Wiring.alnumRuns(need.toLowerCase(Locale.ROOT)).stream().map(Wiring::singular).toList();
        if (said.size() < 2) {
            return List.of();
        }
        return PhraseNames.ALL.entrySet().stream()
                .filter(e -> java.util.Collections.indexOfSubList(said, e.getKey()) >= 0).toList();
    }

    /**
     * Each phrase of the built-in vocabulary's synonym groups (its words, singular) with the group's one-word terms
     * that are significant; read on first use.
     */
    private static final class PhraseNames {
        static final Map<List<String>, List<String>> ALL = read();
        /**
         * Each phrase of several words that the built-in vocabulary widens to named things of several words (its
         * words, singular, with those things): "connect vpc" means a transit gateway or VPC peering, so a module
         * made for one of them spells the phrase out ({@link #spelledOut}) though its description words it apart
         * ("connect multiple VPCs"). Only a phrase to a named thing: "server => ec2" widens one word.
         */
        static final Map<List<String>, List<String>> NARROWER = narrower();

        private static Map<List<String>, List<String>> narrower() {
            Map<List<String>, List<String>> m = new java.util.LinkedHashMap<>();
            for (var n : dev.alexandria.core.internal.discovery.SearchService.builtInVocabulary().narrower()) {
                List<String> phrase = Wiring.alnumRuns(n.term().toLowerCase(Locale.ROOT)).stream()
                        .map(Wiring::singular).toList();
                List<String> things = n.narrower().stream()
                        .filter(t -> Wiring.alnumRuns(t.toLowerCase(Locale.ROOT)).size() > 1).toList();
                if (phrase.size() > 1 && !things.isEmpty()) {
                    m.put(phrase, things);
                }
            }
            return java.util.Collections.unmodifiableMap(m);
        }

        private static Map<List<String>, List<String>> read() {
            Map<List<String>, List<String>> m = new java.util.LinkedHashMap<>();
            for (var g : dev.alexandria.core.internal.discovery.SearchService.builtInVocabulary().synonyms()) {
                List<String> single = g.terms().stream().map(t -> Wiring.alnumRuns(t.toLowerCase(Locale.ROOT)))
                        .filter(r -> r.size() == 1).map(r -> Wiring.singular(r.get(0)))
                        .filter(w -> longEnough(w) && !GENERIC.contains(w)).distinct().toList();
                for (String t : single.isEmpty() ? List.<String>of() : g.terms()) {
                    List<String> phrase = Wiring.alnumRuns(t.toLowerCase(Locale.ROOT)).stream()
                            .map(Wiring::singular).toList();
                    if (phrase.size() > 1) {
                        m.computeIfAbsent(phrase, k -> new java.util.ArrayList<>()).addAll(single);
                    }
                }
            }
            m.replaceAll((k, l) -> List.copyOf(new java.util.LinkedHashSet<>(l)));
            return java.util.Collections.unmodifiableMap(m);
        }
    }

    /**
     * Prefixes of an input that switches a thing on: a module with {@code enable_argocd} or {@code create_vpc} is
     * made to install or create that thing, as much as one managing its resource type.
     */
    static final List<String> SWITCHES = List.of("enable_", "create_", "install_", "deploy_");

    /**
     * @param m    a module
     * @param need a need, in words
     * @return true when the module is made for something the need names: {@link #makesAWord}, or one significant
     *         word of the need is in the name of an input that switches it on ({@link #SWITCHES}:
     *         {@code enable_argocd} for "argocd"), which an add-ons module installing charts has and a cluster whose
     *         description only says it works with the add-on has not
     */
    static boolean madeFor(LibraryModule m, String need) {
        if (makesAWord(m, need)) {
            return true;
        }
        List<String> words = words(need);
        return !words.isEmpty() && ModuleFacts.inputNames(m).stream()
                .filter(i -> SWITCHES.stream().anyMatch(i::startsWith))
                .map(i -> i.substring(i.indexOf('_') + 1).replace("_", "").toLowerCase(Locale.ROOT))
                .anyMatch(i -> words.stream().anyMatch(i::contains));
    }

    /**
     * @param m    a module
     * @param name what a use case names, in words ("cert-manager", "aws load balancer controller")
     * @return the input of the module that switches that very thing on, named for all of it and nothing else: a
     *         switch ({@link #SWITCHES}: {@code enable_cert_manager}, or {@code karpenter_enabled}) or an input named
     *         for the thing alone whose description says it enables, installs or deploys it
     *         ({@code aws_load_balancer_controller}: "Enable AWS Load Balancer Controller add-on"). An add-ons module
     *         makes each add-on it switches on, as a cluster module makes its cluster; empty when no input is such
     */
    static Optional<String> switchFor(LibraryModule m, String name) {
        String key = switchKey(name);
        if (key.length() < 3) {
            return Optional.empty();
        }
        for (ModuleFacts.Input v : ModuleFacts.inputs(m)) {
            if (switched(v).equals(key)) {
                return Optional.of(v.name());
            }
        }
        return Optional.empty();
    }

    /**
     * The input of an add-ons module switching on the add-on a need names in a Kubernetes plan, read more widely
     * than {@link #switchFor}: the need's whole subject, else its first word when more follow, naming the add-on
     * and then what it is for ("karpenter autoscaling": {@code enable_karpenter}), else the first switch of an
     * add-on of the kind the need names ("ingress": {@code enable_ingress_nginx}). Only for a module installing
     * add-ons into a chosen cluster: elsewhere "ingress" is a rule of a security group.
     *
     * @param m    an add-ons module ({@link #installsAddOns})
     * @param need a need's subject, in words
     * @return the input, or empty
     */
    static Optional<String> addOnSwitch(LibraryModule m, String need) {
        Optional<String> whole = switchFor(m, need);
        if (whole.isPresent()) {
            return whole;
        }
        List<String> w = words(need);
        if (w.size() > 1) {
            return switchFor(m, w.get(0));
        }
        String key = switchKey(need);
        if (key.length() < KIND_KEY) {
            return Optional.empty();
        }
        return ModuleFacts.inputs(m).stream().filter(v -> switched(v).startsWith(key)).map(ModuleFacts.Input::name)
                .findFirst();
    }

    /** The length of the shortest need read as a kind of add-on by the switches whose name begins with it. */
    private static final int KIND_KEY = 5;

    /**
     * @param v an input
     * @return what it switches on as {@link #switchKey} spells it, or "" when it is no switch
     */
    static String switched(ModuleFacts.Input v) {
        String n = v.name().toLowerCase(Locale.ROOT);
        for (String p : SWITCHES) {
            if (n.startsWith(p)) {
                return switchKey(n.substring(p.length()));
            }
        }
        if (n.endsWith(ENABLED)) {
            return switchKey(n.substring(0, n.length() - ENABLED.length()));
        }
        java.util.regex.Matcher d = ENABLES.matcher(v.description());
        String key = switchKey(n);
        return d.lookingAt() && switchKey(d.group(1)).startsWith(key) ? key : "";
    }

    /**
     * Whether a module installs add-ons into what another module makes: its id or name says add-ons
     * ("eks-blueprints-addons", "Terraform AWS EKS ADDONS"), or it manages Helm releases. What such a module switches
     * on ({@link #switchFor}) is a thing of its own it makes, as a cluster module makes its cluster; what another
     * module switches on ({@code enable_logging}, {@code enable_guardduty} of an account baseline) may be a
     * feature of it.
     */
    static boolean installsAddOns(LibraryModule m) {
        String idAndName = (m.id().value() + " " + m.metadata().name()).toLowerCase(Locale.ROOT);
        return ADD_ONS.matcher(idAndName).find() || ModuleFacts.types(m).contains("helm_release");
    }

    /** "add-ons" as ids and names spell it. */
    private static final java.util.regex.Pattern ADD_ONS = java.util.regex.Pattern.compile("add[- _]?ons?\\b");

    /** The suffix of an input that switches on what the words before it name ({@code karpenter_enabled}). */
    private static final String ENABLED = "_enabled";

    /** A description saying that its input enables what it names: "Enable AWS Load Balancer Controller add-on". */
    private static final java.util.regex.Pattern ENABLES = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:whether to |set to true to |if true,? )?(?:enable|install|deploy)s?\\s+(?:the\\s+)?(.+)");

    /**
     * The words of what a use case or an input names, significant ones only ({@link #words}), joined without
     * separators, without a trailing "add-on(s)": {@code certmanager} for "cert-manager", "cert manager add-on" and
     * {@code enable_cert_manager}'s {@code cert_manager}.
     */
    static String switchKey(String text) {
        List<String> w = new java.util.ArrayList<>(words(text.replaceAll("(?i)\\badd[- _]?ons?\\b", " ")));
        return String.join("", w);
    }

    /**
     * @param m    a module
     * @param kind a kind of resource, in words
     * @return true when its id contains every significant word of the kind (ignoring {@code -}); false when the
     *         kind has no significant word. Only the id: a module's name is often a sentence that mentions what it
     *         builds on ("ECS on AutoScaling Group").
     */
    static boolean named(LibraryModule m, String kind) {
        return contains(m.id().value(), words(kind));
    }

    /**
     * Whether a module id (of a module not read, so only its id is known) is named for a kind: as
     * {@link #named}, or one of the id's significant words is one of the kind's ({@code sqs} for "an sqs queue").
     */
    static boolean namesFor(String id, String kind) {
        List<String> words = words(kind);
        return contains(id, words) || words(id.replace('-', ' ')).stream().anyMatch(words::contains);
    }

    private static boolean contains(String text, List<String> words) {
        String t = Wiring.withoutSeparators(text.toLowerCase(Locale.ROOT), true);
        return !words.isEmpty() && words.stream().allMatch(t::contains);
    }

    /**
     * The significant words of a kind, in the singular: of at least three letters, or of a letter and a digit
     * ({@code s3}, {@code ec2}, {@code k8s}: a service's abbreviation is the most telling word of a need, and "s3"
     * was not seen as what an S3 bucket module is made for), and not {@link #GENERIC}.
     */
    static List<String> words(String kind) {
        return Wiring.alnumRuns(kind.toLowerCase(Locale.ROOT)).stream().map(Wiring::singular)
                .filter(w -> longEnough(w) && !GENERIC.contains(w)).toList();
    }

    /**
     * Whether a word is long enough to name something: three letters or more, or two with a digit ({@code s3}).
     * Two letters without a digit ("an", "to", "db") match inside too many compounds to say what a module is for.
     */
    static boolean longEnough(String w) {
        return w.length() >= 3 || w.chars().anyMatch(Character::isDigit) && w.chars().anyMatch(Character::isLetter);
    }

    /**
     * Whether a resource type (its {@link #typeText}) is the thing a noun's words name: every word is in it and the
     * last one ends it, as a type names its thing last ({@code aws_lb_target_group} is a target group;
     * {@code aws_ec2_transit_gateway_vpc_attachment} is an attachment, not a VPC, so a module making it makes no
     * {@code vpc_id}).
     *
     * @param typeText a resource type's text
     * @param words    a noun's significant words ({@link #words}), not empty
     */
    static boolean isThing(String typeText, List<String> words) {
        return typeText.endsWith(words.get(words.size() - 1)) && words.stream().allMatch(typeText::contains);
    }

    /**
     * @param m    a module
     * @param kind a kind of resource, in words
     * @return the first resource type the module manages that is the thing the kind's words name ({@link #isThing}:
     *         {@code aws_s3_bucket} for "s3 bucket"); empty when none is or the kind has no significant word
     */
    static java.util.Optional<String> thing(LibraryModule m, String kind) {
        List<String> words = words(kind);
        if (words.isEmpty()) {
            return java.util.Optional.empty();
        }
        return ModuleFacts.types(m).stream().filter(t -> isThing(typeText(t), words)).findFirst();
    }

    /**
     * The resource type by which a module makes a kind of resource for the purpose its words add: a type that is the
     * thing the kind names last ({@code aws_dynamodb_table} for "dynamodb lock table") and holds at least half of
     * its significant words, the others being said in the module's description ("… a DynamoDB table to lock the
     * state"). {@link #makes} asks for every word in the type, so a state backend making its lock table did not make
     * a "dynamodb lock table" by it, and the kind was said to be made by no module of the library.
     *
     * @param m    a module
     * @param kind a kind of resource, in words
     * @return the first such type; empty when none or the kind has no significant word
     */
    static java.util.Optional<String> thingFor(LibraryModule m, String kind) {
        List<String> words = words(kind);
        if (words.isEmpty()) {
            return java.util.Optional.empty();
        }
        Set<String> described = Wiring.alnumRuns(java.util.Objects.toString(m.metadata().description(), "")
                .toLowerCase(Locale.ROOT)).stream().map(Wiring::singular).collect(java.util.stream.Collectors.toSet());
        String last = words.get(words.size() - 1);
        return ModuleFacts.types(m).stream().filter(t -> typeText(t).endsWith(last)).filter(t -> {
            List<String> in = words.stream().filter(w -> holds(t, w, words)).toList();
            return 2 * in.size() >= words.size()
                    && words.stream().allMatch(w -> in.contains(w) || described.contains(w));
        }).findFirst();
    }

    /** A resource type's words after its provider's prefix, without underscores: {@code ec2clientvpnendpoint}. */
    static String typeText(String type) {
        int i = type.indexOf('_');
        return (i < 0 ? type : type.substring(i + 1)).replace("_", "").toLowerCase(Locale.ROOT);
    }
}
