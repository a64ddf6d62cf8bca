package com.partnerhub.service.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import com.partnerhub.service.infrastructure.time.AppClock;

class AppClockTest {

    @Test
    void movesForwardAndAddsUp() {
        Instant t0 = Instant.parse("2026-11-23T10:00:00Z");
        AppClock clock = new AppClock(Clock.fixed(t0, ZoneOffset.UTC));
        assertThat(clock.instant()).isEqualTo(t0);
        clock.advance(Duration.ofDays(8));
        clock.advance(Duration.ofHours(1));
        assertThat(clock.instant()).isEqualTo(t0.plus(Duration.ofDays(8)).plusSeconds(3600));
        assertThat(clock.offset()).isEqualTo(Duration.ofHours(193));
    }

    @Test
    void neverGoesBack() {
        AppClock clock = new AppClock();
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> clock.advance(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThat(clock.offset()).isZero();
    }

    @Test
    void tellsTimeInMicrosecondsAsTheDatabasesKeepIt() {
        AppClock clock = new AppClock(Clock.fixed(Instant.parse("2026-11-23T10:00:00.123456789Z"), ZoneOffset.UTC));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-23T10:00:00.123456Z"));
    }
}
