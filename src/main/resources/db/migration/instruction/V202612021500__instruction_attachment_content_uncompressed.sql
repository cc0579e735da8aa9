-- Attachments are downloaded in slices (substring(content from ? for ?)). Stored uncompressed, out of
-- line, a slice is read from its own TOAST chunks instead of decompressing the file from the start;
-- the allowed formats (PDF, images, Office documents) are compressed already, so little space is lost.
-- Applies to files stored from now on.
alter table instruction_attachment alter column content set storage external;
