package io.mekiki.identity;

import org.springframework.data.relational.core.mapping.Table;

@Table("identity_user_role")
record RoleGrant(Role role) {}
