package com.partnerhub.api.order;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An order's brief: the package's questions with the answers, what is still missing, and earlier versions. */
public class BriefView {
    public long orderId;
    public int version;
    public List<Question> questions = new ArrayList<>();
    public Map<String, String> answers = new LinkedHashMap<>();
    /** Keys of required questions without an answer (a file question: without a document); the first milestone waits for them. */
    public List<String> missing = new ArrayList<>();
    /** Whether the caller may change the answers now (the customer, until the first delivery). */
    public boolean mayEdit;
    /** Each change, newest first: who, when, and the answers before and after. */
    public List<Version> versions = new ArrayList<>();

    public static class Question {
        public String key;
        /** In the caller's language. */
        public String label;
        /** {@code TEXT}, {@code CHOICE} or {@code FILE} (answered by uploading a document for it). */
        public String type;
        public boolean required;
        public List<String> choices = new ArrayList<>();
    }

    public static class Version {
        public int version;
        public String changedAt;
        public Long changedBy;
        public String changedByName;
        public Map<String, String> before = new LinkedHashMap<>();
        public Map<String, String> after = new LinkedHashMap<>();
    }
}
