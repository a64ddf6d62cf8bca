package com.partnerhub.service.web.problem;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import com.partnerhub.api.error.ErrorCode;
import com.partnerhub.api.error.Problem;
import com.partnerhub.service.application.shared.ActionForbidden;
import com.partnerhub.service.application.shared.ResourceNotFound;
import com.partnerhub.service.domain.shared.DomainConflict;
import com.partnerhub.service.domain.shared.ValidationException;
import com.partnerhub.service.domain.shared.Violation;
import com.partnerhub.service.infrastructure.db.DatabaseRefusal;
import com.partnerhub.service.web.support.RequestContextFilter;

/** The one place where every failure becomes an RFC 9457 problem document. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable failure) {
        return respond(failure, headers, request);
    }

    static Response respond(Throwable failure, HttpHeaders headers, HttpServletRequest request) {
        Classified c = classify(failure);
        String requestId = request == null ? null : (String) request.getAttribute(RequestContextFilter.REQUEST_ID);
        Object[] args = c.code == ErrorCode.INTERNAL_ERROR ? new Object[] {requestId} : c.args;
        if (c.code == ErrorCode.INTERNAL_ERROR) {
            LOG.log(Level.SEVERE, "request " + requestId + " failed", failure);
        }
        Locale locale = ProblemFactory.negotiate(headers == null ? List.of() : headers.getAcceptableLanguages());
        String instance = request == null ? null : request.getRequestURI();
        Problem problem = ProblemFactory.create(c.code, locale, instance, requestId, c.violations, args);
        Response.ResponseBuilder response = Response.status(c.code.status())
                .type(Problem.MEDIA_TYPE)
                .language(locale)
                .entity(problem);
        if (c.code == ErrorCode.UNAUTHENTICATED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        if (failure instanceof NotAllowedException na) {
            response.allow(na.getResponse().getAllowedMethods());
        }
        return response.build();
    }

    private record Classified(ErrorCode code, List<Violation> violations, Object... args) {
        Classified(ErrorCode code, Object... args) {
            this(code, List.of(), args);
        }
    }

    static Classified classify(Throwable failure) {
        // JSON-B wraps what went wrong while reading (a syntax error, the body limit); the inner cause decides.
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonParsingException) {
                return new Classified(ErrorCode.MALFORMED_JSON);
            }
            if (t instanceof PayloadTooLargeException p) {
                return new Classified(ErrorCode.PAYLOAD_TOO_LARGE, p.limit());
            }
            if (t instanceof ValidationException v) {
                return new Classified(ErrorCode.VALIDATION_FAILED, v.violations()); // from our strict JSON readers
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Classified c = classifyOne(t);
            if (c != null) {
                return c;
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // The transaction did not commit, so nothing changed and a retry is safe. Payara sometimes reports a commit
            // that failed in its before-completion step (a lost optimistic lock at flush, logged as DTX5014) without
            // that cause: its interceptor trips over the transaction the failed commit already ended.
            if (t instanceof jakarta.transaction.TransactionalException && t.getMessage() != null
                    && t.getMessage().contains("exception during commit")) {
                return new Classified(ErrorCode.CONCURRENT_MODIFICATION);
            }
        }
        return new Classified(ErrorCode.INTERNAL_ERROR);
    }

    private static Classified classifyOne(Throwable t) {
        if (t instanceof ProblemException p) {
            return new Classified(p.code(), p.violations(), p.args());
        }
        if (t instanceof ResourceNotFound) {
            return new Classified(ErrorCode.NOT_FOUND);
        }
        if (t instanceof ActionForbidden) {
            return new Classified(ErrorCode.FORBIDDEN);
        }
        if (t instanceof DomainConflict d) {
            return new Classified(codeOf(d.code()), d.args());
        }
        // EclipseLink's own lock exception may surface at commit without the JPA wrapper
        if (t instanceof OptimisticLockException
                || "org.eclipse.persistence.exceptions.OptimisticLockException".equals(t.getClass().getName())) {
            return new Classified(ErrorCode.CONCURRENT_MODIFICATION);
        }
        if (t instanceof JsonbException) {
            return new Classified(ErrorCode.INVALID_REQUEST_BODY);
        }
        if (t instanceof NotAuthorizedException) {
            return new Classified(ErrorCode.UNAUTHENTICATED);
        }
        if (t instanceof NotFoundException) {
            return new Classified(ErrorCode.NOT_FOUND);
        }
        if (t instanceof NotAllowedException) {
            return new Classified(ErrorCode.METHOD_NOT_ALLOWED);
        }
        if (t instanceof NotSupportedException) {
            return new Classified(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
        }
        if (t instanceof NotAcceptableException) {
            return new Classified(ErrorCode.NOT_ACCEPTABLE);
        }
        if (t instanceof WebApplicationException w) {
            return classifyContainerRefusal(w);
        }
        if (t instanceof SQLException) {
            // the request's transaction rolled back: it changed nothing, and a retry may succeed
            DatabaseRefusal refusal = DatabaseRefusal.of(t);
            if (refusal == DatabaseRefusal.DATA) {
                // the caller's data, but one our rules should have refused first: worth a look
                LOG.log(Level.WARNING, "the database refused data the rules let through", t);
                return new Classified(ErrorCode.INVALID_REQUEST_BODY);
            }
            return refusal == null ? null : new Classified(ErrorCode.CONCURRENT_MODIFICATION);
        }
        return null;
    }

    /**
     * A refusal JAX-RS raised itself. A path parameter that cannot be an id names no resource (404); a query
     * parameter of the wrong type is the caller's mistake (400). Any other 4xx keeps its status class, so a
     * request the container refused is never mistaken for our failure.
     */
    private static Classified classifyContainerRefusal(WebApplicationException w) {
        int status = w.getResponse().getStatus();
        String type = w.getClass().getName();
        if (type.endsWith("$PathParamException")) {
            return new Classified(ErrorCode.NOT_FOUND);
        }
        if (type.endsWith("ParamException")) {
            return new Classified(ErrorCode.INVALID_PARAMETER, parameterName(w));
        }
        if (status == 403) {
            return new Classified(ErrorCode.FORBIDDEN);
        }
        if (status == 404) {
            return new Classified(ErrorCode.NOT_FOUND);
        }
        if (status == 413) {
            return new Classified(ErrorCode.PAYLOAD_TOO_LARGE, "?");
        }
        if (status == 415) {
            return new Classified(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
        }
        if (status >= 400 && status < 500) {
            // e.g. an empty body where JSON was announced: the body, not a parameter, is at fault
            return new Classified(ErrorCode.INVALID_REQUEST_BODY);
        }
        return null;
    }

    /** Jersey's ParamException knows the parameter's name; read it without binding to Jersey's types. */
    private static String parameterName(WebApplicationException w) {
        try {
            Object name = w.getClass().getMethod("getParameterName").invoke(w);
            return name == null ? "?" : name.toString();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "?";
        }
    }

    /** The problem a failure would have been answered with, for one item of a bulk action. */
    public static Problem problemOf(Throwable failure, Locale locale) {
        Classified c = classify(failure);
        if (c.code == ErrorCode.INTERNAL_ERROR) {
            LOG.log(Level.SEVERE, "an item of a bulk action failed", failure);
        }
        return ProblemFactory.create(c.code, locale, null, null, c.violations, c.args);
    }

    /** Whether the failure is, at its root, another request's change winning (an optimistic lock lost). */
    public static boolean isConcurrentModification(Throwable failure) {
        return classify(failure).code == ErrorCode.CONCURRENT_MODIFICATION;
    }

    private static ErrorCode codeOf(String name) {
        try {
            return ErrorCode.valueOf(name);
        } catch (IllegalArgumentException e) {
            return ErrorCode.CONFLICT;
        }
    }
}
