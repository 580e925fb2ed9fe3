package gov.supervision.core.time;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class OfficeCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void todayIsTheCalendarDayInTheOfficeZoneNotInUtc() {
        Instant lateEveningUtc = Instant.parse("2023-02-28T17:00:00Z");
        OfficeCalendar calendar = new OfficeCalendar(Clock.fixed(lateEveningUtc, ZoneOffset.UTC), SHANGHAI);

        assertThat(calendar.now()).isEqualTo(lateEveningUtc);
        assertThat(calendar.today()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(calendar.zone()).isEqualTo(SHANGHAI);
    }

    @Test
    void yearOfAnInstantIsCountedInTheOfficeZone() {
        OfficeCalendar calendar = new OfficeCalendar(Clock.systemUTC(), SHANGHAI);

        assertThat(calendar.yearOf(Instant.parse("2022-12-31T16:00:00Z"))).isEqualTo(2023);
        assertThat(calendar.yearOf(Instant.parse("2022-12-31T15:59:59Z"))).isEqualTo(2022);
    }
}
