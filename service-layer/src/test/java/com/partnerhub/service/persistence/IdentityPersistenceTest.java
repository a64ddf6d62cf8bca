package com.partnerhub.service.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.RollbackException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.partnerhub.service.application.identity.IdentityService;
import com.partnerhub.service.domain.agency.AgencyRepository;
import com.partnerhub.service.domain.agency.MemberRole;
import com.partnerhub.service.domain.identity.IdentityClaims;
import com.partnerhub.service.domain.identity.PlatformRole;
import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.domain.shared.DomainConflict;
import com.partnerhub.service.persistence.agency.JpaAgencyRepository;
import com.partnerhub.service.persistence.identity.JpaUserRepository;
import com.partnerhub.service.testing.TestDatabase;

/** The identity mappings, repositories and provisioning on a real PostgreSQL and on H2. */
class IdentityPersistenceTest {

    private static final Instant T0 = Instant.parse("2026-11-02T10:15:30.123456Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void provisionsOnFirstSightAndKeepsInStepWithTheIssuer(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.migrated(true));
        try {
            IdentityClaims first = new IdentityClaims("portal-20431", " Eva@Example.ORG ", "Eva Example", "de", Set.of(PlatformRole.PROVIDER_STAFF));
            User created = inTx(emf, T0, s -> s.resolve(first));
            assertThat(created.id()).isPositive();
            assertThat(created.email()).isEqualTo("eva@example.org");

            User again = inTx(emf, T0.plusSeconds(60), s -> s.resolve(first));
            assertThat(again.id()).isEqualTo(created.id());
            assertThat(again.version()).as("unchanged claims cost no write").isEqualTo(created.version());
            assertThat(again.createdAt()).isEqualTo(T0);

            IdentityClaims renamed = new IdentityClaims("portal-20431", "eva@example.org", "Eva Neu", "en", Set.of());
            User updated = inTx(emf, T0.plusSeconds(120), s -> s.resolve(renamed));
            assertThat(updated.displayName()).isEqualTo("Eva Neu");
            assertThat(updated.roles()).isEmpty();
            assertThat(updated.version()).isGreaterThan(created.version());

            EntityManager em = emf.createEntityManager();
            User reloaded = new JpaUserRepository(em).findBySubject("portal-20431").orElseThrow();
            assertThat(reloaded.displayName()).isEqualTo("Eva Neu");
            assertThat(reloaded.locale()).isEqualTo("en");
            assertThat(reloaded.updatedAt()).isEqualTo(T0.plusSeconds(120));
            em.close();
        } finally {
            emf.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anEmailBelongsToOneUser(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.migrated(true));
        try {
            IdentityClaims impostor = new IdentityClaims("portal-1", "ANNA@agentur-beispiel.example", "Not Anna", null, Set.of());
            assertThatThrownBy(() -> inTx(emf, T0, s -> s.resolve(impostor)))
                    .isInstanceOf(DomainConflict.class)
                    .satisfies(e -> assertThat(((DomainConflict) e).code()).isEqualTo("EMAIL_ALREADY_REGISTERED"));
            EntityManager em = emf.createEntityManager();
            assertThat(new JpaUserRepository(em).findBySubject("portal-1")).isEmpty();
            em.close();
        } finally {
            emf.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void listsTheAgenciesAUserWorksFor(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.migrated(true));
        try {
            EntityManager em = emf.createEntityManager();
            User ben = new JpaUserRepository(em).findBySubject("demo-ben").orElseThrow();
            User clara = new JpaUserRepository(em).findBySubject("demo-clara").orElseThrow();
            var memberships = new JpaAgencyRepository(em).membershipsOf(ben.id());
            assertThat(memberships).extracting(m -> m.agency().name(), AgencyRepository.Membership::role)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Agentur Beispiel", MemberRole.MEMBER));
            assertThat(new JpaAgencyRepository(em).membershipsOf(clara.id())).isEmpty();
            assertThat(new JpaUserRepository(em).findBySubjectPrefix("demo-")).hasSize(8);
            assertThat(new JpaUserRepository(em).findBySubjectPrefix("demo_")).as("like wildcards are escaped").isEmpty();
            em.close();
        } finally {
            emf.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void concurrentChangesOfOneUserAreDetected(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.migrated(true));
        try {
            EntityManager a = emf.createEntityManager();
            EntityManager b = emf.createEntityManager();
            a.getTransaction().begin();
            b.getTransaction().begin();
            User viaA = new JpaUserRepository(a).findBySubject("demo-clara").orElseThrow();
            User viaB = new JpaUserRepository(b).findBySubject("demo-clara").orElseThrow();
            viaA.syncWith(new IdentityClaims("demo-clara", "clara@kunde-eins.example", "Clara A", "de", Set.of()), T0);
            viaB.syncWith(new IdentityClaims("demo-clara", "clara@kunde-eins.example", "Clara B", "de", Set.of()), T0);
            a.getTransaction().commit();
            assertThatThrownBy(() -> b.getTransaction().commit()).isInstanceOf(RollbackException.class)
                    .hasCauseInstanceOf(jakarta.persistence.OptimisticLockException.class);
            a.close();
            b.close();
        } finally {
            emf.close();
        }
    }

    private static <T> T inTx(EntityManagerFactory emf, Instant now, Function<IdentityService, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            JpaUserRepository users = new JpaUserRepository(em);
            IdentityService service = new IdentityService(users,
                    new com.partnerhub.service.application.identity.UserProvisioning(users, Clock.fixed(now, ZoneOffset.UTC)),
                    new JpaAgencyRepository(em));
            T result = work.apply(service);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
