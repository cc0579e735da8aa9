package io.mekiki.instruction;

/** A file as the user sent it; its type is decided from the bytes, not from the name. */
public record Upload(String fileName, byte[] content) {}
