package com.partnerhub.service.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * Every kind of notification has its words in both languages: the mail and bell texts of the service, and the label
 * the browser shows in the settings, the bell and the webhook form (a kind without one showed as "kind.ORDER_HELD").
 */
class NotificationKindTextsTest {

    @Test
    void everyKindHasItsMailTextsInGermanAndEnglish() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String language : List.of("", "_de")) {
            Properties texts = load("i18n/notifications" + language + ".properties");
            for (NotificationKind kind : NotificationKind.values()) {
                for (String part : List.of("title", "body", "action")) {
                    if (texts.getProperty(kind + "." + part, "").isBlank()) {
                        missing.add(kind + "." + part + language);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKindHasABrowserLabelInGermanAndEnglish() throws IOException {
        String i18n;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/resources/partner-hub/ui/i18n.js")) {
            assertThat(in).as("the browser code's texts").isNotNull();
            i18n = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int german = i18n.indexOf("\n  de: {");
        assertThat(german).as("the German block").isPositive();
        String english = i18n.substring(0, german);
        String deutsch = i18n.substring(german);
        List<String> missing = new ArrayList<>();
        for (NotificationKind kind : NotificationKind.values()) {
            String key = "'kind." + kind + "':";
            if (!english.contains(key)) {
                missing.add("en " + kind);
            }
            if (!deutsch.contains(key)) {
                missing.add("de " + kind);
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = NotificationKindTextsTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
