package com.partnerhub.service.domain.order;

import java.time.Instant;

/**
 * A document the customer (or the agency for them) gave for an order, optionally answering one of the brief's file
 * questions. The bytes are kept outside the database under {@link #storageKey()}; {@link #sha256()} is what they
 * must hash to when read back.
 */
public class OrderDocument {

    private Long id;
    private Long orderId;
    private String questionKey;
    private String fileName;
    private String mediaType;
    private long sizeBytes;
    private String sha256;
    private String storageKey;
    private Long uploadedBy;
    private Instant uploadedAt;

    protected OrderDocument() {
    }

    public OrderDocument(long orderId, String questionKey, String fileName, String mediaType, long sizeBytes, String sha256,
                         String storageKey, long uploadedBy, Instant uploadedAt) {
        this.orderId = orderId;
        this.questionKey = questionKey;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /** Longest file name kept, in characters. */
    public static final int MAX_NAME = 200;

    /**
     * A file name as people gave it, made safe to keep and to offer for download: no folders (only the last part of a
     * path), no control characters, none of the characters file systems refuse, not hidden, not empty, not overlong.
     */
    public static String safeFileName(String given) {
        String name = given == null ? "" : given;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1)
                .replaceAll("[\\p{Cntrl}\\p{Cf}]", "")
                .replaceAll("[<>:\"|?*]", "_")
                .strip();
        name = name.replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
        if (name.isEmpty()) {
            return "document";
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, name.offsetByCodePoints(0, MAX_NAME - ext.length())) + ext;
        }
        return name;
    }

    public Long id() {
        return id;
    }

    public long orderId() {
        return orderId;
    }

    /** The brief's file question this document answers, or null for a document of the order as a whole. */
    public String questionKey() {
        return questionKey;
    }

    public String fileName() {
        return fileName;
    }

    /** The type found in the content (not the one the name or the browser claimed). */
    public String mediaType() {
        return mediaType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public String storageKey() {
        return storageKey;
    }

    public long uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
