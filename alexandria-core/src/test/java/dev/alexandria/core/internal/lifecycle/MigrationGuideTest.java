package dev.alexandria.core.internal.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alexandria.core.internal.lifecycle.MigrationGuide.Item;
import dev.alexandria.core.internal.lifecycle.MigrationGuide.Match;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MIGRATION.md pairs a removed and an added item as a rename only on evidence, never on a look-alike name. */
class MigrationGuideTest {

    private static Item variable(String name, String type, String description) {
        return new Item(name, type, false, description);
    }

    private static Item optional(String name, String type, String defaultValue, String description) {
        return new Item(name, type, false, description, java.util.Optional.of(defaultValue));
    }

    private static Item required(String name, String type, String description) {
        return new Item(name, type, true, description);
    }

    /** Each match as "before → after: change", "—" for a side that is missing. */
    private static List<String> rows(List<Match> matches) {
        return matches.stream().map(m -> m.before().map(Item::name).orElse("—") + " → "
                + m.after().map(Item::name).orElse("—") + ": " + m.change()).toList();
    }

    @Test
    void lookAlikeNames_areListedAsRemovedAndAdded_notAsARename() {
        // public_subnets and private_subnets share a word, most letters and a description pattern
        List<Match> matches = MigrationGuide.match(
                List.of(variable("public_subnets", "list(string)", "CIDR blocks of the public subnets.")),
                List.of(variable("private_subnets", "list(string)", "CIDR blocks of the private subnets.")), true);
        assertEquals(List.of("public_subnets → —: disappears: remove it from the module call",
                "— → private_subnets: new, optional"), rows(matches));
    }

    @Test
    void namesThatContainOneAnother_ofTheSameType_areSuggestedAsRenames() {
        List<Match> matches = MigrationGuide.match(
                List.of(variable("cidr", "string", "The VPC CIDR."), variable("enable_nat_gateway", "bool", "")),
                List.of(variable("ipv4_cidr", "string", "The VPC IPv4 CIDR."), variable("enable_nat", "bool", "")),
                true);
        assertEquals(List.of("cidr → ipv4_cidr: renamed? (same type and default, the new name holds every word of the"
                        + " old one, and similar descriptions)",
                "enable_nat_gateway → enable_nat: renamed? (same type and default, the old name holds every word of"
                        + " the new one)"), rows(matches));
    }

    @Test
    void namesThatDifferOnlyInAPlural_areSuggestedAsRenames() {
        List<Match> matches = MigrationGuide.match(
                List.of(new Item("private_route_table_id", "output", false, "The private route table."),
                        new Item("nat_gateway_address", "output", false, ""),
                        new Item("subnet_policy", "output", false, "")),
                List.of(new Item("private_route_table_ids", "output", false, "The private route tables."),
                        new Item("nat_gateway_addresses", "output", false, ""),
                        new Item("subnet_policies_json", "output", false, "")), false);
        assertEquals(List.of("private_route_table_id → private_route_table_ids: renamed? (both outputs, the names"
                        + " differ only in singular and plural, and similar descriptions)",
                "nat_gateway_address → nat_gateway_addresses: renamed? (both outputs, the names differ only in"
                        + " singular and plural)",
                "subnet_policy → subnet_policies_json: renamed? (both outputs, the new name holds every word of the"
                        + " old one)"), rows(matches));
    }

    @Test
    void theSameDescription_ofTheSameType_isEvidenceOfARename() {
        List<Match> matches = MigrationGuide.match(
                List.of(variable("vpc_cidr", "string", "The CIDR block of the VPC.")),
                List.of(variable("cidr_block", "string", "the CIDR block of the VPC"),
                        variable("tags", "map(string)", "Tags.")), true);
        assertEquals(List.of("vpc_cidr → cidr_block: renamed? (same type and default, and the same description)",
                "— → tags: new, optional"), rows(matches));
    }

    @Test
    void anotherType_orAnAmbiguousPairing_isNoRename() {
        assertEquals(List.of("cidr → —: disappears: remove it from the module call",
                "— → ipv4_cidr: new, optional"), rows(MigrationGuide.match(
                        List.of(variable("cidr", "string", "")), List.of(variable("ipv4_cidr", "list(string)", "")),
                        true)));
        // subnets fits both public_subnets and private_subnets: which one is meant cannot be known
        assertEquals(List.of("subnets → —: disappears: remove it from the module call",
                "— → public_subnets: new, optional", "— → private_subnets: new, optional"),
                rows(MigrationGuide.match(List.of(variable("subnets", "list(string)", "")),
                        List.of(variable("public_subnets", "list(string)", ""),
                                variable("private_subnets", "list(string)", "")), true)));
        // an output of the replacement named like two removed ones fits neither
        assertEquals(List.of("nat_ids → —: disappears: replace its uses", "nat_gateway_ids → —: disappears: replace"
                + " its uses", "— → ids: new"), rows(MigrationGuide.match(
                        List.of(new Item("nat_ids", "output", false, ""), new Item("nat_gateway_ids", "output", false,
                                "")), List.of(new Item("ids", "output", false, "")), false)));
    }

    @Test
    void anOptionalVariableThatBecomesRequired_saysSo_whateverElseChanges() {
        List<Match> matches = MigrationGuide.match(
                List.of(variable("azs", "list(string)", ""), optional("cidr", "string", "\"10.0.0.0/16\"",
                        "The VPC CIDR."), variable("tags", "map(string)", "")),
                List.of(new Item("azs", "set(string)", true, ""), new Item("ipv4_cidr", "string", true,
                        "The VPC CIDR."), new Item("tags", "map(string)", true, "")), true);
        assertEquals(List.of("azs → azs: type changes from list(string) to set(string): convert the value; now"
                + " required: set it", "tags → tags: same name and type; now required: set it",
                "cidr → ipv4_cidr: renamed? (same type, and the same description); now required: set it"),
                rows(matches));
    }

    @Test
    void oneSharedWord_isNoRename_withoutTheSameDefaultAndSimilarDescriptions() {
        // each pair shares one word and a type, and is two different things
        assertEquals(List.of("name → —: disappears: remove it from the module call",
                "enabled → —: disappears: remove it from the module call",
                "tags → —: disappears: remove it from the module call",
                "— → role_name: new, optional", "— → logging_enabled: new, optional", "— → tags_all: new, optional"),
                rows(MigrationGuide.match(
                        List.of(required("name", "string", "The name of the cluster."),
                                optional("enabled", "bool", "true", "Whether to create any resource."),
                                optional("tags", "map(string)", "{}", "Tags of every resource.")),
                        List.of(optional("role_name", "string", "null", "The IAM role's name."),
                                optional("logging_enabled", "bool", "false", "Whether to send logs to CloudWatch."),
                                optional("tags_all", "map(string)", "{}", "Tags merged with the provider's")),
                        true)));
        // the same default alone is not enough either: the descriptions say different things
        assertEquals(List.of("enabled → —: disappears: remove it from the module call",
                "— → flow_log_enabled: new, optional"), rows(MigrationGuide.match(
                        List.of(optional("enabled", "bool", "true", "Set to false to create no resource at all.")),
                        List.of(optional("flow_log_enabled", "bool", "true", "Whether VPC flow logs are written.")),
                        true)));
        // nor are similar descriptions with another default
        assertEquals(List.of("cidr → —: disappears: remove it from the module call",
                "— → ipv4_cidr: new, optional"), rows(MigrationGuide.match(
                        List.of(optional("cidr", "string", "\"10.0.0.0/16\"", "The VPC CIDR.")),
                        List.of(optional("ipv4_cidr", "string", "\"172.16.0.0/12\"", "The VPC IPv4 CIDR.")),
                        true)));
    }

    @Test
    void namesOfSeveralWords_needTheSameDefaultOrSimilarDescriptions() {
        assertEquals(List.of("create_role → —: disappears: remove it from the module call",
                "— → create_role_policy: new, optional"), rows(MigrationGuide.match(
                        List.of(optional("create_role", "bool", "true", "Whether to create the IAM role.")),
                        List.of(optional("create_role_policy", "bool", "false", "Whether to attach an inline policy.")),
                        true)));
        assertEquals(List.of("create_role → create_iam_role: renamed? (same type and default, the new name holds"
                + " every word of the old one, and similar descriptions)"), rows(MigrationGuide.match(
                        List.of(optional("create_role", "bool", "true", "Whether to create the IAM role.")),
                        List.of(optional("create_iam_role", "bool", "true", "Whether to create an IAM role.")),
                        true)));
        // a default changed, but the descriptions agree: still suggested, with the evidence said
        assertEquals(List.of("enable_nat → enable_nat_gateway: renamed? (same type, the new name holds every word"
                + " of the old one, and similar descriptions)"), rows(MigrationGuide.match(
                        List.of(optional("enable_nat", "bool", "true", "Whether to create NAT gateways.")),
                        List.of(optional("enable_nat_gateway", "bool", "false", "Whether to create a NAT gateway.")),
                        true)));
    }

    @Test
    void aRenameIsOneToOne() {
        // vpc_cidr fits both by its description: neither is suggested
        assertEquals(List.of("vpc_cidr → —: disappears: remove it from the module call",
                "— → ipv4_cidr: new, optional", "— → ipv4_cidr_block: new, optional"), rows(MigrationGuide.match(
                        List.of(variable("vpc_cidr", "string", "The CIDR of the VPC.")),
                        List.of(variable("ipv4_cidr", "string", "The CIDR of the VPC."),
                                variable("ipv4_cidr_block", "string", "The CIDR of the VPC.")), true)));
    }
}
