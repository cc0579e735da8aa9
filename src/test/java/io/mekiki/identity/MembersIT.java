package io.mekiki.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MembersIT extends ApplicationTest {

    @Autowired
    Members members;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    UserAccounts users;

    @Test
    void listsThePeopleWhoCanSignInWithTheirRolesAndNamesAnyoneOfTheOrganisation() {
        UUID organization = fixtures.organization();
        MekikiUser officer = fixtures.user(organization, Role.RISK_OFFICER, Role.AUDITOR);
        MekikiUser owner = fixtures.user(organization, Role.BUSINESS_OWNER);
        MekikiUser leaver = fixtures.user(organization, Role.EXECUTIVE);
        UserAccount left = users.findById(leaver.userId()).orElseThrow();
        left.disable();
        users.save(left);
        MekikiUser stranger = fixtures.userInNewOrganization(Role.EXECUTIVE);

        List<Members.Member> active = members.active(organization);

        assertThat(active).extracting(Members.Member::id).containsExactlyInAnyOrder(officer.userId(), owner.userId());
        assertThat(active)
                .filteredOn(member -> member.id().equals(officer.userId()))
                .singleElement()
                .satisfies(member -> {
                    assertThat(member.roles()).isEqualTo(Set.of(Role.RISK_OFFICER, Role.AUDITOR));
                    assertThat(member.displayName()).isEqualTo(officer.displayName());
                    assertThat(member.active()).isTrue();
                });
        assertThat(members.member(organization, leaver.userId()))
                .hasValueSatisfying(member -> assertThat(member.active()).isFalse());
        assertThat(members.member(organization, stranger.userId())).isEmpty();
        assertThat(members.names(organization, List.of(owner.userId(), leaver.userId(), stranger.userId())))
                .containsOnlyKeys(owner.userId(), leaver.userId())
                .containsEntry(owner.userId(), owner.displayName());
        assertThat(members.names(organization, List.of())).isEmpty();
    }
}
