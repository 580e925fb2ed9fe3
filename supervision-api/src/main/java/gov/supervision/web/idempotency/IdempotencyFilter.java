package gov.supervision.web.idempotency;

import gov.supervision.infrastructure.idempotency.IdempotencyStore;
import gov.supervision.infrastructure.idempotency.IdempotencyStore.StoredAnswer;
import gov.supervision.web.error.PayloadTooLargeException;
import gov.supervision.web.error.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
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

/**
 * {@code Idempotency-Key} on a POST: a repeat with the same body returns the first answer and stores
 * nothing; the same key with another body is 422. The command's events and the stored answer commit in one
 * transaction ({@link IdempotencyStore#answerOnce}), so two concurrent repeats cannot both store events.
 */
@Component
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
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        String key = request.getHeader(HEADER);
        if (caller == null || !caller.isAuthenticated()) {
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
        String callerId = caller.getName();
        Optional<StoredAnswer> first = store.find(callerId, key);
        if (first.isPresent()) {
            answerRepeat(first.get(), hash, response);
            return;
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        boolean stored = execute(new CachedBodyRequest(request, body), answer, chain, callerId, key, hash);
        if (!stored) {
            // A concurrent request with the same key may have won the race: answer as it did.
            Optional<StoredAnswer> winner = store.find(callerId, key);
            if (winner.isPresent()) {
                answer.resetBuffer();
                answerRepeat(winner.get(), hash, response);
                return;
            }
        }
        answer.copyBodyToResponse();
    }

    private boolean execute(HttpServletRequest request, ContentCachingResponseWrapper answer, FilterChain chain,
                            String callerId, String key, String hash) {
        return store.answerOnce(callerId, key, () -> {
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

    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
