package dev.alexandria.api.archfixture;

/** Violates the api rule on purpose (a third-party type); only ArchitectureRulesCanFailTest imports it. */
public final class ApiUsingJackson {
    com.fasterxml.jackson.databind.ObjectMapper mapper;
}
