package com.partnerhub.api.order;

/** A note the agency keeps on an order; only the agency's people ever see it. */
public class NoteView {
    public long id;
    public String body;
    public long authorId;
    public String authorName;
    public String createdAt;
}
