package io.mekiki.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits every request must keep to, whatever it is for (see docs/api-conventions.md). Each field also
 * has its own, tighter limit on the form or request record that binds it.
 *
 * @param maxQueryParameters how many {@code name=value} pairs a query string may carry
 * @param maxQueryValueLength the longest query parameter value, in characters
 * @param maxFormValueLength the longest value of a form field or multipart text part, in characters
 * @param maxBodySize the largest request body other than a form or a multipart upload (JSON, YAML)
 */
@ConfigurationProperties("mekiki.web")
public record InputLimits(
        @DefaultValue("300") int maxQueryParameters,
        @DefaultValue("1000") int maxQueryValueLength,
        @DefaultValue("100000") int maxFormValueLength,
        @DefaultValue("1MB") DataSize maxBodySize) {}
