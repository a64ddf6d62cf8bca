package com.partnerhub.service.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

/** The numbers people read on orders, invoices and credit notes: a prefix and the next value of a database sequence. */
public final class DocumentNumbers {

    private DocumentNumbers() {
    }

    /** {@code PH-000042}; the sequence is asked without flushing pending writes first, a number needs none. */
    public static String next(EntityManager em, String sequence, String prefix) {
        Number n = (Number) em.createNativeQuery("select nextval('" + sequence + "')").setFlushMode(FlushModeType.COMMIT)
                .getSingleResult();
        return String.format("%s-%06d", prefix, n.longValue());
    }
}
