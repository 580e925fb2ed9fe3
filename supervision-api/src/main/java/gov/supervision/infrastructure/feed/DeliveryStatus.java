package gov.supervision.infrastructure.feed;

/** Where a webhook delivery stands. */
public enum DeliveryStatus {
    /** Enqueued, not yet attempted. */
    PENDING,
    /** Attempted and failed; attempted again at its next attempt. */
    RETRYING,
    /** The receiver answered 2xx. */
    DELIVERED,
    /** Failed for longer than the feed retries ({@code supervision.feed.webhooks.give-up-after}); never sent again. */
    DEAD
}
