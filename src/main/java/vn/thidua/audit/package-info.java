/**
 * The audit log: every change any module announces with {@link
 * vn.thidua.shared.events.EntityChanged} is kept with who made it, when, in which unit, and the
 * record before and after. Entries are only ever added; people read them within the units they may
 * see. Other modules read the log through {@link vn.thidua.audit.AuditTrail}.
 */
@ApplicationModule(
    displayName = "Audit",
    allowedDependencies = {"shared", "organisation"})
package vn.thidua.audit;

import org.springframework.modulith.ApplicationModule;
