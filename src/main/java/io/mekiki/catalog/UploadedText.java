package io.mekiki.catalog;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Accepts an upload only if its bytes are UTF-8 text: the type is decided by the content, not by the
 * file name (a spreadsheet or an image renamed to .yaml is refused).
 */
final class UploadedText {

    private UploadedText() {}

    static String decode(String fileName, byte[] content) {
        int offset = content.length >= 3
                        && (content[0] & 0xff) == 0xef
                        && (content[1] & 0xff) == 0xbb
                        && (content[2] & 0xff) == 0xbf
                ? 3
                : 0;
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset))
                    .toString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
                    throw new CatalogRejectedException(
                            List.of(new CatalogProblem(fileName, lineAt(text, i), "notText", List.of())));
                }
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new CatalogRejectedException(List.of(new CatalogProblem(fileName, 0, "notText", List.of())));
        }
    }

    private static int lineAt(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
