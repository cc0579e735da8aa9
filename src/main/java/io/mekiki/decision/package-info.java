/**
 * Executive decisions (経営判断): requested with a proposal, options and evidence by a risk officer or
 * business owner, decided by an executive who is not the requester, with a mandatory rationale. A
 * decision freezes the basis it was made on (canonical snapshot and hash) and flags itself stale when
 * that basis later changes. Generic over its subject: the initiative module asks for decisions on its
 * gates; this module does not know initiatives.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Decisions")
package io.mekiki.decision;
