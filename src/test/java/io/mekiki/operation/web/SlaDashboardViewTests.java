package io.mekiki.operation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

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
}
