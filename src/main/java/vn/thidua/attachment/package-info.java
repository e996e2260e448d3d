/**
 * Files attached to records of other modules (evidence for a progress report, documents of an
 * initiative), kept in PostgreSQL with their checked type, size and SHA-256. The module does not
 * know users: the module that owns the record checks the user's scope before it stores, opens or
 * deletes a file through {@link vn.thidua.attachment.Attachments}, and serves downloads itself with
 * {@link vn.thidua.attachment.AttachmentDownload}.
 */
@ApplicationModule(
    displayName = "Attachments",
    allowedDependencies = {"shared"})
package vn.thidua.attachment;

import org.springframework.modulith.ApplicationModule;
