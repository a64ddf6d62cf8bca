package com.partnerhub.service.web.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import com.partnerhub.service.domain.account.AccessLimit;
import com.partnerhub.service.web.support.Days;

/** A grant's limits as the API takes them. */
public final class AccessLimits {

    private AccessLimits() {
    }

    /**
     * An end as an ISO-8601 date and time with offset, or a day (YYYY-MM-DD) whose end it means (UTC); unreadable or
     * out of reach is a field error, not a guess.
     */
    public static AccessLimit parse(Long siteId, String endsAt, Long untilOrderId) {
        Instant end = null;
        if (endsAt != null && !endsAt.isBlank()) {
            String text = endsAt.strip();
            if (text.length() == 10) {
                end = Days.parse(text, "accessEndsAt").plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            } else {
                try {
                    OffsetDateTime at = OffsetDateTime.parse(text);
                    Days.within(at.toLocalDate(), "accessEndsAt");
                    end = at.toInstant();
                } catch (DateTimeParseException e) {
                    throw Days.invalid("accessEndsAt");
                }
            }
        }
        return new AccessLimit(siteId, end, untilOrderId);
    }
}
