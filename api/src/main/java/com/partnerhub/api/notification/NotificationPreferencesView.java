package com.partnerhub.api.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a person hears of each kind of event: {@code EMAIL}, {@code PORTAL}, {@code BOTH} or {@code NONE}. In a PUT,
 * only the kinds given change.
 */
public class NotificationPreferencesView {
    public Map<String, String> preferences = new LinkedHashMap<>();
    /** Kinds whose e-mail cannot be switched off (an offer only the recipient can answer). Ignored in a PUT. */
    public List<String> emailRequired = new ArrayList<>();
}
