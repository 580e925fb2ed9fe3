package gov.supervision.web.request;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * A date as every request gives it, in a body or a query: {@code 2023-03-31}, a four-digit year. ISO-8601 also
 * allows years such as {@code +999999999}, which no rule of the office means and which overflow the first
 * calculation made with them.
 */
final class IsoDates {

    static final String EXPECTED = "must be a date like 2023-03-31";

    private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private IsoDates() {
    }

    /** The date; a {@link DateTimeException} for anything else, the 30th of February included. */
    static LocalDate parse(String text) {
        if (!FORM.matcher(text).matches()) {
            throw new DateTimeException(EXPECTED);
        }
        return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    }
}
