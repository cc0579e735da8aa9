package io.mekiki.contract;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A data set the provider returns at the end (exit terms): what, in which format, by which method, within how
 * many days of the end.
 */
@Table("contract_data_return")
public record DataReturn(String what, String format, String method, int days) {

    public static final int TEXT_MAX = 500;
    public static final int DAYS_MAX = 365;
}
