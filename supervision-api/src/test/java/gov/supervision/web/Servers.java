package gov.supervision.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.supervision.SupervisionApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.JwtEncoder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Whole servers on a data folder of their own, for tests that stop and start them. */
final class Servers {

    private Servers() {
    }

    /**
     * The embedded default on {@code dataDir}, its simulated clock standing at {@link ApiTestBase#START}; further
     * arguments (e.g. {@link PostgresTests#arguments(Class)}) go last and win.
     */
    static ConfigurableApplicationContext startOn(Path dataDir, String... more) {
        List<String> arguments = new ArrayList<>(List.of("--supervision.data-dir=" + dataDir, "--server.port=0",
                "--spring.profiles.active=simulated-clock", "--supervision.simulated-clock.start=" + ApiTestBase.START));
        arguments.addAll(List.of(more));
        return new SpringApplicationBuilder(SupervisionApplication.class).run(arguments.toArray(String[]::new));
    }

    static ApiClient api(ConfigurableApplicationContext server) {
        return new ApiClient(((WebServerApplicationContext) server).getWebServer().getPort(),
                server.getBean(ObjectMapper.class));
    }

    static Tokens tokens(ConfigurableApplicationContext server) {
        return new Tokens(server.getBean(JwtEncoder.class));
    }
}
