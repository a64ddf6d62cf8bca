package com.partnerhub.service.domain.invitation;

import java.util.List;
import java.util.Optional;

public interface InvitationRepository {

    Invitation add(Invitation invitation);

    Optional<Invitation> find(long id);

    Optional<Invitation> findByTokenHash(String tokenHash);

    List<Invitation> ofAccount(long accountId);

    List<Invitation> pendingFor(String email);

    boolean hasPending(long accountId, String email);
}
