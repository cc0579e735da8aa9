package io.mekiki.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Reactions of one module to another's events that run after the change has committed
 * ({@code @ApplicationModuleListener}) run on the application's task executor, each in its own
 * transaction, and are kept in the event publication registry until they succeed (ADR 024). The audit
 * ledger is not one of them: it records in the transaction of the change.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class EventReactions {}
