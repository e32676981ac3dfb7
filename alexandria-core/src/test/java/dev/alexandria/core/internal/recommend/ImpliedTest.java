package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImpliedTest {

    private static List<String> needs(String useCase) {
        return Implied.of(useCase).stream().map(Implied.Need::need).toList();
    }

    @Test
    void publicApiWithSignIn_impliesAUserPoolACertificateAndAWebFirewall() {
        assertEquals(List.of("user pool", "tls certificate", "web application firewall"),
                needs("public rest api backed by lambda with user sign-in"));
        assertEquals(new Implied.Need("user pool", "sign-in"),
                Implied.of("public rest api backed by lambda with user sign-in").get(0));
    }

    @Test
    void wordsInsideOtherWords_implyNothing() {
        // "rds" inside "records", "vms" nowhere, "public" not a word of "publication": whole words only.
        assertEquals(List.of(), needs("dns records for the publication service"));
    }

    @Test
    void aNeedTheUseCaseNamesItself_isNotImpliedAgain() {
        assertEquals(List.of("tls certificate", "web application firewall", "container registry"),
                needs("public docker service with a load balancer"));
    }

    @Test
    void aNeedImpliedBySeveralRules_comesOnceAtItsFirstRule() {
        assertEquals(List.of("load balancer", "autoscaling group", "credentials"),
                needs("three-tier web application on virtual machines with a mysql database"));
    }
}
