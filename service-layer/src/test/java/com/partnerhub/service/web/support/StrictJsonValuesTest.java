package com.partnerhub.service.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import jakarta.json.bind.Jsonb;

import org.junit.jupiter.api.Test;

import com.partnerhub.service.domain.shared.ValidationException;

class StrictJsonValuesTest {

    public static class Body {
        public Long priceMinor;
        public Integer days;
        public Boolean done;
        public String title;
        public List<String> steps;
        public Map<String, String> answers;
    }

    private final Jsonb jsonb = JsonbConfigResolver.jsonb();

    @Test
    void wellFormedValuesAreRead() {
        Body b = jsonb.fromJson("{\"priceMinor\":150000,\"days\":10,\"done\":true,\"title\":\"Zeile 1\\nZeile 2\\tTab\","
                + "\"steps\":[\"a\"],\"answers\":{\"k\":\"v\"},\"priceMinor\":1.5e5}", Body.class);
        assertThat(b.priceMinor).isEqualTo(150_000L);
        assertThat(b.days).isEqualTo(10);
        assertThat(b.done).isTrue();
        assertThat(b.title).isEqualTo("Zeile 1\nZeile 2\tTab");
        assertThat(b.steps).containsExactly("a");
        assertThat(jsonb.fromJson("{\"priceMinor\":null,\"title\":null}", Body.class).priceMinor).isNull();
    }

    @Test
    void fractionalMoneyNumbersAsTextAndOverflowAreRefused() {
        assertRefused("{\"priceMinor\":1.5}", "NOT_A_WHOLE_NUMBER");
        assertRefused("{\"priceMinor\":\"1500\"}", "NOT_A_NUMBER");
        assertRefused("{\"priceMinor\":99999999999999999999}", "NUMBER_TOO_LARGE");
        assertRefused("{\"days\":3000000000}", "NUMBER_TOO_LARGE");
        assertRefused("{\"done\":\"yes\"}", "NOT_A_BOOLEAN");
        assertRefused("{\"title\":42}", "NOT_A_STRING");
    }

    @Test
    void controlCharactersAreRefusedInEveryText() {
        assertRefused("{\"title\":\"a\\u0000b\"}", "CONTROL_CHARACTER");
        assertRefused("{\"steps\":[\"ok\",\"bell\\u0007\"]}", "CONTROL_CHARACTER");
        assertRefused("{\"answers\":{\"k\":\"\\u001b[31m\"}}", "CONTROL_CHARACTER");
    }

    private void assertRefused(String json, String code) {
        assertThatThrownBy(() -> jsonb.fromJson(json, Body.class))
                .satisfies(e -> assertThat(causes(e)).anySatisfy(c -> {
                    assertThat(c).isInstanceOf(ValidationException.class);
                    assertThat(((ValidationException) c).violations()).extracting(v -> v.code()).containsExactly(code);
                }));
    }

    private static List<Throwable> causes(Throwable t) {
        List<Throwable> all = new java.util.ArrayList<>();
        for (Throwable c = t; c != null && !all.contains(c); c = c.getCause()) {
            all.add(c);
        }
        return all;
    }
}
