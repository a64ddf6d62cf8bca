package com.partnerhub.service.web.account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.partnerhub.service.domain.account.AccessLimit;
import com.partnerhub.service.domain.shared.ValidationException;
import com.partnerhub.service.domain.shared.Violation;

/** A grant's limits as the API takes them. */
public final class AccessLimits {

    private AccessLimits() {
    }

    /**
     * An end as an ISO-8601 date and time with offset, or a day (YYYY-MM-DD) whose end it means (UTC); unreadable is a
     * field error, not a guess.
     */
    public static AccessLimit parse(Long siteId, String endsAt, Long untilOrderId) {
        Instant end = null;
        if (endsAt != null && !endsAt.isBlank()) {
            String text = endsAt.strip();
            try {
                end = text.length() == 10 ? LocalDate.parse(text).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()
                        : OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                throw new ValidationException(List.of(new Violation("accessEndsAt", "INVALID_DATE")));
            }
        }
        return new AccessLimit(siteId, end, untilOrderId);
    }
}
