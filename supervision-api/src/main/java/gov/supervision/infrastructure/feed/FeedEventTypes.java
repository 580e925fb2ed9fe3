package gov.supervision.infrastructure.feed;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.util.ClassUtils;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The types of task events the feed sends ({@code WarningIssued}, ...), which a subscription may choose from. */
public final class FeedEventTypes {

    private static final String EVENTS = "gov.supervision.core.api.task";
    private static final Set<String> ALL = scan();

    private FeedEventTypes() {
    }

    public static Set<String> all() {
        return ALL;
    }

    private static Set<String> scan() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*Event")));
        Set<String> types = new TreeSet<>();
        for (BeanDefinition found : scanner.findCandidateComponents(EVENTS)) {
            String simpleName = ClassUtils.getShortName(found.getBeanClassName());
            types.add(simpleName.substring(0, simpleName.length() - "Event".length()));
        }
        return Set.copyOf(types);
    }
}
