package com.partnerhub.service.infrastructure.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;

import com.partnerhub.service.application.account.AccountService;
import com.partnerhub.service.application.account.Answer;
import com.partnerhub.service.application.account.InvitationService;
import com.partnerhub.service.application.account.OpenAccount;
import com.partnerhub.service.application.conversation.ConversationService;
import com.partnerhub.service.application.invoice.BillingService;
import com.partnerhub.service.application.invoice.PaymentService;
import com.partnerhub.service.application.order.MilestoneWorkflow;
import com.partnerhub.service.application.order.OrderPlacement;
import com.partnerhub.service.application.order.PlaceOrder;
import com.partnerhub.service.application.site.DomainService;
import com.partnerhub.service.application.site.SiteService;
import com.partnerhub.service.application.site.TransferService;
import com.partnerhub.service.domain.account.Permission;
import com.partnerhub.service.domain.catalogue.PackageRepository;
import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.domain.identity.UserRepository;
import com.partnerhub.service.domain.invoice.Invoice;
import com.partnerhub.service.domain.order.Milestone;
import com.partnerhub.service.domain.order.Order;
import com.partnerhub.service.domain.order.OrderRepository;
import com.partnerhub.service.infrastructure.config.Profile;

/**
 * The embedded default's working day: on a first start (no orders yet) the demo cast's accounts, sites, a pending
 * invitation and transfer, and orders in every state for both agencies — awaiting payment, in progress, delivered
 * and waiting for review, revision requested, completed, ended early — so each demo user meets a living product.
 * Everything is made through the same use cases a person would trigger, so it is as real as anything made later.
 * {@code partnerhub.demo.working-day=false} leaves the demo empty (tests that need a blank slate).
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoWorkingDay {

    private static final Logger LOG = Logger.getLogger(DemoWorkingDay.class.getName());
    static final String ENABLED = "partnerhub.demo.working-day";

    @Inject
    Config config;
    @Inject
    UserRepository users;
    @Inject
    OrderRepository orders;
    @Inject
    PackageRepository packages;
    @Inject
    AccountService accounts;
    @Inject
    InvitationService invitations;
    @Inject
    SiteService sites;
    @Inject
    TransferService transfers;
    @Inject
    DomainService domains;
    @Inject
    OrderPlacement placement;

    @Inject
    MilestoneWorkflow workflow;
    @Inject
    PaymentService payments;
    @Inject
    BillingService billing;
    @Inject
    ConversationService conversations;
    @Inject
    com.partnerhub.service.application.order.OrderWorkspaceService workspace;
    @Inject
    com.partnerhub.service.application.order.DocumentService documents;

    private User anna;
    private User clara;
    private User david;
    private User nora;
    private User petra;

    @PostConstruct
    void seed() {
        if (!Profile.current(config).isEmbedded() || !config.getOptionalValue(ENABLED, Boolean.class).orElse(true)
                || !orders.all(new OrderRepository.Filter(null, null, null), 0, 1).isEmpty()) {
            return;
        }
        try {
            anna = user("demo-anna");
            clara = user("demo-clara");
            david = user("demo-david");
            nora = user("demo-nora");
            petra = user("demo-petra");
            workingDay();
            LOG.info("demo working day created: accounts, sites and orders in every state");
        } catch (RuntimeException e) {
            // a demo without its working day still starts; what was made stays
            LOG.log(Level.WARNING, "the demo working day could not be completed", e);
        }
    }

    private void workingDay() {
        Set<Permission> agencyPermissions = EnumSet.of(Permission.ORDER_PRODUCTS, Permission.CHANGE_SPECS,
                Permission.CONTACT_SUPPORT, Permission.EDIT_SITE, Permission.VIEW_INVOICES);
        long claras = ownAccount(clara, "Blumenladen Kundin");
        join(clara, claras, anna, agencyPermissions);
        // Clara's colleague Emil has an invitation waiting in his inbox
        invitations.invite(clara, claras, "emil@kunde-eins.example", EnumSet.of(Permission.VIEW_INVOICES));
        long davids = ownAccount(david, "Kunde Zwei GmbH");
        join(david, davids, nora, agencyPermissions);

        // one site already handed over to Clara (the agency stays on), one still the agency's, one offered to David
        long agencyId = anna.agencyIds().iterator().next();
        long handedOver = sites.create(anna, agencyId, "Blumenladen Kundin", "blumenladen-kundin.example").site().id();
        // its domain is Clara's while the agency pays; the transfer moves owner, billing and payer to her (undoable for a day)
        domains.order(anna, handedOver, new DomainService.OrderDomain("blumenladen-kundin.example", clara.displayName(),
                clara.email(), null));
        transfers.accept(clara, new Answer(transfers.start(anna, handedOver, clara.email(), true).token(), null));
        long weddings = sites.create(anna, agencyId, "Blumenladen Hochzeiten", "hochzeiten-blumenladen.example").site().id();
        long noras = nora.agencyIds().iterator().next();
        long offered = sites.create(nora, noras, "Kunde Zwei Landingpage", "kunde-zwei.example").site().id();
        transfers.start(nora, offered, david.email(), false);

        // Agentur Beispiel for Clara (in German): every state an order passes through
        Order waiting = website(anna, claras, "Frühjahrsaktion Landingpage", 120000, true);
        post(clara, waiting, "Die Rechnung geht diese Woche raus, danke!");
        Order working = website(anna, claras, "Blumenladen Website", 300000, true);
        pay(working);
        document(clara, working, null, "Texte Startseite.txt", "Willkommen im Blumenladen! Frische Sträuße seit 1990.");
        document(clara, working, "logo", "Logo Blumenladen.png", null);
        workspace.reviseBrief(clara, working.id(), Map.of("business", "Blumen, Floristik und Hochzeitsdeko", "style", "modern",
                "pages", "Start, Sortiment, Hochzeiten, Kontakt"));
        workspace.addNote(anna, working.id(), "Kundin möchte vor Ostern live gehen – Fotos kommen von ihrem Neffen.");
        workflow.markStep(anna, working.id(), 1, 1, true);
        workflow.reportProgress(anna, working.id(), 1, "Entwurf der Startseite steht, Farben nach Logo.");
        post(anna, working, "Können Sie uns bis Freitag die Fotos der Filiale schicken?");
        Order review = website(anna, claras, "Hochzeitsfloristik Microsite", 180000, true);
        pay(review);
        document(clara, review, null, "Fotos Hochzeiten.txt", "Bildliste: Brautstrauß, Tischdeko, Kirche.");
        workflow.deliver(petra, review.id(), 1, "Die Basisversion steht: Startseite, Galerie und Kontaktformular.",
                "https://vorschau.example/hochzeitsfloristik");
        post(petra, review, "Die Basisversion ist online auf der Vorschau-Adresse.");
        Order revision = website(anna, claras, "Trauerfloristik Seiten", 90000, true);
        pay(revision);
        document(clara, revision, null, "Texte Trauerfloristik.txt", "Kränze, Gestecke, Urnenschmuck.");
        deliver(revision, 1);
        workflow.requestRevision(clara, revision.id(), 1, "Bitte die Farben anpassen");
        post(clara, revision, "Bitte ruhigere Farben und größere Schrift.");
        // waiting for the customer: one order whose brief lacks a required answer, one the agency put on hold
        Order briefing = placement.place(anna, new PlaceOrder(null, claras, null, packages.findByCode("WEBSITE").orElseThrow().id(),
                "Herbst-Newsletter Seite", 40000, "EUR", null, null, null, Map.of("style", "klassisch"), true)).order();
        pay(briefing);
        Order held = website(anna, claras, "Sommerkatalog Website", 70000, true);
        pay(held);
        workspace.hold(anna, held.id());
        workspace.addNote(anna, held.id(), "Angehalten, bis die Kundin die Preise für den Katalog freigibt.");
        Order done = website(anna, claras, "Visitenkarten-Website", 60000, true);
        document(clara, done, null, "Visitenkarte.txt", "Name, Telefon, Adresse.");
        for (int position = 1; position <= 3; position++) {
            pay(done);
            deliver(done, position);
            workflow.accept(clara, done.id(), position);
        }
        // the wedding site moves to Clara by itself once she pays its final tranche, which is now due
        Order handover = placement.place(anna, new PlaceOrder(null, claras, weddings, packages.findByCode("WEBSITE").orElseThrow().id(),
                "Hochzeiten Website mit Übergabe", 80000, "EUR", null, null, null, Map.of("business", "Hochzeitsfloristik",
                "style", "verspielt"), true, null, true)).order();
        domains.order(anna, weddings, new DomainService.OrderDomain("hochzeiten-blumenladen.example", null, null, null));
        for (int position = 1; position <= 2; position++) {
            pay(handover);
            deliver(handover, position);
            workflow.accept(clara, handover.id(), position);
        }
        Order ended = website(anna, claras, "Blog-Relaunch", 150000, true);
        pay(ended);
        document(clara, ended, null, "Blogartikel.txt", "Zehn Artikel zur Pflanzenpflege.");
        deliver(ended, 1);
        workflow.accept(clara, ended.id(), 1);
        pay(ended); // the second milestone was paid before Clara ended the order: its invoice gets a credit note
        workflow.end(clara, ended.id());

        // Webwerk Nord for David (in English): one in progress, one waiting for his review
        Order relaunch = website(nora, davids, "Kunde Zwei relaunch", 450000, false);
        pay(relaunch);
        document(david, relaunch, null, "Product texts.txt", "Bolts, nuts, washers: descriptions and prices.");
        workflow.reportProgress(nora, relaunch.id(), 1, "Wireframes shared for the product pages.");
        Order shop = website(nora, davids, "Kunde Zwei online shop", 600000, false);
        pay(shop);
        document(nora, shop, "logo", "Kunde Zwei logo.png", null);
        workflow.deliver(petra, shop.id(), 1, "The base version is up: catalogue, cart and checkout.",
                "https://preview.example/kunde-zwei-shop");
        post(david, shop, "Looks great so far, I'll review it on Monday.");
    }

    private User user(String subject) {
        return users.findBySubject(subject).orElseThrow(() -> new IllegalStateException("demo user " + subject + " missing"));
    }

    private long ownAccount(User owner, String name) {
        return accounts.open(owner, new OpenAccount(name, null, null, false, null, null, null)).account().id();
    }

    private void join(User owner, long accountId, User invitee, Set<Permission> permissions) {
        String token = invitations.invite(owner, accountId, invitee.email(), permissions).token();
        invitations.accept(invitee, new Answer(token, null));
    }

    private Order website(User agency, long accountId, String title, long priceMinor, boolean german) {
        long website = packages.findByCode("WEBSITE").orElseThrow().id();
        return placement.place(agency, new PlaceOrder(null, accountId, null, website, title, priceMinor, "EUR", null, null, null,
                Map.of("business", german ? "Blumen und Floristik" : "Industrial supplies", "style", "modern"), german)).order();
    }

    /** Pays the order's open invoice the way the billing system's callback does. */
    private void pay(Order order) {
        List<Invoice> open = billing.ofCheckedOrder(order).stream().filter(i -> i.status().name().equals("ISSUED")).toList();
        for (Invoice invoice : open) {
            payments.record("demo-" + invoice.number(), "demo-" + invoice.number(),
                    new PaymentService.PaymentNotice(invoice.number(), invoice.amountMinor(), invoice.currency(), "demo"), i -> "{}");
        }
    }

    /** The party the milestone names delivers it: the agency, or provider staff. */
    private void deliver(Order order, int position) {
        Milestone m = orders.find(order.id()).orElseThrow().milestone(position);
        User by = switch (m.actingParty()) {
            case PROVIDER -> petra;
            case AGENCY -> anna.agencyIds().contains(order.agencyId()) ? anna : nora;
            case CUSTOMER -> anna.agencyIds().contains(order.agencyId()) ? clara : david;
        };
        workflow.deliver(by, order.id(), position, null, null);
    }

    /** A tiny 1×1 image when {@code text} is null. */
    private static final byte[] PNG = java.util.HexFormat.of().parseHex("89504e470d0a1a0a0000000d49484452000000010000000108060000"
            + "001f15c4890000000d4944415478da63f8cfc0f01f0005000201a0c9b4a70000000049454e44ae426082");

    private void document(User by, Order order, String question, String name, String text) {
        byte[] content = text == null ? PNG : text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        documents.prepareUpload(by, order.id(), question);
        var stored = documents.receive(new java.io.ByteArrayInputStream(content), name);
        documents.record(by, order.id(), question, name, stored);
    }

    private void post(User author, Order order, String body) {
        conversations.post(author, order.conversationId(), body);
    }
}
