package com.partnerhub.service.web.problem;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.json.bind.Jsonb;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.partnerhub.api.ApiPaths;
import com.partnerhub.api.error.ErrorCode;
import com.partnerhub.api.error.Problem;
import com.partnerhub.service.web.support.JsonbConfigResolver;

/**
 * Failures the container answers before JAX-RS sees the request (MicroProfile JWT rejecting a token with a
 * bad signature, {@code alg: none}, a foreign issuer or past expiry) come here through web.xml's error
 * pages (and the default error page for every other status), so they too are problem documents.
 */
@WebServlet(urlPatterns = ContainerErrorServlet.PATH)
public class ContainerErrorServlet extends HttpServlet {

    static final String PATH = "/container-error";
    private static final Jsonb JSONB = JsonbConfigResolver.jsonb();

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Object status = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int refused = status instanceof Integer i ? i : resp.getStatus();
        ErrorCode code = codeFor(refused);
        List<Locale> accepted = Collections.list(req.getLocales());
        Locale locale = ProblemFactory.negotiate(req.getHeader("Accept-Language") == null ? List.of() : accepted);
        Object uri = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String requestId = req.getHeader(ApiPaths.REQUEST_ID_HEADER);
        Problem problem = ProblemFactory.create(code, locale, uri == null ? null : uri.toString(), requestId, List.of());
        // a 4xx without a code of its own (414, 431, …) keeps its status and is described as a bad request
        int answered = code == ErrorCode.BAD_REQUEST && refused >= 400 && refused < 500 ? refused : code.status();
        problem.status = answered;
        resp.setStatus(answered);
        resp.setContentType(Problem.MEDIA_TYPE);
        resp.setCharacterEncoding("UTF-8");
        resp.setLocale(locale);
        if (code == ErrorCode.UNAUTHENTICATED) {
            resp.setHeader("WWW-Authenticate", "Bearer");
        }
        JSONB.toJson(problem, resp.getWriter());
    }

    static ErrorCode codeFor(int status) {
        return switch (status) {
            case 400 -> ErrorCode.BAD_REQUEST;
            case 401 -> ErrorCode.UNAUTHENTICATED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 406 -> ErrorCode.NOT_ACCEPTABLE;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> ErrorCode.SERVICE_UNAVAILABLE;
            // whatever else the container refused is still the request's fault, never reported as ours
            default -> status >= 400 && status < 500 ? ErrorCode.BAD_REQUEST : ErrorCode.INTERNAL_ERROR;
        };
    }
}
