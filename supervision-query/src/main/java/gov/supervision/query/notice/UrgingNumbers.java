package gov.supervision.query.notice;

/** How the office numbers its urging notices (督办单): in each year, from 1, in the order they were sent. */
final class UrgingNumbers {

    private UrgingNumbers() {
    }

    static String prefix(int year) {
        return "督办〔" + year + "〕";
    }

    static String number(String prefix, long ordinal) {
        return prefix + ordinal + "号";
    }
}
