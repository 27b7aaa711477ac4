// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/org/ofbiz/core/entity/GenericEntityException.html — members used by Throughline only.
package org.ofbiz.core.entity;

/** Checked persistence failure from Jira's OfBiz entity engine. Real supertype is org.ofbiz.core.util.GeneralException. */
public class GenericEntityException extends Exception {
    private static final long serialVersionUID = 1L;

    public GenericEntityException() {
        super();
    }

    public GenericEntityException(String message) {
        super(message);
    }

    public GenericEntityException(String message, Throwable nested) {
        super(message, nested);
    }
}
