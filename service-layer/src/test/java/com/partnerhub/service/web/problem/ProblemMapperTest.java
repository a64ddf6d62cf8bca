package com.partnerhub.service.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import com.partnerhub.api.error.ErrorCode;
import com.partnerhub.api.error.Problem;
import com.partnerhub.service.domain.shared.DomainConflict;
import com.partnerhub.service.domain.shared.ValidationException;
import com.partnerhub.service.domain.shared.Violation;

class ProblemMapperTest {

    private final ProblemMapper mapper = new ProblemMapper();

    @Test
    void syntaxErrorsAreMalformedJsonEvenWhenWrapped() {
        JsonParsingException syntax = new JsonParsingException("unexpected char", (JsonLocation) null);
        Response r = mapper.toResponse(new ProcessingException("reading", new JsonbException("bind", syntax)));
        assertThat(problem(r).code).isEqualTo("MALFORMED_JSON");
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getMediaType().toString()).isEqualTo("application/problem+json");
    }

    @Test
    void bindingErrorsAreInvalidBodies() {
        assertThat(problem(mapper.toResponse(new ProcessingException("x", new JsonbException("Unknown property 'x'")))).code)
                .isEqualTo("INVALID_REQUEST_BODY");
    }

    @Test
    void theBodyLimitWinsOverTheBindingErrorThatWrapsIt() {
        Response r = mapper.toResponse(new JsonbException("read failed", new PayloadTooLargeException(10)));
        assertThat(r.getStatus()).isEqualTo(413);
        assertThat(problem(r).detail).contains("10");
    }

    @Test
    void domainFailuresKeepTheirCodes() {
        Response v = mapper.toResponse(new ValidationException(List.of(new Violation("email", "REQUIRED"))));
        assertThat(v.getStatus()).isEqualTo(400);
        assertThat(problem(v).errors).extracting(e -> e.field).containsExactly("email");

        assertThat(problem(mapper.toResponse(new DomainConflict("EMAIL_ALREADY_REGISTERED", "x", "a@b.c"))).detail).contains("a@b.c");
        assertThat(problem(mapper.toResponse(new DomainConflict("SOMETHING_NEW", "x"))).code).isEqualTo("CONFLICT");
        assertThat(problem(mapper.toResponse(new RuntimeException(new OptimisticLockException()))).code)
                .isEqualTo("CONCURRENT_MODIFICATION");
    }

    @Test
    void unauthenticatedAnswersCarryTheBearerChallenge() {
        Response r = mapper.toResponse(new ProblemException(ErrorCode.UNAUTHENTICATED));
        assertThat(r.getStatus()).isEqualTo(401);
        assertThat(r.getHeaderString("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void unknownFailuresAreInternalErrorsThatRevealNothing() {
        Response r = mapper.toResponse(new IllegalStateException("secret detail"));
        assertThat(r.getStatus()).isEqualTo(500);
        assertThat(problem(r).detail).doesNotContain("secret");
        assertThat(problem(mapper.toResponse(new NotFoundException())).code).isEqualTo("NOT_FOUND");
    }

    /** Jersey's parameter conversion failures, by the names Jersey gives them (its classes are not on our path). */
    static class PathParamException extends jakarta.ws.rs.WebApplicationException {
        PathParamException() {
            super(new NumberFormatException("For input string: \"abc\""), 404);
        }
    }

    static class QueryParamException extends jakarta.ws.rs.WebApplicationException {
        QueryParamException() {
            super(new NumberFormatException("For input string: \"abc\""), 404);
        }

        public String getParameterName() {
            return "limit";
        }
    }

    @Test
    void unconvertibleParametersAreNotFoundInThePathAndInvalidInTheQuery() {
        Response path = mapper.toResponse(new PathParamException());
        assertThat(path.getStatus()).isEqualTo(404);
        assertThat(problem(path).code).isEqualTo("NOT_FOUND");

        Response query = mapper.toResponse(new QueryParamException());
        assertThat(query.getStatus()).isEqualTo(400);
        assertThat(problem(query).code).isEqualTo("INVALID_PARAMETER");
        assertThat(problem(query).detail).contains("limit");

        Response emptyBody = mapper.toResponse(new jakarta.ws.rs.BadRequestException(new java.io.EOFException("no content")));
        assertThat(emptyBody.getStatus()).isEqualTo(400);
        assertThat(problem(emptyBody).code).isEqualTo("INVALID_REQUEST_BODY");
    }

    @Test
    void whatTheDatabaseRefusedUnderConcurrencyIsAConflictNotOurFailure() {
        for (String state : List.of("23505", "40001", "40P01", "55P03", "HYT00")) {
            var wrapped = new jakarta.persistence.PersistenceException("flush",
                    new RuntimeException("eclipselink", new java.sql.SQLException("refused", state)));
            Response r = mapper.toResponse(wrapped);
            assertThat(r.getStatus()).as(state).isEqualTo(409);
            assertThat(problem(r).code).as(state).isEqualTo("CONCURRENT_MODIFICATION");
        }
        Response data = mapper.toResponse(new RuntimeException(new java.sql.SQLException("too long", "22001")));
        assertThat(data.getStatus()).isEqualTo(400);
        java.sql.SQLException batch = new java.sql.SQLException("batch");
        batch.setNextException(new java.sql.SQLException("duplicate key", "23505"));
        assertThat(mapper.toResponse(batch).getStatus()).isEqualTo(409);
        assertThat(mapper.toResponse(new java.sql.SQLException("disk full", "53100")).getStatus()).isEqualTo(500);
        assertThat(mapper.toResponse(new java.sql.SQLException("foreign key", "23503")).getStatus())
                .as("a refusal our rules should have prevented is our failure, not a race").isEqualTo(500);
    }

    @Test
    void aCommitThatFailedWithoutItsCauseIsAConflictToRetry() {
        // as Payara's @Transactional interceptor reports a commit whose before-completion flush lost an optimistic lock
        var lost = new jakarta.transaction.TransactionalException("Managed bean with Transactional annotation and TxType of "
                + "REQUIRED encountered exception during commit java.lang.NullPointerException", new NullPointerException());
        Response r = mapper.toResponse(lost);
        assertThat(r.getStatus()).isEqualTo(409);
        assertThat(problem(r).code).isEqualTo("CONCURRENT_MODIFICATION");
        var known = new jakarta.transaction.TransactionalException("encountered exception during commit",
                new RuntimeException(new java.sql.SQLException("too long", "22001")));
        assertThat(mapper.toResponse(known).getStatus()).as("a cause that is known decides").isEqualTo(400);
        assertThat(mapper.toResponse(new jakarta.transaction.TransactionalException("during begin", new NullPointerException()))
                .getStatus()).isEqualTo(500);
    }

    @Test
    void fieldErrorsFromTheStrictJsonReadersWinOverTheBindingErrorThatWrapsThem() {
        Response r = mapper.toResponse(new JsonbException("deserialize", new ValidationException(
                List.of(new Violation("body", "NOT_A_WHOLE_NUMBER")))));
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(problem(r).code).isEqualTo("VALIDATION_FAILED");
        assertThat(problem(r).errors).extracting(e -> e.code).containsExactly("NOT_A_WHOLE_NUMBER");
    }

    private static Problem problem(Response r) {
        return (Problem) r.getEntity();
    }
}
