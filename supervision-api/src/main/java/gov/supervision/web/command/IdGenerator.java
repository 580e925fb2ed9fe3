package gov.supervision.web.command;

import org.springframework.stereotype.Component;

import java.util.UUID;

/** Identifiers are made at the edge, before the command is sent, so a retry can name the same thing. */
@Component
public class IdGenerator {

    public String newId() {
        return UUID.randomUUID().toString();
    }
}
