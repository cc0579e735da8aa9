package io.mekiki.decision;

import org.springframework.data.relational.core.mapping.Table;

/** One option the requester lays out. */
@Table("decision_option")
record DecisionOption(String text) {}
