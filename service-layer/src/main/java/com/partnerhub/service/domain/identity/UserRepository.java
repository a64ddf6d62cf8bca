package com.partnerhub.service.domain.identity;

import java.util.List;
import java.util.Optional;

public interface UserRepository {

    Optional<User> findBySubject(String subject);

    Optional<User> findByEmail(String normalizedEmail);

    List<User> findBySubjectPrefix(String prefix);

    User add(User user);

    /** This unit of work stops tracking the user (it reads them afresh next time). */
    void forget(User user);

    Optional<User> find(long id);

    List<User> findAll(java.util.Collection<Long> ids);
}
