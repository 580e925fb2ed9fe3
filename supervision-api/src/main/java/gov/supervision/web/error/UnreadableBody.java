package gov.supervision.web.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import gov.supervision.web.error.ProblemDetailsAdvice.FieldProblem;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.stream.Collectors;

/**
 * What was wrong with a JSON body that could not be read, in the client's terms: the field at fault by its path in
 * the body ({@code milestones[0].dueDate}) and what it must be, or else a detail for the whole body. Jackson's own
 * messages name classes, so none of them is passed on.
 */
final class UnreadableBody {

    private UnreadableBody() {
    }

    /** The field at fault, or null when the failure is the body's as a whole. */
    static FieldProblem fieldAtFault(Throwable cause) {
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return new FieldProblem(path(mismatch), message(mismatch));
        }
        for (Throwable failure = cause; failure != null; failure = failure.getCause()) {
            if (failure instanceof JsonParseException parse && isDuplicateField(parse) && parse.getProcessor() != null) {
                return new FieldProblem(path(parse.getProcessor().getParsingContext()), "is given twice");
            }
        }
        return null;
    }

    static String detail(Throwable cause) {
        return cause instanceof JsonProcessingException
                ? "The body is not well-formed JSON: one JSON value, with nothing after it."
                : "The body is missing or unreadable.";
    }

    private static String message(MismatchedInputException mismatch) {
        if (mismatch instanceof InvalidBodyValueException invalid) {
            return invalid.reason();
        }
        return ProblemDetailsAdvice.expected(mismatch.getTargetType());
    }

    /** Jackson's parser reports a field given twice (STRICT_DUPLICATE_DETECTION) in no type of its own. */
    private static boolean isDuplicateField(JsonParseException parse) {
        return parse.getOriginalMessage() != null && parse.getOriginalMessage().startsWith("Duplicate field");
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            parts.push(at.inArray() ? "[" + at.getCurrentIndex() + "]" : at.getCurrentName());
        }
        return String.join(".", parts).replace(".[", "[");
    }
}
