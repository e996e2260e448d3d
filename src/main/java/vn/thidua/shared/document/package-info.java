/**
 * Documents in the Vietnamese administrative layout (Nghị định 30/2020/NĐ-CP) as PDF and DOCX: the
 * embedded Vietnamese font, the heading with the issuer and the national motto, the signature
 * block. Each module writes its own body between them.
 */
package vn.thidua.shared.document;
