package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * When servers are asked for ({@link Servers}): a stand-in launching EC2 instances is taken for a pattern's module
 * call only when the call, the pattern or the use case asks for servers. Before, {@code awsia-ecs-cluster} ("ECS
 * backed by an Auto Scaling group") stood in for the {@code ecs-cloudwatch-autoscaling} call of a Fargate web
 * application on the real-module library, and an EC2 Auto Scaling group module followed it for its launch template.
 */
class ServersTest {

    @Test
    void aCallWhoseSubjectIsAnotherService_isNotForServers_thoughALaterWordIsAutoscaling() {
        assertFalse(Servers.callFor(Wiring.callWords("cloudposse/ecs-cloudwatch-autoscaling/aws")));
        assertFalse(Servers.callFor(Wiring.callWords("cloudposse/lambda-function/aws")));
    }

    @Test
    void aCallNamedForServers_isForServers() {
        assertTrue(Servers.callFor(Wiring.callWords("cloudposse/ec2-autoscale-group/aws")));
        assertTrue(Servers.callFor(Wiring.callWords("terraform-aws-modules/autoscaling/aws")));
        assertTrue(Servers.callFor(Wiring.callWords("cloudposse/ec2-instance/aws")));
        assertFalse(Servers.callFor(List.of()));
    }

    @Test
    void aUseCaseAsksForServers_onlyInWordsThatMeanThem() {
        assertFalse(Servers.asked("web application with a database"));
        assertFalse(Servers.asked("fargate service with autoscaling")); // containers scale too
        assertFalse(Servers.asked("machine learning training cluster"));
        assertFalse(Servers.asked("serverless api")); // not "server"
        assertTrue(Servers.asked("web app on ec2 instances"));
        assertTrue(Servers.asked("three tier app on virtual machines"));
        assertTrue(Servers.asked("ecs with an autoscaling group"));
        assertTrue(Servers.asked("workers in an auto scaling group"));
        assertTrue(Servers.asked("a bastion host"));
    }

    private static final List<String> OTHER_WORDS = List.of("web", "application", "with", "a", "database",
            "fargate", "serverless", "api", "queue", "lambda", "kubernetes", "autoscaling", "machine", "learning",
            "scaling", "auto", "static", "site", "cdn", "group", "virtual", "network");

    private static Gen<List<String>> otherWords() {
        return SourceDSL.lists().of(Generate.pick(OTHER_WORDS)).ofSizeBetween(0, 8);
    }

    @Test
    void property_aUseCaseOfOtherWordsAsksNoServers_unlessAServerWordIsAdded() {
        qt().withExamples(300).forAll(otherWords(), otherWords(), Generate.pick(List.of("ec2", "instances", "vm",
                "servers", "spot", "fleet", "asg"))).checkAssert((before, after, server) -> {
                    String text = String.join(" ", before) + " " + String.join(" ", after);
                    // "auto scaling group", "autoscaling group" and "virtual machine" are the pairs that ask.
                    boolean pair = text.matches(".*\\b(auto scaling group|autoscaling group|virtual machine)\\b.*");
                    if (!pair) {
                        assertFalse(Servers.asked(text), text);
                    }
                    assertTrue(Servers.asked(String.join(" ", before) + " " + server + " " + String.join(" ", after)));
                });
    }
}
