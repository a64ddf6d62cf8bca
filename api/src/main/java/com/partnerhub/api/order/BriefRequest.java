package com.partnerhub.api.order;

import java.util.Map;

/** The brief's answers as they should be now, by question key (answers left out are removed). */
public class BriefRequest {
    public Map<String, String> answers;
}
