package com.partnerhub.service.domain.shared;

/**
 * One broken rule about one input field: {@code field} is a JSON path ({@code milestones[1].days}),
 * {@code code} a stable reason ({@code REQUIRED}, {@code TOO_LONG}, …) and {@code args} fill its message.
 */
public record Violation(String field, String code, Object... args) {
}
