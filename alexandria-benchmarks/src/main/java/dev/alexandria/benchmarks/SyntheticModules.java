package dev.alexandria.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Generates realistic Terraform modules: typed and validated variables, resources with dynamic blocks,
 * for expressions, templates, heredoc policies, locals, outputs and a versions file. Deterministic for a
 * seed, so benchmark runs are comparable.
 *
 * @since 0.1.0
 */
public final class SyntheticModules {

    private static final String[] SERVICES = {"vpc", "subnet", "security_group", "instance", "lb", "s3_bucket",
        "iam_role", "rds_cluster", "eks_node_group", "cloudwatch_log_group", "kms_key", "route53_record"};

    private SyntheticModules() {
    }

    /**
     * @param index which module (changes names and sizes)
     * @param seed  the random seed
     * @return file name to content: {@code versions.tf}, {@code variables.tf}, {@code main.tf}, {@code outputs.tf}
     */
    public static Map<String, String> module(int index, long seed) {
        Random r = new Random(seed * 31 + index);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("versions.tf", versions(r));
        int variables = 4 + r.nextInt(40);
        files.put("variables.tf", variables(r, variables));
        int resources = 3 + r.nextInt(12);
        files.put("main.tf", main(r, resources));
        files.put("outputs.tf", outputs(r, resources));
        return files;
    }

    private static String versions(Random r) {
        return "terraform {\n"
                + "  required_version = \">= 1." + (3 + r.nextInt(6)) + ".0\"\n\n"
                + "  required_providers {\n"
                + "    aws = {\n"
                + "      source  = \"hashicorp/aws\"\n"
                + "      version = \">= 5." + r.nextInt(40) + ", < 6.0\"\n"
                + "    }\n"
                + "    random = {\n"
                + "      source  = \"hashicorp/random\"\n"
                + "      version = \"~> 3.5\"\n"
                + "    }\n"
                + "  }\n"
                + "}\n";
    }

    private static String variables(Random r, int count) {
        StringBuilder sb = new StringBuilder(count * 400);
        for (int i = 0; i < count; i++) {
            String name = "setting_" + i;
            switch (r.nextInt(6)) {
                case 0:
                    sb.append("variable \"").append(name).append("\" {\n")
                            .append("  description = \"Name prefix applied to every resource created by this module.\"\n")
                            .append("  type        = string\n")
                            .append("  default     = \"platform-").append(i).append("\"\n\n")
                            .append("  validation {\n")
                            .append("    condition     = can(regex(\"^[a-z][a-z0-9-]{2,30}$\", var.").append(name)
                            .append("))\n")
                            .append("    error_message = \"Must be lower-case kebab-case, 3 to 31 characters.\"\n")
                            .append("  }\n}\n\n");
                    break;
                case 1:
                    sb.append("variable \"").append(name).append("\" {\n")
                            .append("  description = \"Number of instances per availability zone.\"\n")
                            .append("  type        = number\n")
                            .append("  default     = ").append(r.nextInt(10)).append("\n")
                            .append("  nullable    = false\n}\n\n");
                    break;
                case 2:
                    sb.append("variable \"").append(name).append("\" {\n")
                            .append("  description = \"Subnets to create, keyed by name.\"\n")
                            .append("  type = map(object({\n")
                            .append("    cidr_block        = string\n")
                            .append("    availability_zone = string\n")
                            .append("    public            = optional(bool, false)\n")
                            .append("    tags              = optional(map(string), {})\n")
                            .append("  }))\n")
                            .append("  default = {\n")
                            .append("    a = { cidr_block = \"10.0.1.0/24\", availability_zone = \"eu-west-1a\" }\n")
                            .append("    b = { cidr_block = \"10.0.2.0/24\", availability_zone = \"eu-west-1b\", public = true }\n")
                            .append("  }\n}\n\n");
                    break;
                case 3:
                    sb.append("variable \"").append(name).append("\" {\n")
                            .append("  description = \"Tags added to all resources.\"\n")
                            .append("  type        = map(string)\n")
                            .append("  default     = {}\n}\n\n");
                    break;
                case 4:
                    sb.append("variable \"").append(name).append("\" {\n")
                            .append("  description = \"CIDR blocks allowed to reach the service.\"\n")
                            .append("  type        = list(string)\n")
                            .append("  default     = [\"10.0.0.0/8\", \"172.16.0.0/12\", \"192.168.0.0/16\"]\n")
                            .append("  sensitive   = false\n}\n\n");
                    break;
                default:
                    sb.append("variable \"").append(name).append("\" {\n")
                            .append("  description = <<-EOT\n")
                            .append("    Whether to enable the feature. When enabled, the module creates the\n")
                            .append("    supporting resources and wires them into the platform stack.\n")
                            .append("    EOT\n")
                            .append("  type        = bool\n")
                            .append("  default     = ").append(r.nextBoolean()).append("\n}\n\n");
                    break;
            }
        }
        return sb.toString();
    }

    private static String main(Random r, int count) {
        StringBuilder sb = new StringBuilder(count * 900);
        sb.append("locals {\n")
                .append("  name_prefix = \"${var.setting_0}-${terraform.workspace}\"\n")
                .append("  common_tags = merge(var.setting_3, {\n")
                .append("    Module    = \"synthetic\"\n")
                .append("    ManagedBy = \"terraform\"\n")
                .append("  })\n")
                .append("  public_subnets = { for k, s in var.setting_2 : k => s if s.public }\n")
                .append("  zones          = distinct([for s in values(var.setting_2) : s.availability_zone])\n")
                .append("  enabled_count  = var.setting_5 ? length(local.zones) : 0\n")
                .append("}\n\n");
        for (int i = 0; i < count; i++) {
            String type = "aws_" + SERVICES[r.nextInt(SERVICES.length)];
            sb.append("resource \"").append(type).append("\" \"r").append(i).append("\" {\n");
            if (r.nextBoolean()) {
                sb.append("  for_each = local.public_subnets\n\n")
                        .append("  name       = \"${local.name_prefix}-${each.key}\"\n")
                        .append("  cidr_block = each.value.cidr_block\n");
            } else {
                sb.append("  count = local.enabled_count\n\n")
                        .append("  name = format(\"%s-%03d\", local.name_prefix, count.index + 1)\n");
            }
            sb.append("  description = var.setting_1 > 2 ? \"large deployment\" : \"small deployment\"\n")
                    .append("  tags = merge(local.common_tags, { Name = \"${local.name_prefix}-r").append(i)
                    .append("\" })\n\n")
                    .append("  dynamic \"ingress\" {\n")
                    .append("    for_each = var.setting_4\n")
                    .append("    content {\n")
                    .append("      from_port   = 443\n")
                    .append("      to_port     = 443\n")
                    .append("      protocol    = \"tcp\"\n")
                    .append("      cidr_blocks = [ingress.value]\n")
                    .append("    }\n")
                    .append("  }\n\n");
            if (r.nextInt(3) == 0) {
                sb.append("  policy = <<-EOT\n")
                        .append("    {\n")
                        .append("      \"Version\": \"2012-10-17\",\n")
                        .append("      \"Statement\": [{\n")
                        .append("        \"Effect\": \"Allow\",\n")
                        .append("        \"Action\": [\"s3:GetObject\", \"s3:ListBucket\"],\n")
                        .append("        \"Resource\": \"arn:aws:s3:::${local.name_prefix}-*\"\n")
                        .append("      }]\n")
                        .append("    }\n")
                        .append("    EOT\n\n");
            }
            sb.append("  lifecycle {\n")
                    .append("    create_before_destroy = true\n")
                    .append("    ignore_changes        = [tags[\"LastModified\"]]\n")
                    .append("  }\n")
                    .append("}\n\n");
        }
        sb.append("data \"aws_caller_identity\" \"current\" {}\n\n")
                .append("data \"aws_iam_policy_document\" \"assume\" {\n")
                .append("  statement {\n")
                .append("    actions = [\"sts:AssumeRole\"]\n")
                .append("    principals {\n")
                .append("      type        = \"Service\"\n")
                .append("      identifiers = [\"ec2.amazonaws.com\"]\n")
                .append("    }\n")
                .append("  }\n")
                .append("}\n\n")
                .append("module \"labels\" {\n")
                .append("  source  = \"cloudposse/label/null\"\n")
                .append("  version = \"0.25.0\"\n")
                .append("  name    = local.name_prefix\n")
                .append("}\n");
        return sb.toString();
    }

    private static String outputs(Random r, int count) {
        StringBuilder sb = new StringBuilder(count * 160);
        for (int i = 0; i < count; i++) {
            sb.append("output \"r").append(i).append("_ids\" {\n")
                    .append("  description = \"Identifiers of the r").append(i).append(" resources.\"\n")
                    .append("  value       = [for x in values(aws_vpc.r").append(i).append(") : x.id]\n");
            if (r.nextInt(4) == 0) {
                sb.append("  sensitive   = true\n");
            }
            sb.append("}\n\n");
        }
        return sb.toString();
    }
}
