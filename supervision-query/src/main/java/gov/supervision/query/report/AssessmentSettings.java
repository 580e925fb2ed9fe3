package gov.supervision.query.report;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneId;

/**
 * How the office assesses its departments: {@code supervision.assessment.scheme}, the assessment scheme it scores by
 * (its versions are data, see {@link AssessmentSchemeQueries}), and {@code supervision.assessment.cut-off}, the day
 * by whose end a year's figures are final: a day of the year itself ({@code 12-31}, or {@code --12-31} as ISO writes
 * a day of the year), or with a {@code +} a day of the following year ({@code +01-15}: the office closes the year's
 * assessment in mid-January, so that completions requested in time and approved in the first days of the new year
 * count). 02-29 stands for the last day of February in a year without it.
 */
@ConfigurationProperties("supervision.assessment")
record AssessmentSettings(String scheme, String cutOff) {

    static final AssessmentSettings DEFAULT = new AssessmentSettings(null, null);

    AssessmentSettings {
        scheme = scheme == null || scheme.isBlank() ? "default" : scheme.strip();
        cutOff = cutOff == null || cutOff.isBlank() ? "12-31" : cutOff.strip();
        cutOffDay(cutOff);
    }

    /** The instant year {@code year}'s figures are final: the end of its cut-off day in the office's zone. */
    Instant cutOff(int year, ZoneId zone) {
        int inYear = cutOff.startsWith("+") ? year + 1 : year;
        return cutOffDay(cutOff).atYear(inYear).plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static MonthDay cutOffDay(String text) {
        String day = text.startsWith("+") ? text.substring(1) : text;
        try {
            return MonthDay.parse(day.startsWith("--") ? day : "--" + day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("supervision.assessment.cut-off must be a day of the year such as "
                    + "12-31, or of the following year such as +01-15, got '" + text + "'", e);
        }
    }
}
