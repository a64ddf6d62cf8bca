package com.partnerhub.service.e2e;

import java.util.HashMap;
import java.util.Map;

/** The embedded default's cast (db/demo) and their bearer tokens from the demo issuer, fetched once per test class. */
final class DemoUsers {

    static final String ANNA = "anna@agentur-beispiel.example";
    static final String BEN = "ben@agentur-beispiel.example";
    static final String CLARA = "clara@kunde-eins.example";
    static final String DAVID = "david@kunde-zwei.example";
    static final String EMIL = "emil@kunde-eins.example";
    static final String NORA = "nora@webwerk-nord.example";
    static final String PETRA = "petra@hoster.example";
    static final String ADMIN = "admin@hoster.example";
    static final String ANONYMOUS = "anonymous";

    private final Http http;
    private final Map<String, String> tokens = new HashMap<>();

    DemoUsers(Http http) {
        this.http = http;
    }

    /** Request headers that make a call as this demo user (none for {@link #ANONYMOUS}), in the given language. */
    String[] as(String who, String language) {
        if (who.equals(ANONYMOUS)) {
            return new String[0];
        }
        String token = tokens.computeIfAbsent(who, w -> http.post("api/demo/tokens", "{\"email\":\"" + w + "\"}").json().getString("token"));
        return new String[] {"Authorization", "Bearer " + token, "Accept-Language", language};
    }
}
