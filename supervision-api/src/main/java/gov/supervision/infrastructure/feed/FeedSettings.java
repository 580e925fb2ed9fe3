package gov.supervision.infrastructure.feed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The outbound feed (supervision.feed.*): webhooks to the hosts the operator allows, and optionally RabbitMQ.
 *
 * @param webhooks how webhook deliveries are sent and retried
 * @param amqp     whether and where the same messages go to RabbitMQ
 */
@ConfigurationProperties("supervision.feed")
public record FeedSettings(@DefaultValue Webhooks webhooks, @DefaultValue Amqp amqp) {

    /**
     * @param enabled                 whether this node sends deliveries (every node enqueues them)
     * @param allowedHosts            the hosts a subscription may name, as {@code host} (any port) or {@code host:port};
     *                                none by default: a webhook URL must not become a way into the internal network
     * @param pollInterval            how often the dispatcher looks for deliveries due (it is also woken by new ones)
     * @param connectTimeout          how long a receiver may take to accept the connection
     * @param timeout                 how long a receiver may take to answer
     * @param initialBackoff          the wait after a first failed attempt; doubled after each further one
     * @param maxBackoff              the longest wait between two attempts
     * @param giveUpAfter             how long after its event a delivery is retried before it is {@code DEAD}
     * @param threads                 deliveries sent at once by this node
     * @param inFlightPerSubscription deliveries sent at once to one subscription, so that a slow receiver never
     *                                takes every thread from the others
     */
    public record Webhooks(
            @DefaultValue("true") boolean enabled,
            @DefaultValue List<String> allowedHosts,
            @DefaultValue("200ms") Duration pollInterval,
            @DefaultValue("2s") Duration connectTimeout,
            @DefaultValue("5s") Duration timeout,
            @DefaultValue("1s") Duration initialBackoff,
            @DefaultValue("1h") Duration maxBackoff,
            @DefaultValue("24h") Duration giveUpAfter,
            @DefaultValue("4") int threads,
            @DefaultValue("2") int inFlightPerSubscription) {

        /**
         * Whether the operator allows webhooks to this URL: http or https, no user info, and its host (any port) or
         * host:port on the allow-list, compared without regard to case.
         */
        public boolean allows(URI url) {
            if (url == null || url.getScheme() == null || url.getHost() == null || url.getRawUserInfo() != null
                    || !(url.getScheme().equalsIgnoreCase("http") || url.getScheme().equalsIgnoreCase("https"))) {
                return false;
            }
            String host = url.getHost().toLowerCase(Locale.ROOT);
            int port = url.getPort() != -1 ? url.getPort() : url.getScheme().equalsIgnoreCase("https") ? 443 : 80;
            return allowedHosts.stream().map(allowed -> allowed.trim().toLowerCase(Locale.ROOT))
                    .anyMatch(allowed -> allowed.equals(host) || allowed.equals(host + ":" + port));
        }

        /**
         * How long a node holds a delivery it claimed before another node may take it over: long enough for the
         * {@code queued} deliveries of its subscription ahead of it to be sent, in its slots, at the slowest.
         */
        Duration lease(int queued) {
            long rounds = queued / Math.max(1, inFlightPerSubscription) + 1;
            return connectTimeout.plus(timeout).multipliedBy(rounds).plusSeconds(30);
        }

        /** The wait after {@code attempts} failed attempts: the initial backoff doubled each time, at most the cap. */
        Duration backoff(int attempts) {
            Duration wait = initialBackoff;
            for (int i = 1; i < attempts && wait.compareTo(maxBackoff) < 0; i++) {
                wait = wait.multipliedBy(2);
            }
            return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
        }
    }

    /**
     * @param enabled        whether every event also goes to RabbitMQ
     * @param exchange       the topic exchange; routing key {@code task.<type>}
     * @param confirmTimeout how long to wait for the broker's publisher confirms of a batch
     */
    public record Amqp(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("supervision.events") String exchange,
            @DefaultValue("10s") Duration confirmTimeout) {
    }
}
