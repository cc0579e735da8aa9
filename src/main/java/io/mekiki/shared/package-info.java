/**
 * The shared kernel every module may use: who is signed in ({@link io.mekiki.shared.SignedInUser}),
 * who acted ({@link io.mekiki.shared.Actor}) and the refusals a module reports to its callers. Holds
 * no business rules of its own, and no state beyond one request ({@link io.mekiki.shared.PageReads}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel")
package io.mekiki.shared;
