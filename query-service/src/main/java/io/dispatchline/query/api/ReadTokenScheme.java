package io.dispatchline.query.api;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * Declares the optional read token in the OpenAPI document. Reads are open unless {@code
 * DISPATCHLINE_READ_TOKEN} is set, so the requirement lists the token and, as an alternative, no
 * security at all (an empty requirement set).
 */
@OpenAPIDefinition(
    info = @Info(title = "Dispatchline query-service", version = "0.1.0"),
    securitySets = {
      @SecurityRequirementsSet({@SecurityRequirement(name = ReadTokenScheme.NAME)}),
      @SecurityRequirementsSet({})
    })
@SecurityScheme(
    securitySchemeName = ReadTokenScheme.NAME,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description =
        "The read token configured in query-service (DISPATCHLINE_READ_TOKEN); needed only when"
            + " it is set")
public class ReadTokenScheme extends Application {
  static final String NAME = "readToken";
}
