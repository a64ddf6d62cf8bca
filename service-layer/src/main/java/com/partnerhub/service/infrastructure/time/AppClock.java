package com.partnerhub.service.infrastructure.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The single clock of the service. Everything that asks "what time is it" (deadlines, history, tokens)
 * injects this, so the demo control can move time forward for the whole service at once.
 */
@ApplicationScoped
public class AppClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public AppClock() {
        this(Clock.systemUTC());
    }

    public AppClock(Clock base) {
        this.base = base;
    }

    /**
     * In microseconds, as the databases keep timestamps: an answer shows a time exactly as it is read back later (a
     * payment's replay, a list) and comparisons with stored times are exact.
     */
    @Override
    public Instant instant() {
        return base.instant().plus(offset.get()).truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the service clock is always UTC");
    }

    /** Moves time forward; only the demo control calls this. Time never goes backwards. */
    public Duration advance(Duration by) {
        if (by.isNegative() || by.isZero()) {
            throw new IllegalArgumentException("the clock only moves forward");
        }
        return offset.accumulateAndGet(by, Duration::plus);
    }

    public Duration offset() {
        return offset.get();
    }
}
