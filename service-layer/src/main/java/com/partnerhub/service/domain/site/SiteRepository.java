package com.partnerhub.service.domain.site;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface SiteRepository {

    Site add(Site site);

    Optional<Site> find(long id);

    /** Sites built by these agencies or owned by these accounts, by id, after {@code afterId}, at most {@code limit}. */
    default List<Site> visibleTo(Collection<Long> agencyIds, Collection<Long> accountIds, long afterId, int limit) {
        return visibleTo(agencyIds, accountIds, java.util.Map.of(), afterId, limit);
    }

    /** As above, and single sites while their account owns them (grants limited to one site: site id to account id). */
    List<Site> visibleTo(Collection<Long> agencyIds, Collection<Long> accountIds, java.util.Map<Long, Long> accountOfSite, long afterId,
                         int limit);

    /** Every site, for staff. */
    List<Site> all(long afterId, int limit);

    SiteTransfer addTransfer(SiteTransfer transfer);

    Optional<SiteTransfer> findTransfer(long id);

    Optional<SiteTransfer> findTransferByTokenHash(String tokenHash);

    boolean hasPendingTransfer(long siteId);

    List<SiteTransfer> transfersOf(long siteId);

    List<SiteTransfer> pendingTransfersFor(String email);

    /** Accepted transfers into these accounts whose undo window is still open at {@code now}, newest first. */
    List<SiteTransfer> undoableInto(Collection<Long> accountIds, java.time.Instant now);

    Domain addDomain(Domain domain);

    Optional<Domain> findDomain(long id);

    boolean domainExists(String name);

    /** The site's domains by name. */
    List<Domain> domainsOf(long siteId);
}
