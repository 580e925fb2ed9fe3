package gov.supervision.web.error;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * A request Spring Security's firewall refuses (a URL with {@code //}, {@code ;}, {@code ..}, an encoded slash, a
 * header with control characters) is answered as problem+json, and logged in one line.
 */
@Component
class RejectedRequestProblem implements RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(RejectedRequestProblem.class);

    private final ProblemWriter problems;

    RejectedRequestProblem(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        log.debug("Rejected a request the firewall does not accept: {}", rejected.getMessage());
        problems.write(response, HttpStatus.BAD_REQUEST,
                "The request's URL or headers are not in a form the API accepts (such as // or ; in the path).");
    }
}
