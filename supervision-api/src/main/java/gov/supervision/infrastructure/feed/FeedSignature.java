package gov.supervision.infrastructure.feed;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The signature of a webhook delivery: {@code sha256=} and the lower-case hex HMAC-SHA256 of the body's bytes, keyed
 * with the subscription's secret in UTF-8 (docs/integration.md has a worked example).
 */
public final class FeedSignature {

    public static final String HEADER = "X-Supervision-Signature";
    public static final String EVENT_ID_HEADER = "X-Supervision-Event-Id";
    private static final String ALGORITHM = "HmacSHA256";
    private static final String PREFIX = "sha256=";

    private FeedSignature() {
    }

    public static String of(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this Java runtime", e);
        }
    }
}
