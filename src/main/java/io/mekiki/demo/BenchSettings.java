package io.mekiki.demo;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The settings of the profile {@code benchdata} (issue 11's volumes by default).
 *
 * @param seed the seed of every random choice: the same seed gives the same organisation
 * @param initiatives how many initiatives in all, the one in comparison and selection included
 * @param candidates how many candidates the initiative in comparison and selection compares (at most 10)
 * @param years how many years of ledger history before today
 * @param password the password of every bench user; when absent, {@code mekiki.demo.password}, else one is
 *     generated and printed once
 */
@ConfigurationProperties("mekiki.benchdata")
public record BenchSettings(
        @Nullable Long seed,
        @Nullable Integer initiatives,
        @Nullable Integer candidates,
        @Nullable Integer years,
        @Nullable String password) {

    long seedOrDefault() {
        return seed == null ? 11L : seed;
    }

    int initiativesOrDefault() {
        return initiatives == null ? 200 : Math.max(1, initiatives);
    }

    int candidatesOrDefault() {
        return candidates == null ? 10 : Math.max(1, Math.min(BenchServices.COUNT, candidates));
    }

    int yearsOrDefault() {
        return years == null ? 5 : Math.max(1, years);
    }
}
