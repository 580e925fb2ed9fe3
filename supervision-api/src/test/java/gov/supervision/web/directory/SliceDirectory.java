package gov.supervision.web.directory;

import gov.supervision.core.api.directory.DepartmentKind;
import gov.supervision.query.api.directory.DepartmentEntry;
import gov.supervision.query.api.directory.DirectoryQuery;
import gov.supervision.query.api.directory.DirectorySnapshot;
import gov.supervision.query.api.directory.LeaderEntry;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The directory of the web slice: the departments and leaders every test context registers (the sample city and
 * the tests' own), answered from the seed files without an event store.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SliceDirectory {

    public static final DirectorySnapshot SNAPSHOT = read("directory/sample-city.yml", "directory/test-departments.yml");

    @Bean
    DirectoryResolver directory() {
        return answering();
    }

    /** A directory answering {@link #SNAPSHOT}, for tests outside a Spring context. */
    public static DirectoryResolver answering() {
        QueryGateway queries = mock(QueryGateway.class);
        given(queries.query(any(DirectoryQuery.class), eq(DirectorySnapshot.class)))
                .willAnswer(invocation -> CompletableFuture.completedFuture(SNAPSHOT));
        return new DirectoryResolver(queries);
    }

    @SuppressWarnings("unchecked")
    private static DirectorySnapshot read(String... files) {
        List<DepartmentEntry> departments = new ArrayList<>();
        List<LeaderEntry> leaders = new ArrayList<>();
        for (String file : files) {
            try (InputStream in = SliceDirectory.class.getClassLoader().getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("no seed file " + file);
                }
                Map<String, Object> seed = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
                for (Map<String, Object> d : (List<Map<String, Object>>) seed.getOrDefault("departments", List.of())) {
                    departments.add(new DepartmentEntry(d.get("code").toString(), d.get("name").toString(),
                            DepartmentKind.valueOf(d.get("kind").toString()),
                            (List<String>) d.getOrDefault("aliases", List.of()), true));
                }
                for (Map<String, Object> l : (List<Map<String, Object>>) seed.getOrDefault("leaders", List.of())) {
                    leaders.add(new LeaderEntry(l.get("id").toString(), l.get("name").toString(),
                            (String) l.get("title"), (List<String>) l.getOrDefault("departments", List.of()),
                            Boolean.TRUE.equals(l.get("cityGovernment"))));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new DirectorySnapshot(departments.size() + leaders.size() - 1, departments, leaders);
    }
}
