package com.partnerhub.service.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.partnerhub.api.error.ErrorCode;
import com.partnerhub.api.error.Problem;
import com.partnerhub.service.domain.shared.Violation;

class ProblemFactoryTest {

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void everyCodeHasATitleAndDetailInEnglishAndGerman(ErrorCode code) {
        Problem en = ProblemFactory.create(code, Locale.ENGLISH, "/x", "r1", List.of(), "arg");
        Problem de = ProblemFactory.create(code, Locale.GERMAN, "/x", "r1", List.of(), "arg");
        assertThat(en.title).isNotBlank();
        assertThat(en.detail).isNotBlank();
        assertThat(de.title).isNotBlank();
        assertThat(de.detail).isNotBlank();
        assertThat(de.title).as("German differs from English for %s", code).isNotEqualTo(en.title);
        assertThat(en.status).isEqualTo(code.status());
        assertThat(en.code).isEqualTo(code.name());
        assertThat(en.type).isEqualTo("urn:partner-hub:problem:" + code.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    @Test
    void fieldErrorsAreLocalizedAndKeepTheirPathAndCode() {
        Problem p = ProblemFactory.create(ErrorCode.VALIDATION_FAILED, Locale.GERMAN, "/api/v1/x", "r2",
                List.of(new Violation("email", "REQUIRED"), new Violation("name", "TOO_LONG", 200)));
        assertThat(p.errors).extracting(e -> e.field, e -> e.code, e -> e.message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("email", "REQUIRED", "ist erforderlich"),
                org.assertj.core.groups.Tuple.tuple("name", "TOO_LONG", "darf höchstens 200 Zeichen lang sein"));
        assertThat(p.requestId).isEqualTo("r2");
        assertThat(p.instance).isEqualTo("/api/v1/x");
    }

    @Test
    void codesInTheDetailAreShownInTheCallersWords() {
        assertThat(ProblemFactory.create(ErrorCode.INVALID_TRANSITION, Locale.GERMAN, "/", null, List.of(), "AWAITING_PAYMENT", "DELIVER").detail)
                .isEqualTo("Der Meilenstein (Status: wartet auf Zahlung) kann jetzt nicht geliefert werden.");
        assertThat(ProblemFactory.create(ErrorCode.INVALID_TRANSITION, Locale.ENGLISH, "/", null, List.of(), "DELIVERED", "REQUEST_REVISION").detail)
                .isEqualTo("You cannot ask for a revision of a milestone that is delivered.");
        assertThat(ProblemFactory.create(ErrorCode.INVITATION_NOT_PENDING, Locale.GERMAN, "/", null, List.of(), "REVOKED").detail)
                .contains("widerrufen");
        assertThat(ProblemFactory.create(ErrorCode.ALREADY_MEMBER, Locale.ENGLISH, "/", null, List.of(), "ben@example.org").detail)
                .as("other arguments stay as they are").contains("ben@example.org");
    }

    @Test
    void noFieldErrorsMeansNoErrorsMember() {
        assertThat(ProblemFactory.create(ErrorCode.NOT_FOUND, Locale.ENGLISH, "/", null, List.of()).errors).isNull();
    }

    @Test
    void negotiatesTheFirstSupportedLanguage() {
        assertThat(ProblemFactory.negotiate(List.of(Locale.forLanguageTag("fr-FR"), Locale.forLanguageTag("de-AT"))))
                .isEqualTo(Locale.GERMAN);
        assertThat(ProblemFactory.negotiate(List.of(Locale.forLanguageTag("en-GB"), Locale.GERMAN))).isEqualTo(Locale.ENGLISH);
        assertThat(ProblemFactory.negotiate(List.of(Locale.forLanguageTag("fr")))).isEqualTo(Locale.ENGLISH);
        assertThat(ProblemFactory.negotiate(List.of())).isEqualTo(Locale.ENGLISH);
    }
}
