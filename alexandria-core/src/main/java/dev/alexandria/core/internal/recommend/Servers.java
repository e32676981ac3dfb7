package dev.alexandria.core.internal.recommend;

import dev.alexandria.api.model.LibraryModule;
import java.util.List;
import java.util.Set;

/**
 * Servers as a kind of compute: EC2 instances, launched alone or by an Auto Scaling group, a fleet or a spot
 * request. A module brought into a plan that nothing asked servers of (a stand-in for a pattern's module call) must
 * not bring them: a container application on Fargate, or a serverless one, gets no Auto Scaling group because a
 * module sharing the word "autoscaling" was found for an ECS service's scaling policies (issue 12: the real-module
 * library's {@code awsia-ecs-cluster}, "ECS backed by an Auto Scaling group", stood in for the
 * {@code ecs-cloudwatch-autoscaling} call of a Fargate web application and pulled an EC2 Auto Scaling group module
 * in after it). Pure functions of the modules' facts and the words given.
 */
final class Servers {

    /** The resource types that launch servers. */
    static final Set<String> TYPES = Set.of("aws_instance", "aws_autoscaling_group", "aws_launch_template",
            "aws_launch_configuration", "aws_spot_fleet_request", "aws_spot_instance_request", "aws_ec2_fleet");

    /** Words that ask for servers: a call named for them ({@code ec2-instance}, {@code autoscaling}), a use case's. */
    private static final Set<String> WORDS = Set.of("ec2", "instance", "instances", "server", "servers", "vm", "vms",
            "asg", "autoscaling", "autoscale", "spot", "fleet", "bastion");

    /** Of {@link #WORDS}, those a use case may use of containers or functions too ("fargate with autoscaling"). */
    private static final Set<String> SHARED_SENSE = Set.of("autoscaling", "autoscale");

    private Servers() {
    }

    /**
     * @param m a module
     * @return whether it manages a resource that launches servers ({@link #TYPES})
     */
    static boolean makes(LibraryModule m) {
        return ModuleFacts.types(m).stream().anyMatch(TYPES::contains);
    }

    /**
     * @param callWords the words of a module call's name ({@link Wiring#callWords}), its subject first
     * @return whether the call is for servers: its subject, the first word, asks for them ({@code ec2} of
     *         {@code ec2-autoscale-group}, {@code autoscaling}); not {@code ecs} of {@code ecs-cloudwatch-autoscaling},
     *         an ECS service's scaling, whose later word only qualifies it
     */
    static boolean callFor(List<String> callWords) {
        return !callWords.isEmpty() && WORDS.contains(callWords.get(0));
    }

    /**
     * @param text a use case (as planned: lower-case words)
     * @return whether it asks for servers in its own words ("on ec2 instances", "virtual machines", "an auto scaling
     *         group", "bastion host"); "autoscaling" alone is said of containers and functions too, so only next to
     *         "group" does it ask for servers
     */
    static boolean asked(String text) {
        String[] words = text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (WORDS.contains(w)
                    && (!SHARED_SENSE.contains(w) || i + 1 < words.length && words[i + 1].equals("group"))) {
                return true;
            }
            if (w.equals("virtual") && i + 1 < words.length && words[i + 1].startsWith("machine")) {
                return true; // not "machine learning"
            }
            if (w.equals("auto") && i + 2 < words.length && words[i + 1].equals("scaling")
                    && words[i + 2].equals("group")) {
                return true;
            }
        }
        return false;
    }
}
