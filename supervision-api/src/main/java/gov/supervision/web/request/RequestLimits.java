package gov.supervision.web.request;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** {@code supervision.web.*}: how large a request body may be before it gets 413. */
@ConfigurationProperties("supervision.web")
record RequestLimits(DataSize maxBodySize) {

    RequestLimits {
        maxBodySize = maxBodySize == null ? DataSize.ofKilobytes(64) : maxBodySize;
    }
}
