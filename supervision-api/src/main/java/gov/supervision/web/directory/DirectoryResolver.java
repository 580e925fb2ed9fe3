package gov.supervision.web.directory;

import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import gov.supervision.query.api.directory.DepartmentEntry;
import gov.supervision.query.api.directory.DirectoryQuery;
import gov.supervision.query.api.directory.DirectorySnapshot;
import gov.supervision.query.api.directory.LeaderEntry;
import gov.supervision.web.error.InvalidRequestException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every department and leader a request names goes through here: a code, a name or an alias resolves to the
 * directory's entry, anything else is {@code 400 UNKNOWN_DEPARTMENT} / {@code UNKNOWN_LEADER} naming the field. A
 * department no longer active takes no new task.
 */
@Component
public class DirectoryResolver {

    private static final String SNAPSHOT = DirectoryResolver.class.getName() + ".snapshot";

    private final QueryGateway queries;

    DirectoryResolver(QueryGateway queries) {
        this.queries = queries;
    }

    /** The directory as it stands, read once per request however often the request asks. */
    public DirectorySnapshot snapshot() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object read = request == null ? null : request.getAttribute(SNAPSHOT, RequestAttributes.SCOPE_REQUEST);
        if (read instanceof DirectorySnapshot snapshot) {
            return snapshot;
        }
        return freshSnapshot();
    }

    /** The directory as it stands now, e.g. after a request changed it; later reads of the request see this one. */
    public DirectorySnapshot freshSnapshot() {
        DirectorySnapshot snapshot = queries.query(new DirectoryQuery(), DirectorySnapshot.class).join();
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(SNAPSHOT, snapshot, RequestAttributes.SCOPE_REQUEST);
        }
        return snapshot;
    }

    /** The department a request names in {@code field}, which must still take new tasks. */
    public DepartmentEntry activeDepartment(String field, String codeOrName) {
        return activeDepartment(snapshot(), field, codeOrName);
    }

    /** The departments a request names in the list {@code field}, each still taking new tasks. */
    public List<DepartmentEntry> activeDepartments(String field, List<String> codesOrNames) {
        DirectorySnapshot directory = snapshot();
        List<DepartmentEntry> entries = new ArrayList<>();
        for (int i = 0; i < codesOrNames.size(); i++) {
            entries.add(activeDepartment(directory, field + "[" + i + "]", codesOrNames.get(i)));
        }
        return entries;
    }

    /** The department a request names in {@code field}, active or not: a retired department stays accountable. */
    public DepartmentEntry knownDepartment(String field, String codeOrName) {
        return snapshot().department(codeOrName).orElseThrow(() -> unknownDepartment(field, codeOrName));
    }

    /** The department a request names, active or not (reads and filters still find a retired one). */
    public Optional<DepartmentEntry> department(String codeOrName) {
        return codeOrName == null ? Optional.empty() : snapshot().department(codeOrName);
    }

    /** A filter's department as the read models key it: its code, or the text itself if the directory has none. */
    public String departmentCodeOr(String codeOrName) {
        return department(codeOrName).map(DepartmentEntry::code).orElse(codeOrName);
    }

    /** A filter's department by its canonical name, or the text itself if the directory has none. */
    public String departmentNameOr(String codeOrName) {
        return department(codeOrName).map(DepartmentEntry::name).orElse(codeOrName);
    }

    /** A filter's leader by their canonical name, or the text itself if the directory has none. */
    public String leaderNameOr(String idOrName) {
        return leader(idOrName).map(LeaderEntry::name).orElse(idOrName);
    }

    public LeaderEntry leader(String field, String idOrName) {
        return snapshot().leader(idOrName).orElseThrow(() -> new InvalidRequestException(
                RuleViolation.UNKNOWN_LEADER.name(), field, "The directory has no leader '" + idOrName + "'."));
    }

    /** The leader a read or a token names, if registered. */
    public Optional<LeaderEntry> leader(String idOrName) {
        return idOrName == null ? Optional.empty() : snapshot().leader(idOrName);
    }

    private static DepartmentEntry activeDepartment(DirectorySnapshot directory, String field, String codeOrName) {
        DepartmentEntry department = directory.department(codeOrName)
                .orElseThrow(() -> unknownDepartment(field, codeOrName));
        if (!department.active()) {
            throw new RuleViolationException(RuleViolation.DEPARTMENT_INACTIVE,
                    "The department " + department.code() + " (" + department.name() + ") takes no new tasks.");
        }
        return department;
    }

    private static InvalidRequestException unknownDepartment(String field, String codeOrName) {
        return new InvalidRequestException(RuleViolation.UNKNOWN_DEPARTMENT.name(), field,
                "The directory has no department '" + codeOrName + "'.");
    }
}
