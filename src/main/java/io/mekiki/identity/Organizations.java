package io.mekiki.identity;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface Organizations extends ListCrudRepository<Organization, UUID> {}
