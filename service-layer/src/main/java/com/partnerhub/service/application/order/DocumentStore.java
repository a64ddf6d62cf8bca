package com.partnerhub.service.application.order;

import java.io.InputStream;

/**
 * Where the bytes of documents are kept (the configured folder; see infrastructure). Storing streams them, reading
 * checks them: neither ever holds a whole document in memory.
 */
public interface DocumentStore {

    /** What was kept: under which key, how big, its SHA-256 (hex) and the type found in its content. */
    record Stored(String storageKey, long sizeBytes, String sha256, String mediaType) {
    }

    /**
     * Streams {@code content} to a new file and syncs it to disk before returning. Refuses ({@link DocumentRefused})
     * a type that is not allowed before writing anything, and a document over the limit while reading; whatever
     * goes wrong, nothing is left behind.
     */
    Stored store(InputStream content, String fileName);

    /** The largest document accepted, in bytes. */
    long maxBytes();

    /** The document's bytes, after checking they still hash to {@code sha256} ({@link DocumentRefused} DOCUMENT_DAMAGED if not). */
    InputStream open(String storageKey, String sha256);

    /** Removes a stored file whose row was never committed. */
    void discard(String storageKey);
}
