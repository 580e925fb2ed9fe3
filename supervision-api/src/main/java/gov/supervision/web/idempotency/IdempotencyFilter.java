package gov.supervision.web.idempotency;

import gov.supervision.infrastructure.idempotency.IdempotencyStore;
import gov.supervision.infrastructure.idempotency.IdempotencyStore.Caller;
import gov.supervision.infrastructure.idempotency.IdempotencyStore.StoredAnswer;
import gov.supervision.web.error.PayloadTooLargeException;
import gov.supervision.web.error.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code Idempotency-Key} on a POST: a repeat with the same body returns the first answer and stores
 * nothing; the same key with another body is 422. The command's events and the stored answer commit in one
 * transaction ({@link IdempotencyStore#answerOnce}), so two concurrent repeats cannot both store events.
 * <p>
 * A first answer is replayed only to the caller it was given to: the same subject, roles and department. Another
 * principal with the same {@code sub} and key (a department token of another department, say) is a request of its
 * own, which the controller decides anew, so a replay never answers what the request itself would refuse. The filter
 * runs last, after Spring Security's chain ({@code Ordered.LOWEST_PRECEDENCE}, where Boot's is -100): a caller the
 * role table refuses gets its 403 before any key is looked up.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;

    private final IdempotencyStore store;
    private final ProblemWriter problems;

    IdempotencyFilter(IdempotencyStore store, ProblemWriter problems) {
        this.store = store;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith("/api/v1/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)
                || !token.isAuthenticated()) {
            // Anonymous requests (the development token endpoint) answer each caller anew.
            chain.doFilter(request, response);
            return;
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            problems.write(response, HttpStatus.BAD_REQUEST,
                    "Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " characters.");
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (PayloadTooLargeException e) {
            problems.write(response, HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage());
            return;
        }
        String hash = hash(request, body);
        Caller caller = callerOf(token);
        Optional<StoredAnswer> first = store.find(caller, key);
        if (first.isPresent()) {
            answerRepeat(first.get(), hash, response);
            return;
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        boolean stored = execute(new CachedBodyRequest(request, body), answer, chain, caller, key, hash);
        if (!stored) {
            // A concurrent request with the same key may have won the race: answer as it did.
            Optional<StoredAnswer> winner = store.find(caller, key);
            if (winner.isPresent()) {
                answer.resetBuffer();
                answerRepeat(winner.get(), hash, response);
                return;
            }
        }
        answer.copyBodyToResponse();
    }

    private boolean execute(HttpServletRequest request, ContentCachingResponseWrapper answer, FilterChain chain,
                            Caller caller, String key, String hash) {
        return store.answerOnce(caller, key, () -> {
            try {
                chain.doFilter(request, answer);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ServletException e) {
                throw new IllegalStateException(e);
            }
            if (!HttpStatus.valueOf(answer.getStatus()).is2xxSuccessful()) {
                return Optional.empty();
            }
            return Optional.of(new StoredAnswer(hash, answer.getStatus(), answer.getHeader(HttpHeaders.LOCATION),
                    answer.getContentType(), new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8)));
        });
    }

    private void answerRepeat(StoredAnswer first, String hash, HttpServletResponse response) throws IOException {
        if (!first.requestHash().equals(hash)) {
            problems.write(response, HttpStatus.UNPROCESSABLE_ENTITY,
                    "This Idempotency-Key was already used with another request.");
            return;
        }
        response.setStatus(first.status());
        if (first.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, first.location());
        }
        response.setHeader("Idempotent-Replayed", "true");
        if (first.contentType() != null) {
            response.setContentType(first.contentType());
        }
        response.getOutputStream().write(first.body().getBytes(StandardCharsets.UTF_8));
    }

    /** The token's subject, and a digest of its roles and department: what its access is decided by. */
    private static Caller callerOf(JwtAuthenticationToken token) {
        String roles = token.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted()
                .collect(Collectors.joining(","));
        String department = token.getToken().getClaimAsString("department");
        String principal = "roles=" + roles + "\ndepartment=" + (department == null ? "" : department);
        return new Caller(token.getName(),
                HexFormat.of().formatHex(sha256().digest(principal.getBytes(StandardCharsets.UTF_8))));
    }

    private static String hash(HttpServletRequest request, byte[] body) {
        MessageDigest digest = sha256();
        digest.update((request.getMethod() + " " + request.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8));
        digest.update(body);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
