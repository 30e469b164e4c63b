package org.leerwerkplek.companies;

/**
 * A company was erased from the register with its people (a CDI event, fired in the erasing
 * transaction): parts that keep a reference to it (the mentor course's mentors) drop it there.
 *
 * @param name the company's name as it was, for references that hold only the name
 */
public record CompanyErased(long companyId, String name) {
}
