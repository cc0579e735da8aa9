package io.mekiki.instruction.web;

import io.mekiki.instruction.InstructionTemplate;
import io.mekiki.instruction.Instructions;
import io.mekiki.shared.LifeCyclePhase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/instruction-templates")
@Tag(name = "Instructions")
class InstructionTemplateApi {

    private final Instructions instructions;

    InstructionTemplateApi(Instructions instructions) {
        this.instructions = instructions;
    }

    @GetMapping
    @Operation(
            summary = "Ready-made instructions for each phase of the life cycle",
            description = "The instructions the guide's chapter 2 has executives give, in Japanese and English, each"
                    + " with the gate it prepares and the catalogue items it concerns. Without `phase`: all phases.")
    List<InstructionTemplate> templates(@RequestParam(required = false) @Nullable LifeCyclePhase phase) {
        return phase == null ? instructions.templates() : instructions.templates(phase);
    }
}
