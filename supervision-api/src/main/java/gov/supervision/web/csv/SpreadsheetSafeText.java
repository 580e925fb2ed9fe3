package gov.supervision.web.csv;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;

import java.io.IOException;

/**
 * Every text cell of every CSV export passes here, so what a client once typed cannot act in the spreadsheet that
 * opens the export. A cell starting with {@code = + - @}, a tab or a carriage return would be run as a formula
 * (OWASP "CSV Injection"): it is written quoted, behind a single quote, so the spreadsheet shows it as text. Half
 * of a character (an unpaired surrogate, stored before requests refused them) becomes U+FFFD instead of failing
 * the export. Numbers the product writes (counts, scores, negative ones too) are not text and stay numbers.
 */
final class SpreadsheetSafeText extends JsonGeneratorDelegate {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    SpreadsheetSafeText(JsonGenerator csv) {
        super(csv);
    }

    @Override
    public void writeString(String text) throws IOException {
        if (text == null) {
            super.writeString((String) null);
            return;
        }
        String whole = withWholeCharacters(text);
        if (!whole.isEmpty() && FORMULA_STARTS.indexOf(whole.charAt(0)) >= 0) {
            super.writeRawValue('"' + ("'" + whole).replace("\"", "\"\"") + '"');
        } else {
            super.writeString(whole);
        }
    }

    @Override
    public void writeString(char[] text, int offset, int length) throws IOException {
        writeString(new String(text, offset, length));
    }

    @Override
    public void writeString(SerializableString text) throws IOException {
        writeString(text.getValue());
    }

    private static String withWholeCharacters(String text) {
        StringBuilder whole = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                whole.append(c).append(text.charAt(++i));
            } else {
                whole.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return whole.toString();
    }
}
