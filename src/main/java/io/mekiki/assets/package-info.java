/**
 * The information asset register (情報資産台帳): the information a company may entrust to cloud
 * services, with its categories, value, risk tolerance, today's in-house controls, cost and service
 * level. Every query is scoped to the caller's organisation; other modules read assets through
 * {@link io.mekiki.assets.InformationAssets}. Publishes {@link io.mekiki.assets.AssetChange} events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Information assets")
package io.mekiki.assets;
