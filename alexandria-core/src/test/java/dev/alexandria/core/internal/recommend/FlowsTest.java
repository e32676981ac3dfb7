package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.core.Alexandria;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output and an input of one generic name ({@code service_name}) are wired only when where the input goes can
 * take what the output's resource is: a VPC endpoint's {@code service_name} takes an endpoint service, not an ECS
 * service.
 */
class FlowsTest {

    @TempDir
    static Path tmp;
    private static Library library;
    private static Flows flows;

    @BeforeAll
    static void open() throws IOException {
        Path root = tmp.resolve("lib");
        BasedOnFindingsTest.copyTree(Path.of("../alexandria-examples/sample-library/components/terraform"), root);
        module(root, "integration/api-management", "private-api", """
                variable "service_name" {
                  description = "The service name of the VPC endpoint."
                  type        = string
                }
                variable "role_arn" {
                  type = string
                }
                resource "aws_vpc_endpoint" "this" {
                  vpc_id       = "vpc-1"
                  service_name = var.service_name != "" ? var.service_name : "com.amazonaws.execute-api"
                }
                resource "aws_lambda_function" "authorizer" {
                  function_name = "auth"
                  role          = var.role_arn
                }
                """);
        module(root, "compute/containers", "container-service", """
                resource "aws_ecs_service" "this" {
                  name = "app"
                }
                resource "aws_iam_role" "task" {
                  name = "task"
                }
                output "service_name" {
                  value = try(aws_ecs_service.this.name, "")
                }
                output "role_arn" {
                  value = aws_iam_role.task.arn
                }
                """);
        module(root, "foundations/networking", "endpoint-service", """
                resource "aws_vpc_endpoint_service" "this" {
                  acceptance_required = false
                }
                output "service_name" {
                  value = aws_vpc_endpoint_service.this.service_name
                }
                """);
        library = Alexandria.builder().root(root).noCache().open();
        Set<String> types = new HashSet<>();
        library.modules().forEach(m -> types.addAll(ModuleFacts.types(m)));
        flows = new Flows(types, new Attachments());
    }

    private static void module(Path root, String category, String id, String tf) throws IOException {
        BasedOnFindingsTest.module(root, category, id, id, tf);
    }

    private static LibraryModule module(String id) {
        return library.requireModule(id);
    }

    @Test
    void anOutputOfAnotherKindOfTheSameName_doesNotFit() {
        assertFalse(flows.fits(module("container-service"), "service_name", module("private-api"), "service_name"));
        assertTrue(flows.fits(module("endpoint-service"), "service_name", module("private-api"), "service_name"));
    }

    @Test
    void anArgumentNoOtherTypeOfTheLibraryNames_takesTheOutputsKind() {
        // a function's role is an IAM role, though "iam" is not in aws_lambda_function.role
        assertTrue(flows.fits(module("container-service"), "role_arn", module("private-api"), "role_arn"));
    }

    @Test
    void anInputOfSeveralWords_isNotAsked() {
        assertTrue(Flows.asked("service_name"));
        assertFalse(Flows.asked("vpc_endpoint_service_name"), "a noun of several words names its kind");
    }

    /**
     * With a cache folder, what wiring reads of a module's files is kept with its attachments: a second request
     * parses no module and reads the same as a request without the cache; a changed {@code .tf} is parsed again.
     */
    @Test
    void whatFlowsReads_isKeptInTheCache_andAChangedFileIsReadAgain(@TempDir Path dir) throws IOException {
        Path root = dir.resolve("lib");
        BasedOnFindingsTest.copyTree(tmp.resolve("lib"), root);
        Path cache = dir.resolve("cache");
        List<String> ids = List.of("private-api", "container-service", "endpoint-service");
        Library uncached = Alexandria.builder().root(root).noCache().open();
        Attachments plain = new Attachments();
        List<Attachments.Facts> expected = ids.stream().map(id -> plain.facts(uncached.requireModule(id))).toList();

        int before = Attachments.READS.get();
        assertEquals(expected, facts(root, cache, ids));
        assertEquals(before + ids.size(), Attachments.READS.get(), "the first request parses each module");
        before = Attachments.READS.get();
        assertEquals(expected, facts(root, cache, ids), "a cached read equals an uncached one");
        assertEquals(before, Attachments.READS.get(), "an unchanged module is parsed again");

        Path tf = root.resolve("_library/integration/api-management/private-api/main.tf");
        Files.writeString(tf, Files.readString(tf).replace(
                "service_name = var.service_name != \"\" ? var.service_name : \"com.amazonaws.execute-api\"",
                "service_name = \"com.amazonaws.execute-api\""));
        Library changed = Alexandria.builder().root(root).cacheDirectory(cache).open();
        Set<String> types = new HashSet<>();
        changed.modules().forEach(m -> types.addAll(ModuleFacts.types(m)));
        before = Attachments.READS.get();
        Flows cached = new Flows(types, Attachments.in(changed));
        // the input flows nowhere now, so nothing tells the ECS service's name from an endpoint service's
        assertTrue(cached.fits(changed.requireModule("container-service"), "service_name",
                changed.requireModule("private-api"), "service_name"));
        assertEquals(before + 1, Attachments.READS.get(), "the changed module is parsed again, the maker is not");
    }

    private static List<Attachments.Facts> facts(Path root, Path cache, List<String> ids) {
        Library cached = Alexandria.builder().root(root).cacheDirectory(cache).open();
        Attachments a = Attachments.in(cached);
        return ids.stream().map(id -> a.facts(cached.requireModule(id))).toList();
    }
}
