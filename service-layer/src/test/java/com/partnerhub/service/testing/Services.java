package com.partnerhub.service.testing;

import java.time.Clock;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import com.partnerhub.service.application.account.AccountService;
import com.partnerhub.service.application.account.InvitationService;
import com.partnerhub.service.application.identity.IdentityService;
import com.partnerhub.service.application.catalogue.CatalogueService;
import com.partnerhub.service.application.conversation.ConversationService;
import com.partnerhub.service.persistence.conversation.JpaConversationRepository;
import com.partnerhub.service.application.invoice.BillingService;
import com.partnerhub.service.application.invoice.PaymentService;
import com.partnerhub.service.application.job.JobProcessor;
import com.partnerhub.service.application.notification.Audiences;
import com.partnerhub.service.application.notification.DeliveryDispatcher;
import com.partnerhub.service.application.notification.EventFactsReader;
import com.partnerhub.service.application.notification.NotificationFanOut;
import com.partnerhub.service.application.notification.NotificationService;
import com.partnerhub.service.application.notification.NotificationSettings;
import com.partnerhub.service.application.notification.WebhookService;
import com.partnerhub.service.infrastructure.notification.TemplateComposer;
import com.partnerhub.service.persistence.notification.JpaDeliveryRepository;
import com.partnerhub.service.persistence.notification.JpaNotificationRepository;
import com.partnerhub.service.application.order.OrderAccess;
import com.partnerhub.service.application.order.MilestoneWorkflow;
import com.partnerhub.service.application.order.OrderPlacement;
import com.partnerhub.service.application.order.OrderQueries;
import com.partnerhub.service.persistence.catalogue.JpaPackageRepository;
import com.partnerhub.service.persistence.invoice.JpaInvoiceRepository;
import com.partnerhub.service.persistence.order.JpaOrderRepository;
import com.partnerhub.service.application.shared.AccessPolicy;
import com.partnerhub.service.application.shared.Deadlines;
import com.partnerhub.service.application.shared.HistoryRecorder;
import com.partnerhub.service.application.site.SiteService;
import com.partnerhub.service.application.site.TransferService;
import com.partnerhub.service.domain.identity.IdentityClaims;
import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.persistence.account.JpaAccountRepository;
import com.partnerhub.service.persistence.agency.JpaAgencyRepository;
import com.partnerhub.service.persistence.history.JpaHistoryRepository;
import com.partnerhub.service.persistence.identity.JpaUserRepository;
import com.partnerhub.service.persistence.invitation.JpaInvitationRepository;
import com.partnerhub.service.persistence.job.JpaJobRepository;
import com.partnerhub.service.persistence.site.JpaSiteRepository;

/**
 * The real application services and repositories wired by hand over one entity manager, the way CDI wires
 * them in the container, for in-process tests on a real database. {@link #inTx} plays the container's
 * transaction boundary.
 */
public final class Services {

    public final EntityManager em;
    public final JpaUserRepository users;
    public final JpaAgencyRepository agencies;
    public final JpaAccountRepository accounts;
    public final JpaInvitationRepository invitationRepository;
    public final JpaSiteRepository sites;
    public final JpaHistoryRepository history;
    public final JpaJobRepository jobs;
    public final AccessPolicy access;
    public final IdentityService identity;
    public final AccountService accountService;
    public final InvitationService invitationService;
    public final SiteService siteService;
    public final TransferService transferService;
    public final com.partnerhub.service.application.account.AccessGrants grants;
    public final com.partnerhub.service.application.site.SiteHandover handover;
    public final com.partnerhub.service.application.site.DomainService domainService;
    /** What the in-process tests' registrar was told: one per test JVM, like the container's application-scoped one. */
    public static final com.partnerhub.service.infrastructure.registrar.RecordingDomainRegistrar sharedRegistrar =
            new com.partnerhub.service.infrastructure.registrar.RecordingDomainRegistrar();
    public final com.partnerhub.service.infrastructure.registrar.RecordingDomainRegistrar registrar;
    public final JobProcessor jobProcessor;
    public final JpaPackageRepository packages;
    public final JpaOrderRepository orders;
    public final JpaInvoiceRepository invoices;
    public final CatalogueService catalogue;
    public final OrderAccess orderAccess;
    public final BillingService billing;
    public final OrderPlacement orderPlacement;
    public final MilestoneWorkflow milestoneWorkflow;
    public final OrderQueries orderQueries;
    public final PaymentService payments;
    public final ConversationService conversationService;
    public final JpaNotificationRepository notifications;
    public final JpaDeliveryRepository deliveries;
    public final NotificationFanOut fanOut;
    public final DeliveryDispatcher dispatcher;
    public final NotificationService notificationService;
    public final WebhookService webhookService;
    public final com.partnerhub.service.application.order.OrderWorkspaceService workspace;
    public final com.partnerhub.service.application.order.DocumentService documents;
    public final com.partnerhub.service.application.order.ContactService contacts;
    public final com.partnerhub.service.application.agency.ClientOverview clientOverview;
    public final com.partnerhub.service.application.agency.BulkActions bulk;
    public final com.partnerhub.service.application.audit.AuditTrail audit;
    public final com.partnerhub.service.persistence.order.JpaOrderDocumentRepository documentRepository;

    /** Where documents of in-process tests are kept: a fresh folder per test JVM. */
    public static final java.nio.file.Path DOCUMENT_FOLDER = createDocumentFolder();

    private static java.nio.file.Path createDocumentFolder() {
        try {
            return java.nio.file.Files.createTempDirectory("partnerhub-documents");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public Services(EntityManager em, Clock clock, Deadlines deadlines) {
        this(em, clock, deadlines, NotificationSettings.defaults());
    }

    public Services(EntityManager em, Clock clock, Deadlines deadlines, NotificationSettings notificationSettings) {
        this.em = em;
        users = new JpaUserRepository(em);
        agencies = new JpaAgencyRepository(em);
        accounts = new JpaAccountRepository(em);
        invitationRepository = new JpaInvitationRepository(em);
        sites = new JpaSiteRepository(em);
        history = new JpaHistoryRepository(em);
        jobs = new JpaJobRepository(em);
        access = new AccessPolicy(accounts);
        HistoryRecorder recorder = new HistoryRecorder(history, clock);
        identity = new IdentityService(users, new com.partnerhub.service.application.identity.UserProvisioning(users, clock), agencies);
        orders = new JpaOrderRepository(em);
        grants = new com.partnerhub.service.application.account.AccessGrants(accounts, sites, orders, access, recorder,
                com.partnerhub.service.application.account.AccessRules.defaults(), clock);
        accountService = new AccountService(accounts, invitationRepository, users, jobs, history, access, recorder, deadlines, grants,
                clock);
        invitationService = new InvitationService(accounts, invitationRepository, accountService, access, grants, recorder, clock);
        siteService = new SiteService(sites, accounts, access, recorder, clock);
        packages = new JpaPackageRepository(em);
        invoices = new JpaInvoiceRepository(em);
        registrar = sharedRegistrar;
        handover = new com.partnerhub.service.application.site.SiteHandover(sites, accounts, agencies, users, jobs);
        transferService = new TransferService(sites, accounts, orders, invoices, jobs, handover, access, recorder, deadlines, clock);
        domainService = new com.partnerhub.service.application.site.DomainService(sites, accounts, orders, users, siteService,
                handover, registrar, access, recorder, clock);
        catalogue = new CatalogueService(packages, recorder, clock);
        orderAccess = new OrderAccess(orders, access);
        billing = new BillingService(invoices, sites, accounts, agencies, orderAccess, recorder, clock);
        JpaConversationRepository conversations = new JpaConversationRepository(em);
        conversationService = new ConversationService(conversations, orders, accounts, agencies, access,
                recorder, clock);
        orderPlacement = new OrderPlacement(orders, packages, sites, billing, conversationService, orderAccess, access, recorder, clock);
        milestoneWorkflow = new MilestoneWorkflow(orders, billing, conversationService, orderAccess, recorder, transferService,
                deadlines, clock);
        orderQueries = new OrderQueries(orders, accounts, history, billing, orderAccess, access, clock);
        payments = new PaymentService(invoices, milestoneWorkflow, clock);
        documentRepository = new com.partnerhub.service.persistence.order.JpaOrderDocumentRepository(em);
        workspace = new com.partnerhub.service.application.order.OrderWorkspaceService(orders, packages,
                new com.partnerhub.service.persistence.order.JpaOrderNoteRepository(em), documentRepository, history, milestoneWorkflow,
                orderAccess, access, recorder, clock);
        documents = new com.partnerhub.service.application.order.DocumentService(documentRepository, orderAccess,
                milestoneWorkflow, workspace, recorder, new com.partnerhub.service.infrastructure.storage.FileDocumentStore(
                        DOCUMENT_FOLDER, 10L << 20, com.partnerhub.service.infrastructure.storage.FileDocumentStore.DEFAULT_TYPES), clock);
        contacts = new com.partnerhub.service.application.order.ContactService(
                new com.partnerhub.service.persistence.order.JpaContactRepository(em), access);
        jobProcessor = new JobProcessor(jobs, invitationService, transferService, milestoneWorkflow, workspace, domainService, grants,
                clock);
        clientOverview = new com.partnerhub.service.application.agency.ClientOverview(
                new com.partnerhub.service.persistence.agency.JpaClientOverviewRepository(em), access);
        bulk = new com.partnerhub.service.application.agency.BulkActions(invitationService, transferService, sites, access);
        audit = new com.partnerhub.service.application.audit.AuditTrail(history, access,
                new com.partnerhub.service.application.shared.Actors(users), clock);
        notifications = new JpaNotificationRepository(em);
        deliveries = new JpaDeliveryRepository(em);
        fanOut = new NotificationFanOut(notifications, deliveries, new EventFactsReader(orders, invoices,
                conversations, invitationRepository, sites, accounts, agencies, users),
                new Audiences(notifications, accounts, users, notificationSettings), new TemplateComposer(notificationSettings),
                notificationSettings, new com.partnerhub.service.application.notification.PortalAccess(sites, invitationRepository, accounts, users,
                        notifications), clock);
        dispatcher = new DeliveryDispatcher(deliveries, notificationSettings, clock);
        notificationService = new NotificationService(notifications, clock);
        webhookService = new WebhookService(deliveries, agencies, notificationSettings, clock);
    }

    /** Runs {@code work} in one transaction on a fresh entity manager, committing on success, rolling back on failure. */
    public static <T> T inTx(EntityManagerFactory emf, Clock clock, Function<Services, T> work) {
        return inTx(emf, clock, NotificationSettings.defaults(), work);
    }

    public static <T> T inTx(EntityManagerFactory emf, Clock clock, NotificationSettings settings, Function<Services, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(new Services(em, clock, Deadlines.defaults(), settings));
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** The user of a demo subject (see db/demo), or a new one provisioned from the given e-mail. */
    public User user(String subjectOrEmail) {
        if (subjectOrEmail.contains("@")) {
            return identity.resolve(new IdentityClaims("portal-" + subjectOrEmail, subjectOrEmail, null, null, Set.of()));
        }
        return users.findBySubject(subjectOrEmail).orElseThrow();
    }
}
