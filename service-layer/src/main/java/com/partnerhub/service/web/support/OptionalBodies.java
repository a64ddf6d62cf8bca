package com.partnerhub.service.web.support;

import java.io.IOException;
import java.io.PushbackInputStream;
import java.util.Set;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import com.partnerhub.api.order.DeliveryRequest;
import com.partnerhub.api.order.RevisionRequest;

/**
 * Bodies that may be left out: a delivery was a bodiless POST before it could carry a note, so clients that send
 * nothing deliver without one; a revision request without a body is told which field it lacks (its reason) rather
 * than that its JSON is malformed.
 */
@Provider
public class OptionalBodies implements ReaderInterceptor {

    private static final Set<Class<?>> OPTIONAL = Set.of(DeliveryRequest.class, RevisionRequest.class);

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!OPTIONAL.contains(context.getType())) {
            return context.proceed();
        }
        PushbackInputStream in = new PushbackInputStream(context.getInputStream(), 1);
        int first = in.read();
        if (first < 0) {
            return null;
        }
        in.unread(first);
        context.setInputStream(in);
        return context.proceed();
    }
}
