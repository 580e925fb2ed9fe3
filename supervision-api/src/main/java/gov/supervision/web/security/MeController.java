package gov.supervision.web.security;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.common.Role;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;

/**
 * Who the caller is, as the server records it in the events it causes: the token's subject and roles, with the name
 * and department the directory gives them. A front end shows it and decides what to offer; it reads nothing else.
 */
@RestController
class MeController {

    /**
     * @param departmentScope the department the caller's reads of tasks are limited to (its code), or null when it
     *                        reads every task
     * @param cityGovernment  whether the caller is a leader who decides for the city government
     */
    record Me(String id, String name, Set<Role> roles, String department, String departmentCode,
              String departmentScope, boolean cityGovernment) {
    }

    private final CurrentActor currentActor;

    MeController(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @Operation(summary = "The caller as the server knows it: id, name, roles, department, and what it may read")
    @GetMapping(path = "/api/v1/me", produces = "application/json")
    Me me() {
        Actor actor = currentActor.get();
        return new Me(actor.id(), actor.name(), actor.roles(), actor.department(), actor.departmentCode(),
                currentActor.departmentScope(), currentActor.decidesForCityGovernment());
    }
}
