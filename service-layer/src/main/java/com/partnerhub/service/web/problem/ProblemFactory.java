package com.partnerhub.service.web.problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.partnerhub.api.error.ErrorCode;
import com.partnerhub.api.error.Problem;
import com.partnerhub.service.domain.shared.Violation;

/** Builds problem documents in the caller's language from {@code i18n/problems*.properties}. */
public final class ProblemFactory {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN);
    private static final String BUNDLE = "i18n.problems";
    static final int MAX_ERRORS = 100;

    private ProblemFactory() {
    }

    public static Problem create(ErrorCode code, Locale locale, String instance, String requestId,
                                 List<Violation> violations, Object... args) {
        ResourceBundle messages = bundle(locale);
        Problem p = new Problem();
        p.type = "urn:partner-hub:problem:" + code.name().toLowerCase(Locale.ROOT).replace('_', '-');
        p.code = code.name();
        p.status = code.status();
        p.title = text(messages, code.name() + ".title", locale);
        p.detail = text(messages, code.name() + ".detail", locale, args);
        p.instance = instance;
        p.requestId = requestId;
        // the first errors are what a person fixes first; a body with thousands of bad entries gets a bounded answer
        for (Violation v : violations.subList(0, Math.min(violations.size(), MAX_ERRORS))) {
            p.errors.add(new Problem.FieldError(v.field(), v.code(), text(messages, "field." + v.code(), locale, v.args())));
        }
        if (p.errors.isEmpty()) {
            p.errors = null;
        }
        return p;
    }

    /** A localized message that is not a problem, e.g. a warning ({@code warning.<CODE>}). */
    public static String message(String key, Locale locale, Object... args) {
        String text = text(bundle(locale), key, locale, args);
        return text == null ? key : text;
    }

    /** The first supported language the caller accepts; English when none. */
    public static Locale negotiate(List<Locale> acceptable) {
        for (Locale l : acceptable) {
            for (Locale s : SUPPORTED) {
                if (s.getLanguage().equals(l.getLanguage())) {
                    return s;
                }
            }
        }
        return Locale.ENGLISH;
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ProblemFactory.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Arguments that are codes (a status, an action) are shown in the caller's words when the bundle has them. */
    private static Object[] localized(ResourceBundle messages, Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof String code && messages.containsKey("value." + code)) {
                out[i] = messages.getString("value." + code);
            }
        }
        return out;
    }

    private static String text(ResourceBundle messages, String key, Locale locale, Object... args) {
        String pattern;
        try {
            pattern = messages.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
        return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(localized(messages, args));
    }
}
