package gov.supervision.core.api.task;

import java.util.Objects;

/**
 * Who a notice (通知) is addressed to: a department (by its code, or its name on a task from before the directory),
 * a leader (by id, or name), the city-government leaders as one recipient, or the supervision office.
 */
public record NoticeRecipient(Kind kind, String key) {

    /** The city-government leaders, whichever of them decides: one recipient, acknowledged by any of them. */
    public static final NoticeRecipient CITY_GOVERNMENT = new NoticeRecipient(Kind.CITY_GOVERNMENT, "city-government");
    /** The supervision office (督查室): acknowledged by any of its staff. */
    public static final NoticeRecipient OFFICE = new NoticeRecipient(Kind.OFFICE, "office");

    public enum Kind {
        DEPARTMENT,
        LEADER,
        CITY_GOVERNMENT,
        OFFICE
    }

    public NoticeRecipient {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
    }

    public static NoticeRecipient department(String key) {
        return new NoticeRecipient(Kind.DEPARTMENT, key);
    }

    public static NoticeRecipient leader(String key) {
        return new NoticeRecipient(Kind.LEADER, key);
    }
}
