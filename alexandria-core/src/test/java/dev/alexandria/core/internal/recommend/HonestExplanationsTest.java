package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.Recommendation;
import dev.alexandria.core.Alexandria;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A recommendation's explanation names its real evidence: a late line's word is the use case's own (a synonym named
 * after it), "which no module above does" is said only when true, a word a module only shares with a need says so,
 * a runner-up names the service it adds; a module that places itself in another's network is no add-on of it; the
 * features listed after "with" are siblings, not features of the first; a bare side resource does not meet a need a
 * module made for it answers (the bundled sample library, and {@code libraries/recommend-bare-part}).
 */
class HonestExplanationsTest {

    private static Library sample;

    @BeforeAll
    static void open() {
        sample = RecommendFixture.sample();
    }

    private static List<Recommendation> plan(Library library, String useCase) {
        return library.recommend().forUseCase(useCase).limit(20).run();
    }

    private static Optional<Recommendation> find(List<Recommendation> rs, String id) {
        return rs.stream().filter(r -> r.module().id().value().equals(id)).findFirst();
    }

    private static List<String> evidence(List<Recommendation> rs) {
        return rs.stream().flatMap(r -> r.evidence().stream()).toList();
    }

    @Test
    void aWordOfANeedAChosenModuleAnswers_isNotClaimedAsNoModuleAbove() {
        List<Recommendation> rs = plan(sample, "kubernetes cluster with irsa roles for pods");
        assertEquals("best match for 'irsa roles'", find(rs, "iam-roles").orElseThrow().evidence().get(0));
        assertTrue(evidence(rs).stream().noneMatch(e -> e.contains("'role', which no module above does")),
                evidence(rs).toString());
        find(rs, "ecs-fargate").ifPresent(r -> assertTrue(r.evidence().get(0).matches(".*'(iam_)?role'.*")
                && r.evidence().get(0).endsWith(", as iam-roles above does"), r.evidence().toString()));
    }

    @Test
    void aWordOnlySharedWithANeed_saysItDoesNotAnswerTheRest() {
        List<Recommendation> rs = plan(sample, "sftp file transfer");
        Recommendation efs = find(rs, "efs").orElseThrow(() -> new AssertionError(rs.toString()));
        assertEquals("another match for the use case; it matches 'file', which no module above does, but not the"
                + " rest of 'sftp file transfer'", efs.evidence().get(0));
    }

    @Test
    void aSynonymMatched_isNamedAfterTheUseCasesWord() {
        assertEquals("'auth' (as 'sso')", Recommender.written(List.of("sso"), List.of("serverless", "api",
                "cognito", "auth")));
        assertEquals("'roles'", Recommender.written(List.of("roles"), List.of("irsa", "roles")));
    }

    @Test
    void aNeedMetByAChosenModuleItself_isNotClaimedAgainByACategoryPick() {
        List<Recommendation> rs = plan(sample, "secure landing zone with audit logging and threat detection");
        List<String> ev = evidence(rs);
        boolean met = ev.stream().anyMatch(e -> e.startsWith("meets a log group"));
        assertTrue(ev.stream().noneMatch(e -> e.contains("'log group', which no module above does")), ev.toString());
        find(rs, "cloudwatch-logs").ifPresent(r -> assertTrue(!met
                || r.evidence().get(0).contains("'log group', as cloudtrail above does"), r.evidence().toString()));
        // the runner-up names the service it adds
        find(rs, "secretsmanager").ifPresent(r -> assertTrue(r.evidence().get(0).endsWith(
                "makes secretsmanager, which no module chosen makes"), r.evidence().toString()));
    }

    @Test
    void aModulePlacedInAVpc_isNoAddOnOfIt() {
        List<Recommendation> rs = sample.recommend().basedOn("vpc-advanced").limit(20).run();
        assertTrue(evidence(rs).stream().noneMatch(e -> e.startsWith("an add-on of vpc-advanced")),
                evidence(rs).toString());
        Recommendation sg = find(rs, "securitygroup").orElseThrow(() -> new AssertionError(rs.toString()));
        assertTrue(sg.evidence().contains("takes vpc_id, which vpc-advanced makes"), sg.evidence().toString());
        // the add-on rule still holds for a module named for the service it attaches to
        List<Recommendation> eks = sample.recommend().basedOn("eks-standard").limit(20).run();
        assertTrue(find(eks, "eks-addons").orElseThrow().evidence().stream()
                .anyMatch(e -> e.startsWith("an add-on of eks-standard")));
    }

    @Test
    void theFeaturesListedAfterWith_areSiblingsNotFeaturesOfTheFirst() {
        String useCase = "hardened account with cloudtrail, guardduty and config for audits";
        Map<String, String> joined = Recommender.joins(useCase);
        List<String> needs = Recommender.needs(useCase);
        assertEquals(List.of("hardened account", "cloudtrail", "guardduty", "config", "audits"), needs);
        assertEquals(List.of("audits"), Recommender.withoutSiblings(needs, 1, joined));
        assertEquals(List.of("audits"), Recommender.withoutSiblings(needs, 2, joined));
        // the subject before "with" may still have them as features; a list without "with" is read as before
        assertEquals(needs.subList(1, 5), Recommender.withoutSiblings(needs, 0, joined));
        List<String> plain = Recommender.needs("eks, rds and redis");
        assertEquals(List.of("redis"), Recommender.withoutSiblings(plain, 1, Recommender.joins("eks, rds and redis")));
    }

    @Test
    void aBareSideResource_doesNotMeetANeedAModuleMadeForItAnswers() {
        Library library = Alexandria.open(Path.of("src/test/resources/libraries/recommend-bare-part"));
        List<Recommendation> rs = plan(library, "rest api with user sign-in");
        assertTrue(evidence(rs).stream().noneMatch(e -> e.startsWith("meets a user pool")), evidence(rs).toString());
        Recommendation pool = find(rs, "cognito").orElseThrow(() -> new AssertionError(rs.toString()));
        assertEquals(List.of("'sign-in' implies a user pool"), pool.evidence());
        LibraryModule api = library.module("rest-api").orElseThrow();
        LibraryModule cognito = library.module("cognito").orElseThrow();
        assertTrue(Recommender.barePart(api, "aws_cognito_user_pool", cognito, "user pool"));
        // a thing with no parts of its own still counts: a trail's log group, a cluster's key
        assertFalse(Recommender.barePart(sample.module("cloudtrail").orElseThrow(), "aws_cloudwatch_log_group",
                sample.module("cloudwatch-logs").orElseThrow(), "log group"));
        assertFalse(Recommender.barePart(sample.module("eks-standard").orElseThrow(), "aws_kms_key",
                sample.module("kms").orElseThrow(), "kms key"));
    }
}
