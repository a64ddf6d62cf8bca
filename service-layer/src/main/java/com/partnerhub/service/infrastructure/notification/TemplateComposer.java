package com.partnerhub.service.infrastructure.notification;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;

import com.partnerhub.service.application.notification.EventFacts;
import com.partnerhub.service.application.notification.NotificationComposer;
import com.partnerhub.service.application.notification.NotificationSettings;
import com.partnerhub.service.application.notification.Recipient;
import com.partnerhub.service.infrastructure.pdf.Money;

/**
 * Words events with Mustache: the sentences of each kind come from {@code i18n/notifications*.properties} (German or
 * English), the e-mail's layout from {@code notifications/mail.html.mustache} and {@code mail.txt.mustache}. Sentences
 * are rendered as plain text and escaped once, where the HTML layout places them.
 */
@ApplicationScoped
public class TemplateComposer implements NotificationComposer {

    /** Dates in mails are the provider's local dates. */
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private static final MustacheFactory HTML = new DefaultMustacheFactory("notifications");
    private static final MustacheFactory TEXT = new DefaultMustacheFactory("notifications") {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    private final Map<String, Mustache> sentences = new ConcurrentHashMap<>();
    private final Mustache htmlLayout = HTML.compile("mail.html.mustache");
    private final Mustache textLayout = TEXT.compile("mail.txt.mustache");

    private NotificationSettings settings;

    protected TemplateComposer() {
    }

    @Inject
    public TemplateComposer(NotificationSettings settings) {
        this.settings = settings;
    }

    @Override
    public String title(EventFacts facts, String language) {
        return sentence(language, facts.kind().name() + ".title", scope(facts, language, null));
    }

    @Override
    public Mail mail(EventFacts facts, Recipient recipient) {
        String language = recipient.language();
        Map<String, Object> scope = scope(facts, language, recipient.name());
        String headline = sentence(language, facts.kind().name() + ".title", scope);
        Map<String, Object> page = new HashMap<>();
        page.put("language", language);
        page.put("provider", settings.providerName());
        page.put("logoUrl", settings.providerLogoUrl());
        page.put("subject", headline);
        page.put("greeting", sentence(language, recipient.name() == null ? "greeting.anonymous" : "greeting", scope));
        page.put("headline", headline);
        page.put("body", sentence(language, facts.kind().name() + ".body", scope));
        page.put("action", sentence(language, facts.kind().name() + ".action", scope));
        page.put("link", settings.link(facts.link()));
        page.put("footer", sentence(language, facts.kind().mandatoryMail() || !recipient.isUser() ? "footer.mandatory" : "footer",
                scope));
        return new Mail(headline, render(textLayout, page), render(htmlLayout, page));
    }

    private Map<String, Object> scope(EventFacts facts, String language, String name) {
        // the pages' English is British (23 Nov 2026, €1,800.00); German is Germany's
        Locale locale = "de".equals(language) ? Locale.GERMANY : Locale.UK;
        Map<String, Object> scope = new HashMap<>(facts.facts());
        scope.putIfAbsent("actor", "de".equals(language) ? "Jemand" : "Someone");
        String milestone = facts.facts().get("milestone." + ("de".equals(language) ? "de" : "en"));
        if (milestone != null) {
            scope.put("milestone", milestone);
        }
        String amount = facts.facts().get("amountMinor");
        String currency = facts.facts().get("currency");
        if (amount != null && currency != null) {
            scope.put("amount", Money.format(Long.parseLong(amount), currency, locale));
        }
        String date = facts.facts().get("date");
        if (date != null) {
            try {
                scope.put("date", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(ZONE)
                        .format(Instant.parse(date)));
            } catch (DateTimeParseException e) {
                scope.put("date", date);
            }
        }
        scope.put("name", name);
        scope.put("provider", settings.providerName());
        scope.put("preferences", settings.link("?view=settings"));
        return scope;
    }

    private String sentence(String language, String key, Map<String, Object> scope) {
        Mustache m = sentences.computeIfAbsent(language + ":" + key, k -> {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n.notifications", Locale.forLanguageTag(language),
                    TemplateComposer.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                            ResourceBundle.Control.FORMAT_PROPERTIES));
            String text;
            try {
                text = bundle.getString(key);
            } catch (MissingResourceException e) {
                text = key;
            }
            return TEXT.compile(new StringReader(text), k);
        });
        return render(m, scope);
    }

    private static String render(Mustache template, Map<String, Object> scope) {
        StringWriter out = new StringWriter();
        template.execute(out, scope);
        return out.toString();
    }
}
