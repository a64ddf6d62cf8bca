package com.partnerhub.service.web.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.partnerhub.service.domain.shared.ValidationException;
import com.partnerhub.service.domain.shared.Violation;

/** Reads enum names from request bodies, naming each unknown value and the allowed ones in the field error. */
public final class EnumValues {

    private EnumValues() {
    }

    public static <E extends Enum<E>> Set<E> parseAll(Class<E> type, List<String> values, String field) {
        Set<E> parsed = EnumSet.noneOf(type);
        List<Violation> violations = new ArrayList<>();
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                String v = values.get(i);
                E e = lookup(type, v);
                if (e == null) {
                    violations.add(new Violation(field + "[" + i + "]", "UNKNOWN_VALUE", allowed(type)));
                } else {
                    parsed.add(e);
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return parsed;
    }

    /** Null stays null (the default applies); an unknown name is a field error. */
    public static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null) {
            return null;
        }
        E e = lookup(type, value);
        if (e == null) {
            throw new ValidationException(List.of(new Violation(field, "UNKNOWN_VALUE", allowed(type))));
        }
        return e;
    }

    private static <E extends Enum<E>> E lookup(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        String name = value.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    private static String allowed(Class<? extends Enum<?>> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    public static List<String> names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList();
    }
}
