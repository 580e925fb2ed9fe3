package gov.supervision.query;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** The configuration the read side's slice tests find; the slices choose which auto-configuration applies. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class QueryTestApplication {
}
