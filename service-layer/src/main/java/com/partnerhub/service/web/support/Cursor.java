package com.partnerhub.service.web.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import com.partnerhub.api.error.ErrorCode;
import com.partnerhub.service.application.shared.Page;
import com.partnerhub.service.domain.shared.Violation;
import com.partnerhub.service.web.problem.ProblemException;

/** Opaque keyset cursors and page limits, read and checked the same way by every list resource. */
public final class Cursor {

    private static final String PREFIX = "after:";

    private Cursor() {
    }

    public static String encode(Long afterId) {
        return afterId == null ? null
                : Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + afterId).getBytes(StandardCharsets.UTF_8));
    }

    /** The id to continue after; 0 for the first page. A cursor this service did not make is a 400. */
    public static long decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                long id = Long.parseLong(text.substring(PREFIX.length()));
                if (id >= 0) {
                    return id;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the problem below
        }
        throw new ProblemException(ErrorCode.VALIDATION_FAILED, List.of(new Violation("cursor", "INVALID_VALUE")));
    }

    public static int limit(Integer limit) {
        if (limit == null) {
            return Page.DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > Page.MAX_LIMIT) {
            throw new ProblemException(ErrorCode.VALIDATION_FAILED,
                    List.of(new Violation("limit", "OUT_OF_RANGE", 1, Page.MAX_LIMIT)));
        }
        return limit;
    }
}
