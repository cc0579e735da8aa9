package io.mekiki.decision.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A page that embeds the request form twice, as another module's page does; only in tests. */
@Controller
class EmbeddingTestPage {

    static final String PATH = "/test/decision-request-form";

    @GetMapping(PATH)
    String page(@RequestParam UUID subjectId, Model model) {
        model.addAttribute("subjectId", subjectId);
        return "decision/embedding-test";
    }
}
