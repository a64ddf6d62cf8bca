package com.partnerhub.service.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.AttributeConverter;

/**
 * Jakarta Persistence 3.1 (EclipseLink 4) has no mapping for {@link Instant}; the domain uses it throughout,
 * the columns are {@code timestamp with time zone}. Applied to every Instant attribute (orm/common.xml).
 */
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant value) {
        return value == null ? null : value.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
