package gov.supervision.web.document;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A printable document answered inline as {@code application/pdf}, under a file name to save it by. */
public final class PdfAnswer {

    private PdfAnswer() {
    }

    public static ResponseEntity<byte[]> of(byte[] pdf, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
                .body(pdf);
    }
}
