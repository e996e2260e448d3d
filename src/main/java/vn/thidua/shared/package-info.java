/** The shared kernel: text search, dates, problem details, security principal, audit events. */
@ApplicationModule(type = ApplicationModule.Type.OPEN, displayName = "Shared kernel")
package vn.thidua.shared;

import org.springframework.modulith.ApplicationModule;
