/**
 * The end of a cloud use (サービス利用の終了, ADR 040): the exit of an initiative, started when the executive decides
 * to end the use, from the provider's termination notice (its notice period counted down) or by hand; its plan
 * prefilled from the contract's exit terms (data sets to return with format, method, deadline and who checks;
 * deletion method and proof); each data return with its completeness check, corrected returns kept beside the
 * incomplete ones; the deletion evidence (the provider's certificate, or an alternative with the risk officer's
 * assessment). Contributes the conditions and facts of the termination gates through {@link
 * io.mekiki.initiative.GateContributions}, so that no initiative closes without them; exports a closed initiative
 * as a dossier. Builds on initiatives, contracts, decisions and the audit ledger; none of them knows it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exit")
package io.mekiki.exit;
