package io.mekiki.operation.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.operation.MetricDirection;
import io.mekiki.operation.MetricPeriod;
import io.mekiki.operation.MetricUnit;
import io.mekiki.operation.SlaContractRef;
import io.mekiki.operation.SlaDashboard;
import io.mekiki.operation.SlaPeriodAttainment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class SlaDashboardViewTests {

    @Test
    void aMetricNamedWithMarkupIsShownAsTextNotRun() {
        SlaDashboardView.Cell hostile = new SlaDashboardView.Cell(
                "<script>alert(1)</script>可用性",
                "/contracts/1/sla/metrics/2?x=\"onmouseover=",
                "≥ 99.9 %",
                "99.5 %",
                "sla-missed",
                "未達");

        String html = SlaDashboardView.markup(List.of(hostile), "なし");

        assertThat(html)
                .doesNotContain("<script>", "\"onmouseover")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;可用性", "&quot;onmouseover=", "≥ 99.9 %")
                .contains("<span class=\"badge sla-missed\">未達</span>");
    }

    @Test
    void aContractWithoutMetricsSaysSo() {
        assertThat(SlaDashboardView.markup(List.of(), "No SLA metric yet & more"))
                .isEqualTo("<span class=\"muted\">No SLA metric yet &amp; more</span>");
    }

    @Test
    void aRowCountsTheMetricsOnTargetAndListsOnlyThoseThatNeedAttention() {
        LocalDate start = LocalDate.of(2026, 12, 1);
        SlaDashboard.Row row = new SlaDashboard.Row(
                new SlaContractRef(UUID.randomUUID(), UUID.randomUUID(), "会計クラウド", start, true),
                List.of(
                        metric("稼働率", attainment(start, "99.95", true, false)),
                        metric("復旧時間", attainment(start, "97.5", false, false)),
                        metric("一次回答", null),
                        metric("通知時間", attainment(start.minusMonths(1), "90", false, true))),
                1,
                null,
                List.of(),
                0,
                0);
        SlaDashboard dashboard = new SlaDashboard(start.plusDays(10), true, List.of(row));

        SlaDashboardView ja = SlaDashboardView.of(dashboard, messages(), Locale.JAPANESE, "");
        SlaDashboardView en = SlaDashboardView.of(dashboard, messages(), Locale.ENGLISH, "");

        assertThat(ja.summaries()).containsExactly("目標達成 1 / 4 指標");
        assertThat(en.summaries()).containsExactly("1 of 4 metrics on target");
        assertThat(ja.cells().get(0)).extracting(SlaDashboardView.Cell::name).containsExactly("復旧時間", "一次回答", "通知時間");
        assertThat(ja.cells().get(0))
                .extracting(SlaDashboardView.Cell::badgeClass)
                .containsExactly("sla-behind", "", "sla-missed");
        assertThat(ja.html().get(0)).contains("目標達成 1 / 4 指標", "復旧時間").doesNotContain("稼働率");
    }

    private static SlaDashboard.MetricNow metric(String name, @Nullable SlaPeriodAttainment current) {
        return new SlaDashboard.MetricNow(
                UUID.randomUUID(),
                "M" + Math.abs(name.hashCode()),
                name,
                MetricUnit.PERCENT,
                null,
                MetricDirection.AT_LEAST,
                new BigDecimal("99.9"),
                MetricPeriod.MONTHLY,
                current);
    }

    private static SlaPeriodAttainment attainment(LocalDate start, String attained, boolean met, boolean closed) {
        return new SlaPeriodAttainment(
                start, start.plusMonths(1).minusDays(1), 10, new BigDecimal(attained), met, closed, closed, null, null);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
