package gov.supervision.query.api.warning;

import java.util.List;

/** A page of warnings, as {@code GET /warnings} answers it. */
public record WarningPage(List<WarningView> items, int page, int size, long total) {
}
