package org.healthcode.platform.system;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SystemInfo")
@Description("The running deployment.")
public record SystemInfo(
    @NonNull @Description("Version of the deployed application.") String version,
    @NonNull @Description("Modules deployed in this application, platform first.")
        List<@NonNull String> modules,
    @NonNull @Description("The database this node reads and writes.") DatabaseInfo database) {}
