package io.mekiki.selection;

import io.mekiki.initiative.ScopingRecord;

/** A candidate with its scoping and the history of it, and the title of its initiative. */
public record CandidateScoping(String initiativeTitle, Candidate candidate, ScopingRecord record) {}
