package com.partnerhub.service.application.site;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import com.partnerhub.service.application.shared.JsonSupport;
import com.partnerhub.service.domain.account.AccountMember;
import com.partnerhub.service.domain.account.AccountRepository;
import com.partnerhub.service.domain.account.AccountRole;
import com.partnerhub.service.domain.account.BillingParty;
import com.partnerhub.service.domain.account.CustomerAccount;
import com.partnerhub.service.domain.account.Permission;
import com.partnerhub.service.domain.agency.AgencyRepository;
import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.domain.identity.UserRepository;
import com.partnerhub.service.domain.job.JobKind;
import com.partnerhub.service.domain.job.JobRepository;
import com.partnerhub.service.domain.job.ScheduledJob;
import com.partnerhub.service.domain.site.Domain;
import com.partnerhub.service.domain.site.DomainContact;
import com.partnerhub.service.domain.site.Site;
import com.partnerhub.service.domain.site.SiteRepository;

/**
 * What changes hands when a site moves from its agency to a customer account, whether offered and accepted or by
 * itself at the final payment: the site (and with it who is billed), its domains' contacts and payer, and the access
 * the agency keeps. Everything it changes it remembers, so an undo puts back exactly that.
 */
@ApplicationScoped
public class SiteHandover {

    /** What an agency that stays on after a handover may do in the customer's account. */
    public static final Set<Permission> STAY_PERMISSIONS = EnumSet.of(Permission.EDIT_SITE, Permission.CONTACT_SUPPORT);

    private SiteRepository sites;
    private AccountRepository accounts;
    private AgencyRepository agencies;
    private UserRepository users;
    private JobRepository jobs;

    protected SiteHandover() {
    }

    @Inject
    public SiteHandover(SiteRepository sites, AccountRepository accounts, AgencyRepository agencies, UserRepository users,
                        JobRepository jobs) {
        this.sites = sites;
        this.accounts = accounts;
        this.agencies = agencies;
        this.users = users;
        this.jobs = jobs;
    }

    /**
     * What moved: the restore state to keep on the transfer, the permissions the agency user kept (empty if it left),
     * and the domains whose contacts changed.
     */
    public record Moved(String restoreState, Set<Permission> agencyKeeps, List<Domain> domains) {
    }

    /** Moves the site into {@code account}; {@code agencyUserId} is who offered it, kept as collaborator if it stays. */
    public Moved move(Site site, CustomerAccount account, long agencyUserId, boolean agencyStays, Instant now) {
        var restore = JsonSupport.PROVIDER.createObjectBuilder();
        JsonArrayBuilder domainStates = JsonSupport.PROVIDER.createArrayBuilder();
        List<Domain> domains = sites.domainsOf(site.id());
        // built only for domains that move: a payment that hands a site without domains over never depends on them
        DomainContact owner = domains.isEmpty() ? null : ownerContact(account);
        DomainContact agency = domains.isEmpty() ? null : agencyContact(site.agencyId(), agencyUserId);
        for (Domain d : domains) {
            domainStates.add(domainState(d));
            d.handOverTo(owner, agency, agencyStays);
            tellRegistrar(d, now);
        }
        restore.add("domains", domainStates);
        site.moveTo(account.id());
        Set<Permission> keeps = Set.of();
        if (agencyStays) {
            Optional<AccountMember> member = accounts.member(account.id(), agencyUserId);
            if (member.isPresent()) {
                restore.add("memberPermissions", names(member.get().permissions()));
                member.get().grant(STAY_PERMISSIONS);
                keeps = Set.copyOf(member.get().permissions());
            } else {
                restore.add("memberAdded", true);
                accounts.addMember(AccountMember.collaborator(account.id(), agencyUserId, STAY_PERMISSIONS, now));
                keeps = STAY_PERMISSIONS;
            }
        }
        return new Moved(restore.build().toString(), keeps, domains);
    }

    /** Puts back what {@link #move} changed, from its restore state. */
    public void restore(Site site, long accountId, long agencyUserId, String restoreState, Instant now) {
        JsonObject state = JsonSupport.parse(restoreState);
        site.backToAgency();
        for (JsonValue v : state.getJsonArray("domains") == null ? List.<JsonValue>of() : state.getJsonArray("domains")) {
            JsonObject before = v.asJsonObject();
            sites.findDomain(before.getJsonNumber("id").longValue()).ifPresent(d -> {
                d.restore(new Domain.Contacts(contact(before, "owner"), contact(before, "admin"), contact(before, "billing"),
                        contact(before, "tech")), BillingParty.valueOf(before.getString("payer")));
                tellRegistrar(d, now);
            });
        }
        // someone who has become the account's owner since keeps that: only a collaborator's access is put back
        Optional<AccountMember> member = accounts.member(accountId, agencyUserId).filter(m -> m.role() != AccountRole.OWNER);
        if (state.getBoolean("memberAdded", false)) {
            member.ifPresent(accounts::removeMember);
        } else if (state.containsKey("memberPermissions")) {
            member.ifPresent(m -> m.setPermissions(state.getJsonArray("memberPermissions").getValuesAs(JsonString.class).stream()
                    .map(s -> Permission.valueOf(s.getString())).collect(Collectors.toCollection(() -> EnumSet.noneOf(Permission.class)))));
        }
    }

    /** How long a registrar that failed is left alone before it is asked again. */
    static final java.time.Duration REGISTRAR_RETRY = java.time.Duration.ofMinutes(5);

    /** The registrar learns the domain's new state from a job after this transaction commits. */
    public void tellRegistrar(Domain d, Instant now) {
        jobs.schedule(new ScheduledJob(JobKind.DOMAIN_REGISTRAR_SYNC, d.id(), now, now));
    }

    /** The registrar failed: asked again later, so the other deadlines behind this job keep running meanwhile. */
    public void tellRegistrarLater(Domain d, Instant now) {
        jobs.schedule(new ScheduledJob(JobKind.DOMAIN_REGISTRAR_SYNC, d.id(), now.plus(REGISTRAR_RETRY), now));
    }

    /** The customer a domain is registered to: the account's owner by name, or the account's name while it has none. */
    public DomainContact ownerContact(CustomerAccount account) {
        String name = account.ownerUserId() == null ? account.name()
                : users.find(account.ownerUserId()).map(User::displayName).filter(n -> !n.isBlank()).orElse(account.name());
        return DomainContact.of("ownerContact", name, account.ownerEmail());
    }

    /** The agency as a domain's technical (and, while it pays, billing) contact: its name and the acting user's address. */
    public DomainContact agencyContact(long agencyId, long userId) {
        String name = agencies.find(agencyId).map(a -> a.name()).orElse("Agency");
        String email = users.find(userId).map(User::email).orElseThrow();
        return DomainContact.of("agencyContact", name, email);
    }

    private static JsonObject domainState(Domain d) {
        Domain.Contacts c = d.contacts();
        return JsonSupport.PROVIDER.createObjectBuilder().add("id", d.id()).add("payer", d.payer().name())
                .add("owner", contact(c.owner())).add("admin", contact(c.admin()))
                .add("billing", contact(c.billing())).add("tech", contact(c.tech())).build();
    }

    private static JsonObject contact(DomainContact c) {
        return JsonSupport.PROVIDER.createObjectBuilder().add("name", c.name()).add("email", c.email()).build();
    }

    private static DomainContact contact(JsonObject state, String role) {
        JsonObject c = state.getJsonObject(role);
        return DomainContact.of(role, c.getString("name"), c.getString("email"));
    }

    private static JsonArrayBuilder names(Set<Permission> permissions) {
        JsonArrayBuilder a = JsonSupport.PROVIDER.createArrayBuilder();
        new ArrayList<>(permissions).stream().map(Enum::name).sorted().forEach(a::add);
        return a;
    }

    /** The history's view of a domain's contacts, for the entries that record a move. */
    static Map<String, Object> contactsState(Domain d) {
        return Map.of("domain", d.name(), "payer", d.payer().name(), "owner", d.contacts().owner().email(),
                "billing", d.contacts().billing().email(), "tech", d.contacts().tech().email());
    }
}
