package com.partnerhub.service.web.support;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.partnerhub.service.web.problem.PayloadTooLargeException;

/**
 * Refuses JSON bodies over {@code partnerhub.http.max-body-bytes}: at once when Content-Length says so, and
 * while reading when the body is chunked, so an oversized request never reaches a resource.
 */
@Provider
@PreMatching
@Priority(2)
public class BodySizeLimit implements ContainerRequestFilter, ReaderInterceptor {

    @Inject
    @ConfigProperty(name = "partnerhub.http.max-body-bytes", defaultValue = "1048576")
    long limit;

    /** Document uploads stream to disk under their own, larger limit (DocumentResource); JSON bodies stay small. */
    private static final java.util.regex.Pattern UPLOAD = java.util.regex.Pattern.compile("/?v1/orders/[^/]+/documents/?");
    private static final String STREAMED = "partnerhub.streamed-upload";

    @Override
    public void filter(ContainerRequestContext request) {
        if ("POST".equals(request.getMethod()) && UPLOAD.matcher(request.getUriInfo().getPath()).matches()) {
            request.setProperty(STREAMED, Boolean.TRUE);
            return;
        }
        if (request.getLength() > limit) {
            throw new PayloadTooLargeException(limit);
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (Boolean.TRUE.equals(context.getProperty(STREAMED))) {
            return context.proceed();
        }
        context.setInputStream(new Bounded(context.getInputStream(), limit));
        return context.proceed();
    }

    private static final class Bounded extends FilterInputStream {
        private final long limit;
        private long count;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) {
            count += n;
            if (count > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }
    }
}
