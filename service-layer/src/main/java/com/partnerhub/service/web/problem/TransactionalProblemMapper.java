package com.partnerhub.service.web.problem;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A use case whose commit fails (an optimistic lock lost at flush, a unique key taken by a parallel request)
 * surfaces as {@link TransactionalException}. Jersey's CDI integration brings a mapper for exactly that type,
 * which outranks {@link ProblemMapper} and answers 500; this one takes precedence and answers what the cause
 * says (409 for a concurrent change), like every other failure.
 */
@Provider
@Priority(1)
public class TransactionalProblemMapper implements ExceptionMapper<TransactionalException> {

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(TransactionalException failure) {
        return ProblemMapper.respond(failure, headers, request);
    }
}
