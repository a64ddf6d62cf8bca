package com.partnerhub.api.agency;

import java.util.List;

import com.partnerhub.api.error.Problem;

/** What each item of a bulk action came to, in the order they were sent. */
public class BulkResultView {
    public int succeeded;
    public int failed;
    public List<Item> items;

    public static class Item {
        public int index;
        /** {@code INVITED}, {@code REQUESTED} (waits for the owner's approval), {@code OFFERED}, or {@code FAILED}. */
        public String outcome;
        /** The invitation, access request or transfer made. */
        public Long id;
        /** Why it failed, as the single request would have answered. */
        public Problem problem;
    }
}
