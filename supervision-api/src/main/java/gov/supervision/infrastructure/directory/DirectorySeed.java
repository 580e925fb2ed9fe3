package gov.supervision.infrastructure.directory;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.supervision.core.api.directory.DepartmentKind;
import gov.supervision.core.api.directory.RegisterDepartmentCommand;
import gov.supervision.core.api.directory.RegisterLeaderCommand;
import gov.supervision.core.api.directory.SeedDirectoryCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Registers the departments and leaders of {@code supervision.directory.seed} (YAML or JSON files, comma-separated)
 * at start-up, each only if its code or id is not registered yet: the office's later changes are never undone by a
 * restart, and nodes starting together register each entry once. One file is one command, stored in one
 * transaction. The embedded default ships a sample city; the
 * production profile starts with none unless it names its own file.
 */
@Component
class DirectorySeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DirectorySeed.class);
    private static final int ATTEMPTS = 5;

    private final CommandGateway commands;
    private final ResourceLoader resources;
    private final ObjectMapper json;
    private final List<String> locations;

    DirectorySeed(CommandGateway commands, ResourceLoader resources, ObjectMapper json,
                  @Value("${supervision.directory.seed:}") List<String> locations) {
        this.commands = commands;
        this.resources = resources;
        this.json = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        this.locations = locations.stream().map(String::strip).filter(location -> !location.isEmpty()).toList();
    }

    record Department(String code, String name, DepartmentKind kind, List<String> aliases, Boolean active) {
    }

    record Leader(String id, String name, String title, List<String> departments, Boolean cityGovernment) {
    }

    record SeedFile(List<Department> departments, List<Leader> leaders) {

        SeedFile {
            departments = departments == null ? List.of() : departments;
            leaders = leaders == null ? List.of() : leaders;
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String location : locations) {
            SeedFile seed = read(location);
            for (int attempt = 1; ; attempt++) {
                try {
                    register(seed);
                    break;
                } catch (RuntimeException raced) {
                    // Another node seeding at the same moment appended first; what it registered is now skipped.
                    if (attempt == ATTEMPTS) {
                        throw raced;
                    }
                }
            }
            log.info("Directory seed {}: {} departments and {} leaders registered where absent", location,
                    seed.departments().size(), seed.leaders().size());
        }
    }

    private void register(SeedFile seed) {
        commands.sendAndWait(new SeedDirectoryCommand(
                seed.departments().stream().map(department -> new RegisterDepartmentCommand(department.code(),
                        department.name(), department.kind(), department.aliases(),
                        department.active() == null || department.active(), true)).toList(),
                seed.leaders().stream().map(leader -> new RegisterLeaderCommand(leader.id(), leader.name(),
                        leader.title(), leader.departments(), Boolean.TRUE.equals(leader.cityGovernment()), true))
                        .toList()));
    }

    private SeedFile read(String location) {
        Resource resource = resources.getResource(location);
        try (InputStream in = resource.getInputStream()) {
            Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return json.convertValue(tree, SeedFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the directory seed " + location, e);
        }
    }
}
