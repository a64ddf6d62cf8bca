package com.partnerhub.service.application.order;

import com.partnerhub.service.domain.shared.DomainConflict;

/**
 * A document not kept, with the problem code it is answered with: DOCUMENT_TOO_LARGE (413), DOCUMENT_TYPE_NOT_ALLOWED
 * (415), DOCUMENT_INCOMPLETE and DOCUMENT_EMPTY (400), DOCUMENT_DAMAGED (500: the stored bytes no longer match their checksum).
 */
public class DocumentRefused extends DomainConflict {

    public DocumentRefused(String code, String message, Object... args) {
        super(code, message, args);
    }
}
