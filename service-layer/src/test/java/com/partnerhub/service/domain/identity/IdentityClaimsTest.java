package com.partnerhub.service.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.partnerhub.service.domain.shared.ValidationException;

class IdentityClaimsTest {

    @Test
    void normalizesEmailAndDefaultsTheName() {
        IdentityClaims c = new IdentityClaims("s", "  Mia@Example.COM ", " ", null, Set.of());
        assertThat(c.email()).isEqualTo("mia@example.com");
        assertThat(c.displayName()).isEqualTo("mia@example.com");
    }

    @Test
    void rejectsClaimsWithoutSubjectOrWithABadEmail() {
        assertThatThrownBy(() -> new IdentityClaims(null, "not-an-email", "x", null, Set.of()))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .extracting(v -> v.field() + ":" + v.code())
                        .containsExactly("sub:REQUIRED", "email:INVALID_EMAIL"));
    }

    @Test
    void aUserFollowsItsIssuer() {
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        User u = User.provision(new IdentityClaims("s1", "a@b.de", "A", "de", Set.of(PlatformRole.ADMIN)), t0);
        assertThat(u.has(PlatformRole.ADMIN)).isTrue();
        assertThat(u.syncWith(new IdentityClaims("s1", "a@b.de", "A", "de", Set.of(PlatformRole.ADMIN)), t0.plusSeconds(1))).isFalse();
        assertThat(u.updatedAt()).isEqualTo(t0);
        assertThat(u.syncWith(new IdentityClaims("s1", "a@b.de", "A", "de", Set.of()), t0.plusSeconds(2))).isTrue();
        assertThat(u.has(PlatformRole.ADMIN)).isFalse();
        assertThat(u.updatedAt()).isEqualTo(t0.plusSeconds(2));
        assertThatThrownBy(() -> u.syncWith(new IdentityClaims("s2", "a@b.de", "A", "de", Set.of()), t0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
