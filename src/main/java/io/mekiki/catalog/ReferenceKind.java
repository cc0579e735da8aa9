package io.mekiki.catalog;

public enum ReferenceKind {
    LAW,
    REGULATION,
    GUIDELINE,
    STANDARD,
    CERTIFICATION,
    REPORT
}
