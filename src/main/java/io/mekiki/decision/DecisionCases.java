package io.mekiki.decision;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface DecisionCases extends ListCrudRepository<DecisionCase, UUID> {

    Optional<DecisionCase> findByIdAndOrganizationId(UUID id, UUID organizationId);

    @Query("select exists (select 1 from decision_decision where organization_id = :organizationId"
            + " and subject_type = :subjectType and subject_id = :subjectId and topic = :topic"
            + " and status = 'REQUESTED')")
    boolean openRequestExists(UUID organizationId, String subjectType, UUID subjectId, String topic);

    List<DecisionCase> findByOrganizationIdAndSubjectTypeAndSubjectIdOrderByRequestedAtDesc(
            UUID organizationId, String subjectType, UUID subjectId);

    List<DecisionCase> findByOrganizationIdAndSubjectTypeAndSubjectIdAndTopicAndStatusOrderByDecidedAtDesc(
            UUID organizationId, String subjectType, UUID subjectId, String topic, DecisionStatus status);
}
