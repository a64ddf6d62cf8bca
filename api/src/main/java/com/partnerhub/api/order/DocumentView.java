package com.partnerhub.api.order;

/** A customer document of an order; its bytes at {@code /api/v1/orders/{orderId}/documents/{id}}. */
public class DocumentView {
    public long id;
    public long orderId;
    /** The brief's file question it answers, or null. */
    public String questionKey;
    public String fileName;
    /** The type found in the content. */
    public String mediaType;
    public long sizeBytes;
    /** SHA-256 of the content (hex); checked on every download. */
    public String sha256;
    public long uploadedBy;
    public String uploadedByName;
    public String uploadedAt;
}
