package gov.supervision.web.document;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A printed office document laid out top to bottom on A4 pages: headings, a table of labelled rows, paragraphs,
 * lines set to the right, with Chinese text in the font the product brings (embedded as a subset, so that the text
 * can be read and searched in the PDF). A character the font lacks is printed as "?" rather than failing.
 */
final class PdfSheet implements AutoCloseable {

    static final Color OFFICIAL_RED = new Color(0xC8, 0x10, 0x2E);
    private static final float MARGIN = 64;
    private static final float LINE_SPACING = 1.5f;

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private PDPageContentStream page;
    private float y;

    PdfSheet(TrueTypeFont fontFile, String title) {
        try {
            font = PDType0Font.load(document, fontFile, true);
            document.getDocumentInformation().setTitle(title);
            newPage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    /** A line centred on the page. */
    PdfSheet centred(String text, float size, Color color) {
        String printable = printable(text);
        float x = MARGIN + (width() - textWidth(printable, size)) / 2;
        room(size * LINE_SPACING);
        write(printable, x, y - size, size, color);
        y -= size * LINE_SPACING;
        return this;
    }

    /** A rule across the page, as under the heading of an official document. */
    PdfSheet rule(Color color, float thickness) {
        room(12);
        try {
            page.setStrokingColor(color);
            page.setLineWidth(thickness);
            page.moveTo(MARGIN, y - 4);
            page.lineTo(MARGIN + width(), y - 4);
            page.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= 12;
        return this;
    }

    PdfSheet space(float height) {
        y -= height;
        return this;
    }

    /** A paragraph, wrapped to the page's width; an empty line between paragraphs of {@code text}. */
    PdfSheet paragraph(String text, float size) {
        for (String line : wrap(text, size, width())) {
            room(size * LINE_SPACING);
            write(line, MARGIN, y - size, size, Color.BLACK);
            y -= size * LINE_SPACING;
        }
        return this;
    }

    /** A line set flush right. */
    PdfSheet right(String text, float size) {
        String printable = printable(text);
        room(size * LINE_SPACING);
        write(printable, MARGIN + width() - textWidth(printable, size), y - size, size, Color.BLACK);
        y -= size * LINE_SPACING;
        return this;
    }

    /** A bordered table: each row's cells wrap within their column; {@code widths} are the columns' shares. */
    PdfSheet table(float size, float[] widths, List<String[]> rows) {
        float total = 0;
        for (float share : widths) {
            total += share;
        }
        float padding = 5;
        for (String[] row : rows) {
            List<List<String>> cells = new ArrayList<>();
            int lines = 1;
            for (int column = 0; column < row.length; column++) {
                float columnWidth = width() * widths[column] / total;
                List<String> wrapped = wrap(row[column] == null ? "" : row[column], size, columnWidth - 2 * padding);
                cells.add(wrapped);
                lines = Math.max(lines, wrapped.size());
            }
            float height = lines * size * LINE_SPACING + 2 * padding;
            room(height);
            float x = MARGIN;
            for (int column = 0; column < row.length; column++) {
                float columnWidth = width() * widths[column] / total;
                box(x, y - height, columnWidth, height);
                float lineY = y - padding - size;
                for (String line : cells.get(column)) {
                    write(line, x + padding, lineY, size, Color.BLACK);
                    lineY -= size * LINE_SPACING;
                }
                x += columnWidth;
            }
            y -= height;
        }
        return this;
    }

    byte[] toPdf() {
        try {
            page.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void room(float height) {
        if (y - height < MARGIN) {
            try {
                page.close();
                newPage();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void newPage() throws IOException {
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void write(String text, float x, float baseline, float size, Color color) {
        try {
            page.beginText();
            page.setFont(font, size);
            page.setNonStrokingColor(color);
            page.newLineAtOffset(x, baseline);
            page.showText(text);
            page.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void box(float x, float bottom, float boxWidth, float height) {
        try {
            page.setStrokingColor(Color.BLACK);
            page.setLineWidth(0.6f);
            page.addRect(x, bottom, boxWidth, height);
            page.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> wrap(String text, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (int offset = 0; offset < paragraph.length(); ) {
                int codePoint = paragraph.codePointAt(offset);
                offset += Character.charCount(codePoint);
                String character = printable(new String(Character.toChars(codePoint)));
                float characterWidth = textWidth(character, size);
                if (lineWidth + characterWidth > maxWidth && !line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                line.append(character);
                lineWidth += characterWidth;
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private String printable(String text) {
        StringBuilder printable = new StringBuilder();
        text.codePoints().forEach(codePoint -> {
            String character = new String(Character.toChars(codePoint));
            printable.append(Character.isISOControl(codePoint) || !encodable(character) ? "?" : character);
        });
        return printable.toString();
    }

    private boolean encodable(String character) {
        try {
            font.encode(character);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private float textWidth(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
