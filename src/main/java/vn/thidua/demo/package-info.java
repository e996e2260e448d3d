/**
 * The demo dataset: Hà Nội's Bắc Từ Liêm district union with its 248 grassroots unions, the 2025
 * reform that moved them to ward unions, the industrial-zone union with its two-phase movement of
 * 2023 (registrations, progress, ranking), workers, the national "1 triệu sáng kiến" programme with
 * its targets handed down and the district's initiatives of 2020, a finished skills contest,
 * honours held in 2018–2019 by workers and unions of the first enterprises, and one login per role
 * and level. Loaded by code on the first start of the embedded database, never by a migration.
 */
@ApplicationModule(displayName = "Demo dataset")
package vn.thidua.demo;

import org.springframework.modulith.ApplicationModule;
