package io.mekiki.catalog;

import io.mekiki.shared.LocalizedText;
import io.mekiki.shared.Sector;
import java.util.List;

/** The entries of the reference library besides references: risks, glossary terms and sector rules. */
public final class LibraryEntries {

    private LibraryEntries() {}

    /** One of the seven cloud risks, described. */
    public record RiskDescription(CloudRisk id, LocalizedText name, LocalizedText description) {}

    /** A term of the glossary. */
    public record GlossaryTerm(String id, LocalizedText term, LocalizedText definition) {}

    /** How personal-data rules differ in one sector, and which references apply there. */
    public record SectorRules(Sector id, LocalizedText name, LocalizedText rules, List<String> references) {
        public SectorRules {
            references = List.copyOf(references);
        }
    }
}
