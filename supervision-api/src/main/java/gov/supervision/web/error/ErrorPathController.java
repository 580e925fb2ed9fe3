package gov.supervision.web.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/**
 * The error path ({@code /error}), in place of Spring Boot's: where the servlet container sends an error raised
 * outside Spring MVC (a filter's {@code sendError}, an exception escaping the servlet), answered as problem+json
 * whatever the client accepts. Asked for directly, it is nothing: 404.
 */
@RestController
class ErrorPathController implements ErrorController {

    private final ProblemWriter problems;

    ErrorPathController(ProblemWriter problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:/error}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? HttpStatus.resolve(code) : null;
        if (status == null || status.value() < 400) {
            problems.write(response, HttpStatus.NOT_FOUND, "Nothing is found at this path.");
            return;
        }
        problems.write(response, status, detail(status));
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The request is malformed.";
            case NOT_FOUND -> "Nothing is found at this path.";
            case INTERNAL_SERVER_ERROR -> "Something went wrong on our side.";
            default -> status.getReasonPhrase() + ".";
        };
    }
}
