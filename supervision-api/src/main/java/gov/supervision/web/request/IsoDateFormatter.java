package gov.supervision.web.request;

import org.springframework.format.Formatter;

import java.time.LocalDate;
import java.util.Locale;

/** Every date of a query parameter ({@code dueBefore}, {@code dueAfter}), by {@link IsoDates}. */
final class IsoDateFormatter implements Formatter<LocalDate> {

    @Override
    public LocalDate parse(String text, Locale locale) {
        return IsoDates.parse(text);
    }

    @Override
    public String print(LocalDate date, Locale locale) {
        return date.toString();
    }
}
