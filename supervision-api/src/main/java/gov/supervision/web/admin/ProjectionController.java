package gov.supervision.web.admin;

import gov.supervision.infrastructure.processing.ProjectionRebuilds;
import gov.supervision.web.error.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Rebuilding read models (SUPERVISOR): reset a named projection, replay it, and watch it catch up. */
@RestController
class ProjectionController {

    private final ProjectionRebuilds rebuilds;

    ProjectionController(ProjectionRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @Operation(summary = "Every rebuildable projection with its position, the store's total and its speed")
    @GetMapping("/api/v1/admin/projections")
    List<ProjectionRebuilds.ProjectionStatus> projections() {
        return ProjectionRebuilds.PROJECTIONS.stream().map(this::projection).toList();
    }

    @Operation(summary = "One projection's position, the store's total and the events per second of its rebuild")
    @GetMapping("/api/v1/admin/projections/{name}")
    ProjectionRebuilds.ProjectionStatus projection(@PathVariable String name) {
        return rebuilds.status(name).orElseThrow(() -> unknown(name));
    }

    @Operation(summary = "Reset the projection and replay every event into it; answers at once, 202")
    @PostMapping("/api/v1/admin/projections/{name}/rebuild")
    ResponseEntity<ProjectionRebuilds.ProjectionStatus> rebuild(@PathVariable String name) {
        return ResponseEntity.accepted().body(rebuilds.rebuild(name).orElseThrow(() -> unknown(name)));
    }

    private static NotFoundException unknown(String name) {
        List<String> known = ProjectionRebuilds.PROJECTIONS;
        String detail = known.contains(name) ? "No projection " + name + "."
                : "No projection " + name + "; there are " + known + ".";
        return new NotFoundException("UNKNOWN_PROJECTION", detail);
    }
}
