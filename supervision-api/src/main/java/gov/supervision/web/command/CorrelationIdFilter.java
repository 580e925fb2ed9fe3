package gov.supervision.web.command;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The request's correlation id, which every event it causes records in its audit metadata: the client's
 * {@code X-Correlation-Id} when it is a short token-like value (up to 64 letters, digits and {@code . _ : -}),
 * otherwise a generated one, so a header of kilobytes or of arbitrary characters never reaches the event store. The
 * request is answered as usual either way; the response's {@code X-Correlation-Id} says which id was recorded.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class CorrelationIdFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Correlation-Id";
    private static final String ATTRIBUTE = CorrelationIdFilter.class.getName();
    private static final Pattern TOKEN_LIKE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HEADER, of(request));
        chain.doFilter(request, response);
    }

    /** The correlation id of this request, decided once. */
    static String of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof String decided) {
            return decided;
        }
        String offered = request.getHeader(HEADER);
        String id = offered != null && TOKEN_LIKE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }
}
