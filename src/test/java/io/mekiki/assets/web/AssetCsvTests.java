package io.mekiki.assets.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.assets.AssetRow;
import io.mekiki.assets.Level;
import io.mekiki.shared.AssetCategory;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class AssetCsvTests {

    private final ResourceBundleMessageSource messages = messages();

    @Test
    void plainTextStaysAsItIs() {
        assertThat(AssetCsv.cell("顧客台帳")).isEqualTo("顧客台帳");
        assertThat(AssetCsv.cell(null)).isEmpty();
    }

    @Test
    void commasQuotesAndLineBreaksAreQuoted() {
        assertThat(AssetCsv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(AssetCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AssetCsv.cell("line 1\nline 2")).isEqualTo("\"line 1\nline 2\"");
        assertThat(AssetCsv.cell(" padded ")).isEqualTo("\" padded \"");
    }

    @Test
    void textASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(AssetCsv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(AssetCsv.cell("+1")).isEqualTo("'+1");
        assertThat(AssetCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void theFileStartsWithAByteOrderMarkAndHasAHeaderInTheReadersLanguage() throws Exception {
        StringWriter japanese = new StringWriter();
        new AssetCsv(messages, Locale.JAPANESE).write(List.of(row()), japanese);
        StringWriter english = new StringWriter();
        new AssetCsv(messages, Locale.ENGLISH).write(List.of(row()), english);

        assertThat(japanese.toString()).startsWith("\uFEFFID,資産名,管理部門,");
        assertThat(japanese.toString())
                .contains("営業秘密; 個人情報", "高,低（わずかな損失・停止も受け入れられない）", ",1200000,", ",いいえ,")
                .contains("2026-11-26 11:00:00")
                .endsWith("\r\n");
        assertThat(japanese.toString().split("\r\n")).hasSize(2);
        assertThat(english.toString())
                .startsWith("\uFEFFID,Asset name,Owner department,")
                .contains("Trade secrets; Personal data", ",No,");
    }

    private static AssetRow row() {
        return new AssetRow(
                UUID.randomUUID(),
                "顧客台帳",
                "営業本部",
                "取引先の担当者情報",
                Set.of(AssetCategory.TRADE_SECRET, AssetCategory.PERSONAL_DATA),
                Level.HIGH,
                Level.LOW,
                "アクセス制御",
                1_200_000L,
                "99.5%",
                null,
                false,
                Instant.parse("2026-11-26T10:00:00Z"),
                Instant.parse("2026-11-26T11:00:00Z"),
                2);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
