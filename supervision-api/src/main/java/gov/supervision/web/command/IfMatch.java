package gov.supervision.web.command;

import gov.supervision.web.error.InvalidRequestException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code If-Match: "<version>"}: the task version a client last saw; a stale one gets 412. */
public final class IfMatch {

    public static final String HEADER = "If-Match";
    private static final Pattern VERSION = Pattern.compile("^(?:W/)?\"?(\\d{1,18})\"?$");

    private IfMatch() {
    }

    public static Long version(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        Matcher matcher = VERSION.matcher(header.trim());
        if (!matcher.matches()) {
            throw new InvalidRequestException(HEADER, "must be a task version in quotes, such as \"3\"");
        }
        return Long.parseLong(matcher.group(1));
    }
}
