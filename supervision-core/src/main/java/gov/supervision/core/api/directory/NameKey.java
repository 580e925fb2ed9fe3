package gov.supervision.core.api.directory;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How a name is compared: Unicode NFKC (full-width letters and digits become their ASCII forms), without any white
 * space (a trailing no-break space or an ideographic space names the same unit), and case-folded. Two names with
 * the same key name the same department or leader; the directory lets no two units share one.
 */
public final class NameKey {

    private NameKey() {
    }

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String normalized = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder key = new StringBuilder(normalized.length());
        normalized.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200B' && c != '\uFEFF')
                .forEach(key::appendCodePoint);
        return key.toString().toLowerCase(Locale.ROOT);
    }
}
