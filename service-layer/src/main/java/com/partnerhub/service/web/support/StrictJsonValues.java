package com.partnerhub.service.web.support;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;

import com.partnerhub.service.domain.shared.ValidationException;
import com.partnerhub.service.domain.shared.Violation;

/**
 * How request bodies read scalars. JSON-B on its own turns {@code "12"} into 12, {@code 1.5} into 1 and a
 * NUL character into text the database refuses; the API takes none of that: whole numbers are JSON
 * integers that fit, yes/no is a JSON boolean, and text carries no control characters but tab and line
 * breaks. Each refusal is a field error of the body (the reader does not know the field's name).
 */
public final class StrictJsonValues {

    static final String FIELD = "body";

    private StrictJsonValues() {
    }

    /** The deserializers the API's JSON-B configuration registers. */
    static JsonbDeserializer<?>[] all() {
        return new JsonbDeserializer<?>[] {new Text(), new WholeLong(), new WholeInteger(), new YesNo()};
    }

    /** True when the text holds a character no field may carry (C0 controls other than tab, LF and CR; DEL). */
    public static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    private static ValidationException refused(String code) {
        return new ValidationException(List.of(new Violation(FIELD, code)));
    }

    private static JsonValue value(JsonParser parser) {
        return parser.getValue();
    }

    static final class Text implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            JsonValue v = value(parser);
            if (v.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (!(v instanceof JsonString s)) {
                throw refused("NOT_A_STRING");
            }
            if (hasControlCharacter(s.getString())) {
                throw refused("CONTROL_CHARACTER");
            }
            return s.getString();
        }
    }

    /** A JSON integer that fits the target type ({@code exact} throws ArithmeticException when it does not). */
    private static <T> T whole(JsonParser parser, Function<BigDecimal, T> exact) {
        JsonValue v = value(parser);
        if (v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(v instanceof JsonNumber n)) {
            throw refused("NOT_A_NUMBER");
        }
        BigDecimal d = n.bigDecimalValue();
        if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
            throw refused("NOT_A_WHOLE_NUMBER");
        }
        try {
            return exact.apply(d);
        } catch (ArithmeticException e) {
            throw refused("NUMBER_TOO_LARGE");
        }
    }

    static final class WholeLong implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            return whole(parser, BigDecimal::longValueExact);
        }
    }

    static final class WholeInteger implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            return whole(parser, BigDecimal::intValueExact);
        }
    }

    static final class YesNo implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            JsonValue v = value(parser);
            return switch (v.getValueType()) {
                case NULL -> null;
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                default -> throw refused("NOT_A_BOOLEAN");
            };
        }
    }
}
