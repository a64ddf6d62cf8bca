package com.partnerhub.service.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.partnerhub.api.error.ErrorCode;

/**
 * Every code the domain raises must be a declared, stable API code; otherwise clients would receive the
 * generic CONFLICT and could not tell what happened.
 */
class ConflictCodesTest {

    private static final Pattern RAISED = Pattern.compile("new (?:DomainConflict|DocumentRefused)\\(\\s*\"([A-Z_]+)\"");

    @Test
    void everyRaisedCodeIsDeclared() throws IOException {
        Set<String> raised = raised();
        Set<String> declared = Arrays.stream(ErrorCode.values()).map(Enum::name).collect(Collectors.toSet());
        assertThat(raised).isNotEmpty().allSatisfy(code -> assertThat(declared).as("declared codes").contains(code));
    }

    /** The OpenAPI document lists each rule's code for some operation, and lists no rule code nothing raises. */
    @Test
    void theDocumentedRuleCodesAreExactlyTheRaisedOnes() throws IOException {
        Set<String> documented = com.partnerhub.service.web.support.ApiErrors.ruleCodes().stream().map(Enum::name)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> raised = raised();
        assertThat(documented).as("documented for some operation").containsAll(raised);
        Set<String> generic = Set.of("FORBIDDEN", "NOT_FOUND", "INVALID_SIGNATURE", "STALE_SIGNATURE", "UNKNOWN_DEMO_USER");
        assertThat(documented).allSatisfy(code -> assertThat(raised.contains(code) || generic.contains(code))
                .as("%s is raised somewhere", code).isTrue());
    }

    private static Set<String> raised() throws IOException {
        Set<String> raised = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = RAISED.matcher(Files.readString(f));
                while (m.find()) {
                    raised.add(m.group(1));
                }
            }
        }
        return raised;
    }
}
