package gov.supervision.web.request;

import java.text.Normalizer;

/**
 * The one rule for text in a request body: line feeds, carriage returns and tabs may stand inside it (descriptions
 * and summaries have several lines), no other control character (C0, DEL, C1) and no half of a character (an
 * unpaired surrogate, which no UTF-8 export can write) may; what is kept is NFC-normalised, so the same words are
 * stored, searched and compared as the same characters, and stripped of surrounding white space, including the
 * no-break and ideographic spaces that text pasted from office documents brings along.
 */
final class RequestText {

    static final String CONTROL_CHARACTER =
            "must not contain control characters (line feeds, carriage returns and tabs only)";
    static final String BROKEN_CHARACTER = "must be valid Unicode text (it holds half of a character)";

    private RequestText() {
    }

    /** What is wrong with the text, or null if it may be stored once {@linkplain #normalised normalised}. */
    static String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return BROKEN_CHARACTER;
            } else if (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t') {
                return CONTROL_CHARACTER;
            }
        }
        return null;
    }

    /** The text in NFC without surrounding white space; text that is only white space becomes empty. */
    static String normalised(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        int start = 0;
        int end = nfc.length();
        while (start < end && isSpace(nfc.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(nfc.charAt(end - 1))) {
            end--;
        }
        return nfc.substring(start, end);
    }

    /**
     * Unicode white space: Java's white space, and the space separators it leaves out (no-break space U+00A0,
     * figure space, narrow no-break space); also the invisible zero-width space and byte order mark.
     */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }
}
