package com.partnerhub.service.web.support;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import com.partnerhub.service.domain.shared.ValidationException;
import com.partnerhub.service.domain.shared.Violation;

/**
 * A request body's lists and maps hold values, never {@code null} ({@code "milestones":[null]} is a mistake the
 * use cases should not have to guess about): each null element is a field error at its JSON path.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class NoNullElements implements ReaderInterceptor {

    private static final String API_PACKAGE = "com.partnerhub.api.";

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body = context.proceed();
        List<Violation> violations = new ArrayList<>();
        check(body, "", violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return body;
    }

    static void check(Object value, String path, List<Violation> violations) {
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                element(item, path + "[" + i++ + "]", violations);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> element(v, (path.isEmpty() ? "" : path + ".") + k, violations));
        } else if (value != null && value.getClass().getName().startsWith(API_PACKAGE)) {
            for (Field f : value.getClass().getFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    try {
                        check(f.get(value), (path.isEmpty() ? "" : path + ".") + f.getName(), violations);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
    }

    private static void element(Object item, String path, List<Violation> violations) {
        if (item == null) {
            violations.add(new Violation(path, "REQUIRED"));
        } else {
            check(item, path, violations);
        }
    }
}
