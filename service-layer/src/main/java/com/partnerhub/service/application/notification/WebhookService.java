package com.partnerhub.service.application.notification;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.partnerhub.service.application.shared.AccessPolicy;
import com.partnerhub.service.application.shared.ActionForbidden;
import com.partnerhub.service.application.shared.Page;
import com.partnerhub.service.application.shared.ResourceNotFound;
import com.partnerhub.service.domain.agency.AgencyRepository;
import com.partnerhub.service.domain.agency.MemberRole;
import com.partnerhub.service.domain.identity.PlatformRole;
import com.partnerhub.service.domain.identity.User;
import com.partnerhub.service.domain.notification.Delivery;
import com.partnerhub.service.domain.notification.DeliveryChannel;
import com.partnerhub.service.domain.notification.DeliveryRepository;
import com.partnerhub.service.domain.notification.DeliveryStatus;
import com.partnerhub.service.domain.notification.NotificationKind;
import com.partnerhub.service.domain.notification.WebhookEndpoint;
import com.partnerhub.service.domain.shared.Validator;

/**
 * Signed webhooks and the deliveries behind them. An agency's owners register endpoints for their agency's events;
 * the portal admin registers endpoints for every event and sees, retries and replays every delivery, e-mails included.
 */
@ApplicationScoped
public class WebhookService {

    public static final int URL_LENGTH = 2000;
    public static final int DESCRIPTION_LENGTH = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    private DeliveryRepository deliveries;
    private AgencyRepository agencies;
    private NotificationSettings settings;
    private Clock clock;

    protected WebhookService() {
    }

    @Inject
    public WebhookService(DeliveryRepository deliveries, AgencyRepository agencies, NotificationSettings settings, Clock clock) {
        this.deliveries = deliveries;
        this.agencies = agencies;
        this.settings = settings;
        this.clock = clock;
    }

    /** A new endpoint with its signing secret (shown to the caller once, here). */
    public WebhookEndpoint register(User caller, Long agencyId, String url, Set<NotificationKind> kinds, String description) {
        requireManager(caller, agencyId);
        Validator v = new Validator().required("url", url).maxLength("url", url, URL_LENGTH)
                .maxLength("description", description, DESCRIPTION_LENGTH);
        if (url != null && !url.isBlank() && url.length() <= URL_LENGTH) {
            v.check(acceptable(url.trim()), "url", settings.insecureWebhooks() ? "INVALID_URL" : "HTTPS_REQUIRED");
        }
        v.throwIfInvalid();
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        String secret = "whsec_" + Base64.getEncoder().encodeToString(key);
        return deliveries.addEndpoint(new WebhookEndpoint(agencyId, url.trim(), secret, kinds, blankToNull(description),
                caller.id(), clock.instant()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebhookEndpoint> endpoints(User caller, Long agencyId) {
        requireManager(caller, agencyId);
        return deliveries.endpointsOf(agencyId);
    }

    /** The endpoint stops receiving; its deliveries stay visible. */
    public WebhookEndpoint remove(User caller, long endpointId) {
        WebhookEndpoint e = endpoint(caller, endpointId);
        e.deactivate();
        return e;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Delivery> deliveriesOf(User caller, long endpointId, long beforeId, int limit) {
        endpoint(caller, endpointId);
        return Page.of(deliveries.page(null, DeliveryChannel.WEBHOOK, endpointId, beforeId, limit + 1), limit, Delivery::id);
    }

    /** Sends a delivery of the caller's endpoint again, the same message with the same id (a replay). */
    public Delivery replay(User caller, long endpointId, long deliveryId) {
        endpoint(caller, endpointId);
        Delivery d = deliveries.find(deliveryId).filter(x -> Long.valueOf(endpointId).equals(x.endpointId()))
                .orElseThrow(() -> new ResourceNotFound("delivery"));
        d.retry(clock.instant());
        return d;
    }

    /** Every delivery, for the admin: what failed, what waits, what went. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Delivery> allDeliveries(User caller, DeliveryStatus status, DeliveryChannel channel, long beforeId, int limit) {
        AccessPolicy.requireAdmin(caller, "only the portal admin sees all deliveries");
        return Page.of(deliveries.page(status, channel, null, beforeId, limit + 1), limit, Delivery::id);
    }

    public Delivery retry(User caller, long deliveryId) {
        AccessPolicy.requireAdmin(caller, "only the portal admin sees all deliveries");
        Delivery d = deliveries.find(deliveryId).orElseThrow(() -> new ResourceNotFound("delivery"));
        d.retry(clock.instant());
        return d;
    }

    private WebhookEndpoint endpoint(User caller, long endpointId) {
        WebhookEndpoint e = deliveries.findEndpoint(endpointId).orElseThrow(() -> new ResourceNotFound("webhook endpoint"));
        if (!mayManage(caller, e.agencyId())) {
            throw new ResourceNotFound("webhook endpoint");
        }
        return e;
    }

    private void requireManager(User caller, Long agencyId) {
        if (!mayManage(caller, agencyId)) {
            throw new ActionForbidden(agencyId == null ? "only the portal admin manages the portal's webhooks"
                    : "only the agency's owners manage its webhooks");
        }
    }

    private boolean mayManage(User caller, Long agencyId) {
        if (agencyId == null) {
            return caller.has(PlatformRole.ADMIN);
        }
        return agencies.membershipsOf(caller.id()).stream()
                .anyMatch(m -> m.agency().id().equals(agencyId) && m.role() == MemberRole.OWNER);
    }


    private boolean acceptable(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            boolean schemeOk = scheme.equals("https") || (settings.insecureWebhooks() && scheme.equals("http"));
            return schemeOk && uri.getHost() != null && !uri.getHost().isBlank() && uri.getUserInfo() == null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
