package io.mekiki.profile;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface ComplianceProfiles extends ListCrudRepository<ComplianceProfile, UUID> {}
