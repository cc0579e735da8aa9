package io.mekiki.instruction;

/** A stored attachment to download. */
public record AttachmentContent(String fileName, String mediaType, String sha256, byte[] content) {}
