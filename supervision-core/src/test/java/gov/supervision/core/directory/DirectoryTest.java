package gov.supervision.core.directory;

import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import gov.supervision.core.api.directory.DepartmentChangedEvent;
import gov.supervision.core.api.directory.DepartmentKind;
import gov.supervision.core.api.directory.DepartmentRegisteredEvent;
import gov.supervision.core.api.directory.LeaderChangedEvent;
import gov.supervision.core.api.directory.LeaderRegisteredEvent;
import gov.supervision.core.api.directory.NameKey;
import gov.supervision.core.api.directory.RegisterDepartmentCommand;
import gov.supervision.core.api.directory.RegisterLeaderCommand;
import gov.supervision.core.api.directory.SeedDirectoryCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryTest {

    private static final DepartmentRegisteredEvent FGW = new DepartmentRegisteredEvent("FGW", "市发展和改革委员会",
            DepartmentKind.BUREAU, List.of("市发改委", "市发展改革委"), true);
    private static final DepartmentRegisteredEvent CZJ = new DepartmentRegisteredEvent("CZJ", "市财政局",
            DepartmentKind.BUREAU, List.of(), true);

    private FixtureConfiguration<Directory> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Directory.class);
    }

    @Test
    void theFirstDepartmentOpensTheRegister() {
        fixture.givenNoPriorActivity()
                .when(new RegisterDepartmentCommand("FGW", "市发展和改革委员会", DepartmentKind.BUREAU,
                        List.of("市发改委", "市发展改革委"), true, false))
                .expectEvents(FGW);
    }

    @Test
    void renamingKeepsTheCodeAndRecordsTheChange() {
        fixture.given(FGW)
                .when(new RegisterDepartmentCommand("FGW", "市发展改革委", DepartmentKind.BUREAU,
                        List.of("市发改委"), true, false))
                .expectEvents(new DepartmentChangedEvent("FGW", "市发展改革委", DepartmentKind.BUREAU,
                        List.of("市发改委"), true));
    }

    @Test
    void registeringTheSameDepartmentAgainRecordsNothing() {
        fixture.given(FGW)
                .when(new RegisterDepartmentCommand("FGW", "市发展和改革委员会", DepartmentKind.BUREAU,
                        List.of("市发改委", "市发展改革委"), true, false))
                .expectNoEvents();
    }

    @Test
    void theSeedLeavesARegisteredDepartmentAsTheOfficeChangedIt() {
        fixture.given(FGW)
                .when(new RegisterDepartmentCommand("FGW", "发改委", DepartmentKind.OFFICE, List.of(), false, true))
                .expectNoEvents();
    }

    @Test
    void aNameOrAliasOfAnotherDepartmentIsRefused() {
        fixture.given(FGW)
                .when(new RegisterDepartmentCommand("CZJ", "市财政局", DepartmentKind.BUREAU,
                        List.of("市发改委 "), true, false))
                .expectNoEvents()
                .expectExceptionMessage("The name '市发改委 ' already belongs to the department FGW.");
        fixture.given(FGW)
                .when(new RegisterDepartmentCommand("CZJ", "市发展和改革委员会\u00a0", DepartmentKind.BUREAU,
                        List.of(), true, false))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void aDepartmentMayNotTakeAnotherDepartmentsCodeAsItsName() {
        fixture.given(FGW)
                .when(new RegisterDepartmentCommand("CZJ", "fgw", DepartmentKind.BUREAU, List.of(), true, false))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void aliasesRepeatingTheNameOrEachOtherAreKeptOnce() {
        fixture.givenNoPriorActivity()
                .when(new RegisterDepartmentCommand("CZJ", "市财政局", DepartmentKind.BUREAU,
                        List.of("市 财政局", "财政局", "财政局\u3000"), true, false))
                .expectEvents(new DepartmentRegisteredEvent("CZJ", "市财政局", DepartmentKind.BUREAU,
                        List.of("财政局"), true));
    }

    @Test
    void aLeadersPortfolioNamesRegisteredDepartmentsOnly() {
        fixture.given(FGW)
                .when(new RegisterLeaderCommand("leader-li", "李副市长", "副市长", List.of("FGW", "JYJ"), false, false))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("The directory has no department JYJ.");
    }

    @Test
    void aLeaderIsRegisteredAndChangedUnderTheIdTheirTokensCarry() {
        LeaderRegisteredEvent li = new LeaderRegisteredEvent("leader-li", "李副市长", "副市长", List.of("FGW"), false);
        fixture.given(FGW, CZJ)
                .when(new RegisterLeaderCommand("leader-li", "李副市长", "副市长", List.of("FGW"), false, false))
                .expectEvents(li);
        fixture.given(FGW, CZJ, li)
                .when(new RegisterLeaderCommand("leader-li", "李副市长", "常务副市长", List.of("FGW", "CZJ"), true, false))
                .expectEvents(new LeaderChangedEvent("leader-li", "李副市长", "常务副市长", List.of("FGW", "CZJ"), true));
    }

    @Test
    void twoLeadersCannotShareAName() {
        fixture.given(FGW, new LeaderRegisteredEvent("leader-li", "李副市长", "副市长", List.of("FGW"), false))
                .when(new RegisterLeaderCommand("leader-li2", "李副市长", "副市长", List.of(), false, false))
                .expectNoEvents()
                .expectExceptionMessage("The name '李副市长' already belongs to the leader leader-li.");
    }

    @Test
    void aSeedRegistersItsDepartmentsBeforeTheLeadersWhosePortfolioNamesThemAndSkipsWhatIsRegistered() {
        fixture.given(FGW)
                .when(new SeedDirectoryCommand(List.of(
                        new RegisterDepartmentCommand("FGW", "发改委", DepartmentKind.BUREAU, List.of(), true, true),
                        new RegisterDepartmentCommand("CZJ", "市财政局", DepartmentKind.BUREAU, List.of(), true, true)),
                        List.of(new RegisterLeaderCommand("leader-li", "李副市长", "副市长", List.of("FGW", "CZJ"), false,
                                true))))
                .expectEvents(CZJ, new LeaderRegisteredEvent("leader-li", "李副市长", "副市长", List.of("FGW", "CZJ"),
                        false));
    }

    @Test
    void namesCompareWithoutWhiteSpaceWidthOrCase() {
        assertThat(NameKey.of(" 市发改委\u00a0")).isEqualTo(NameKey.of("市发改委"));
        assertThat(NameKey.of("市 发 改 委\u3000")).isEqualTo(NameKey.of("市发改委"));
        assertThat(NameKey.of("ＦＧＷ")).isEqualTo(NameKey.of("fgw"));
        assertThat(NameKey.of("市发改委")).isNotEqualTo(NameKey.of("市发展改革委"));
        assertThat(RuleViolation.UNKNOWN_DEPARTMENT.kind()).isEqualTo(RuleViolation.Kind.INVALID);
    }
}
