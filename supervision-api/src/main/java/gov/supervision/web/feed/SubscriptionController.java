package gov.supervision.web.feed;

import gov.supervision.infrastructure.feed.DeliveryStatus;
import gov.supervision.infrastructure.feed.FeedEventTypes;
import gov.supervision.infrastructure.feed.FeedSettings;
import gov.supervision.infrastructure.feed.WebhookDeliveries;
import gov.supervision.infrastructure.feed.WebhookSubscription;
import gov.supervision.infrastructure.feed.WebhookSubscriptions;
import gov.supervision.query.api.directory.DepartmentEntry;
import gov.supervision.web.directory.DirectoryResolver;
import gov.supervision.web.error.InvalidRequestException;
import gov.supervision.web.error.NotFoundException;
import gov.supervision.web.query.Paging;
import gov.supervision.web.security.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Webhook subscriptions of the outbound feed (docs/integration.md), kept by the office. A subscription's URL must be
 * http(s) on a host the operator allows ({@code supervision.feed.webhooks.allowed-hosts}); its secret signs every
 * delivery and is never answered back.
 */
@RestController
class SubscriptionController {

    static final int MIN_SECRET_BYTES = 32;

    record SubscriptionRequest(
            @NotBlank @Size(max = 2000) String url,
            @Size(max = 100) List<@NotBlank @Size(max = 100) String> eventTypes,
            @Size(max = 100) List<@NotBlank @Size(max = 100) String> departments,
            @NotBlank @Size(max = 1024) String secret) {
    }

    /** A subscription as answered: all but its secret. */
    record SubscriptionView(String subscriptionId, String url, List<String> eventTypes,
                            List<WebhookSubscription.Department> departments, Instant createdAt, String createdBy,
                            boolean active, Instant cancelledAt) {

        static SubscriptionView of(WebhookSubscription subscription) {
            return new SubscriptionView(subscription.subscriptionId(), subscription.url(), subscription.eventTypes(),
                    subscription.departments(), subscription.createdAt(), subscription.createdBy(),
                    subscription.cancelledAt() == null, subscription.cancelledAt());
        }
    }

    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveries deliveries;
    private final FeedSettings settings;
    private final DirectoryResolver directory;
    private final CurrentActor currentActor;
    private final Clock clock;

    SubscriptionController(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries, FeedSettings settings,
                           DirectoryResolver directory, CurrentActor currentActor, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.settings = settings;
        this.directory = directory;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Operation(summary = "Subscribe a URL on an allowed host to the events of tasks, signed with the secret; it "
            + "receives the events stored from now on")
    @PostMapping(path = "/api/v1/subscriptions", produces = "application/json")
    ResponseEntity<SubscriptionView> subscribe(@Valid @RequestBody SubscriptionRequest request) {
        URI url = url(request.url());
        if (request.secret().getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            throw new InvalidRequestException("WEBHOOK_SECRET_TOO_SHORT", "secret",
                    "must be at least " + MIN_SECRET_BYTES + " bytes in UTF-8");
        }
        WebhookSubscription subscription = subscriptions.subscribe(url.toString(), eventTypes(request.eventTypes()),
                departments(request.departments()), request.secret(), clock.instant(), currentActor.get().id());
        return ResponseEntity.created(URI.create("/api/v1/subscriptions/" + subscription.subscriptionId()))
                .body(SubscriptionView.of(subscription));
    }

    @Operation(summary = "Every subscription, cancelled ones too, oldest first")
    @GetMapping(path = "/api/v1/subscriptions", produces = "application/json")
    List<SubscriptionView> subscriptions() {
        return subscriptions.all().stream().map(SubscriptionView::of).toList();
    }

    @Operation(summary = "One subscription")
    @GetMapping(path = "/api/v1/subscriptions/{id}", produces = "application/json")
    SubscriptionView subscription(@PathVariable String id) {
        return SubscriptionView.of(find(id));
    }

    @Operation(summary = "Cancel a subscription: nothing more is sent to it; its deliveries stay readable")
    @DeleteMapping(path = "/api/v1/subscriptions/{id}")
    ResponseEntity<Void> cancel(@PathVariable String id) {
        find(id);
        subscriptions.cancel(id, clock.instant());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "A subscription's deliveries, newest first: attempts, last answer, next attempt and status")
    @GetMapping(path = "/api/v1/subscriptions/{id}/deliveries", produces = "application/json")
    WebhookDeliveries.Page deliveries(@PathVariable String id,
                                      @RequestParam(required = false) DeliveryStatus status,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "50") int size) {
        Paging.check(page, size);
        find(id);
        return deliveries.of(id, status, page, size);
    }

    private WebhookSubscription find(String id) {
        return subscriptions.find(id).orElseThrow(() -> new NotFoundException("SUBSCRIPTION_NOT_FOUND",
                "No subscription " + id + "."));
    }

    private URI url(String text) {
        URI url;
        try {
            url = new URI(text.trim());
        } catch (URISyntaxException e) {
            throw new InvalidRequestException("INVALID_WEBHOOK_URL", "url", "must be an http or https URL");
        }
        String scheme = url.getScheme();
        if (scheme == null || url.getHost() == null
                || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            throw new InvalidRequestException("INVALID_WEBHOOK_URL", "url", "must be an http or https URL");
        }
        if (url.getRawUserInfo() != null) {
            throw new InvalidRequestException("INVALID_WEBHOOK_URL", "url", "must not carry a user name or password");
        }
        if (!settings.webhooks().allows(url)) {
            throw new InvalidRequestException("WEBHOOK_HOST_NOT_ALLOWED", "url",
                    "must name a host the operator allows (supervision.feed.webhooks.allowed-hosts)");
        }
        return url;
    }

    private static List<String> eventTypes(List<String> requested) {
        if (requested == null) {
            return List.of();
        }
        List<String> types = new ArrayList<>(new LinkedHashSet<>(requested));
        for (int i = 0; i < requested.size(); i++) {
            if (!FeedEventTypes.all().contains(requested.get(i))) {
                throw new InvalidRequestException("UNKNOWN_EVENT_TYPE", "eventTypes[" + i + "]",
                        "must be one of " + String.join(", ", FeedEventTypes.all().stream().sorted().toList()));
            }
        }
        return types;
    }

    private List<WebhookSubscription.Department> departments(List<String> requested) {
        if (requested == null) {
            return List.of();
        }
        List<WebhookSubscription.Department> departments = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            DepartmentEntry entry = directory.knownDepartment("departments[" + i + "]", requested.get(i));
            WebhookSubscription.Department department = new WebhookSubscription.Department(entry.code(), entry.name());
            if (!departments.contains(department)) {
                departments.add(department);
            }
        }
        return departments;
    }
}
