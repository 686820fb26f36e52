package vn.vwu.platform.common.web;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Every operation that needs credentials documents 401 and 403 (the shared responses); the few public ones
 * (signing in) declare an empty security requirement and are left alone. Keeps forty annotations from
 * being repeated on every method.
 */
public class SecuredOperations implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getSecurity() != null && operation.getSecurity().isEmpty()) {
            return operation;
        }
        APIResponses responses = operation.getResponses();
        if (responses != null) {
            if (!responses.hasAPIResponse("401")) {
                responses.addAPIResponse("401", OASFactory.createAPIResponse().ref("Unauthorized"));
            }
            if (!responses.hasAPIResponse("403")) {
                responses.addAPIResponse("403", OASFactory.createAPIResponse().ref("Forbidden"));
            }
        }
        return operation;
    }
}
