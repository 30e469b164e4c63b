package org.leerwerkplek.fieldwork;

/**
 * One invitee as imported or picked from the company register, before it is stored. The
 * subgroup fields (size class, subsector, region) may be empty.
 *
 * @param companyId the company in the register, or null for an imported line
 */
public record InviteeLine(String company, String contact, String email, String language, String sizeClass,
                          String subsector, String region, Long companyId) {
}
