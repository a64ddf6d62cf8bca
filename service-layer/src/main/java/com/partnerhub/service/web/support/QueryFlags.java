package com.partnerhub.service.web.support;

import java.util.List;

import com.partnerhub.service.domain.shared.ValidationException;
import com.partnerhub.service.domain.shared.Violation;

/** Yes/no query parameters: {@code true} or {@code false}, absent is no; anything else is a 400, never silently no. */
public final class QueryFlags {

    private QueryFlags() {
    }

    public static boolean parse(String value, String name) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw new ValidationException(List.of(new Violation(name, "NOT_A_BOOLEAN")));
    }
}
