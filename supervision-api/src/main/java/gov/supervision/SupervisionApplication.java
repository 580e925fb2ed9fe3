package gov.supervision;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SupervisionApplication {

    public static void main(String[] args) {
        // Axon's update checker phones home; this product runs on closed government networks.
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(SupervisionApplication.class, args);
    }
}
