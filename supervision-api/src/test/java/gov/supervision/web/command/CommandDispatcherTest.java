package gov.supervision.web.command;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.common.Role;
import gov.supervision.core.api.common.SupervisionMetaData;
import gov.supervision.core.api.task.ClaimTaskCommand;
import gov.supervision.web.directory.SliceDirectory;
import gov.supervision.web.security.CurrentActor;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.List;
import java.util.Set;

import static gov.supervision.web.ApiFixtures.TASK_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/** Every command carries who sent it, read from the token, and the request's correlation and idempotency keys. */
class CommandDispatcherTest {

    private final CommandGateway gateway = mock(CommandGateway.class);
    private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/tasks/x/claim");
    private final CommandDispatcher dispatcher = new CommandDispatcher(gateway,
            new CurrentActor(SliceDirectory.answering()), request);

    @BeforeEach
    void aDepartmentIsSignedIn() {
        Jwt token = Jwt.withTokenValue("t").header("alg", "HS256").subject("dept-jt").claim("name", "交通局办公室")
                .claim("roles", List.of("DEPARTMENT")).claim("department", "市交通运输局").build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(token));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theActorIsTheTokensAndTheKeysAreTheRequests() {
        request.addHeader("X-Correlation-Id", "corr-7");
        request.addHeader("Idempotency-Key", "claim-once");

        MetaData metaData = dispatch();

        assertThat(Actor.fromMetaData(metaData)).isEqualTo(new Actor("dept-jt", "交通局办公室",
                Set.of(Role.DEPARTMENT), "市交通运输局", "JTJ"));
        assertThat(metaData.get(SupervisionMetaData.CORRELATION_ID)).isEqualTo("corr-7");
        assertThat(metaData.get(SupervisionMetaData.IDEMPOTENCY_KEY)).isEqualTo("claim-once");
    }

    @Test
    void withoutCorrelationIdTheCommandIsGivenOneAndWithoutKeyNone() {
        MetaData metaData = dispatch();

        assertThat(metaData.get(SupervisionMetaData.CORRELATION_ID)).asString().hasSize(36);
        assertThat(metaData).doesNotContainKey(SupervisionMetaData.IDEMPOTENCY_KEY);
    }

    @Test
    void aCorrelationIdThatIsNotAShortTokenIsReplacedByAGeneratedOne() {
        request.addHeader("X-Correlation-Id", "corr 7\u0000" + "x".repeat(100));

        MetaData metaData = dispatch();

        assertThat(metaData.get(SupervisionMetaData.CORRELATION_ID)).asString().hasSize(36).doesNotContain("corr");
    }

    private MetaData dispatch() {
        ClaimTaskCommand claim = new ClaimTaskCommand(TASK_ID, "陈静", null);
        dispatcher.send(claim);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<CommandMessage<Object>> sent = ArgumentCaptor.forClass(CommandMessage.class);
        verify(gateway).sendAndWait(sent.capture());
        assertThat(sent.getValue().getPayload()).isEqualTo(claim);
        return sent.getValue().getMetaData();
    }
}
