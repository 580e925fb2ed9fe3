package gov.supervision.web;

import gov.supervision.web.command.CommandDispatcher;
import gov.supervision.web.command.IdGenerator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the web slice of a controller that sends commands needs: the mocked dispatcher, whose commands the tests read
 * back ({@link ApiFixtures#sent}), and the mocked ids made at the edge. Each test class says in its own
 * {@code @BeforeEach} what the dispatcher answers and which ids are made.
 */
public abstract class CommandSliceTest {

    @Autowired
    protected MockMvc mvc;
    @MockitoBean
    protected CommandDispatcher commands;
    @MockitoBean
    protected IdGenerator ids;
}
