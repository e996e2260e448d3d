package vn.thidua.attachment;

import java.io.InputStream;

/** A stored file opened for sending: what it is and its content. */
public record StoredFile(AttachmentRef ref, InputStream content) {}
