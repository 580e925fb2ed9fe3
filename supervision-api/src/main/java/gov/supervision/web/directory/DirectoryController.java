package gov.supervision.web.directory;

import gov.supervision.core.api.directory.DepartmentKind;
import gov.supervision.core.api.directory.RegisterDepartmentCommand;
import gov.supervision.core.api.directory.RegisterLeaderCommand;
import gov.supervision.query.api.directory.DepartmentEntry;
import gov.supervision.query.api.directory.DirectorySnapshot;
import gov.supervision.query.api.directory.LeaderEntry;
import gov.supervision.web.command.CommandDispatcher;
import gov.supervision.web.query.Paging;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The register of departments and leaders (名录). The office registers and changes them; everyone reads them. A
 * PUT of what is already registered changes nothing and answers the same.
 */
@RestController
@RequestMapping("/api/v1/directory")
class DirectoryController {

    /** Codes and leader ids: short, ASCII, safe in paths and tokens. */
    static final String CODE = "[A-Za-z0-9][A-Za-z0-9_.-]{0,63}";

    private final CommandDispatcher commands;
    private final DirectoryResolver directory;

    DirectoryController(CommandDispatcher commands, DirectoryResolver directory) {
        this.commands = commands;
        this.directory = directory;
    }

    record DepartmentRequest(
            @NotBlank @Size(max = 100) String name,
            @NotNull DepartmentKind kind,
            @Size(max = 20) List<@NotBlank @Size(max = 100) String> aliases,
            Boolean active) {
    }

    record LeaderRequest(
            @NotBlank @Size(max = 100) String name,
            @Size(max = 100) String title,
            @Size(max = 100) List<@NotBlank @Size(max = 100) String> departments,
            Boolean cityGovernment) {
    }

    record Page<T>(List<T> items, int page, int size, long total) {
    }

    @Operation(summary = "Register or change a department; renaming keeps the code")
    @PutMapping(path = "/departments/{code}", consumes = "application/json")
    DepartmentEntry putDepartment(@PathVariable @Pattern(regexp = CODE) String code,
                                  @Valid @RequestBody DepartmentRequest request) {
        commands.send(new RegisterDepartmentCommand(code, request.name().strip(), request.kind(),
                request.aliases() == null ? List.of() : request.aliases().stream().map(String::strip).toList(),
                request.active() == null || request.active(), false));
        return directory.freshSnapshot().department(code).orElseThrow();
    }

    @Operation(summary = "Register or change a leader under the id their tokens carry as sub")
    @PutMapping(path = "/leaders/{id}", consumes = "application/json")
    LeaderEntry putLeader(@PathVariable @Pattern(regexp = CODE) String id, @Valid @RequestBody LeaderRequest request) {
        List<String> portfolio = request.departments() == null ? List.of()
                : directory.activeDepartments("departments", request.departments()).stream()
                        .map(DepartmentEntry::code).toList();
        commands.send(new RegisterLeaderCommand(id, request.name().strip(),
                request.title() == null ? null : request.title().strip(), portfolio,
                Boolean.TRUE.equals(request.cityGovernment()), false));
        return directory.freshSnapshot().leader(id).orElseThrow();
    }

    @Operation(summary = "The registered departments by code; filters kind, active")
    @GetMapping("/departments")
    Page<DepartmentEntry> departments(@RequestParam(required = false) DepartmentKind kind,
                                      @RequestParam(required = false) Boolean active,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "100") int size) {
        Paging.check(page, size);
        DirectorySnapshot snapshot = directory.snapshot();
        return page(snapshot.departments().stream()
                .filter(d -> kind == null || d.kind() == kind)
                .filter(d -> active == null || d.active() == active)
                .toList(), page, size);
    }

    @Operation(summary = "The registered leaders by id")
    @GetMapping("/leaders")
    Page<LeaderEntry> leaders(@RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "100") int size) {
        Paging.check(page, size);
        return page(directory.snapshot().leaders(), page, size);
    }

    private static <T> Page<T> page(List<T> all, int page, int size) {
        long from = Math.min((long) page * size, all.size());
        long to = Math.min(from + size, all.size());
        return new Page<>(all.subList((int) from, (int) to), page, size, all.size());
    }
}
