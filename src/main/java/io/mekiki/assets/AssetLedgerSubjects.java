package io.mekiki.assets;

import io.mekiki.audit.TableSubjects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Information assets in the audit ledger, by their name, linked to their page. */
@Component
class AssetLedgerSubjects extends TableSubjects {

    AssetLedgerSubjects(JdbcClient jdbc) {
        super(jdbc, AssetChange.ASSET, "assets_asset", "name", "/assets/");
    }
}
