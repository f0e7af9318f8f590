package org.healthcode.platform.system;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("DatabaseInfo")
@Description("The database server, as it answers right now.")
public record DatabaseInfo(
    @NonNull @Description("Database product, for example MariaDB.") String vendor,
    @NonNull @Description("Server version as the server reports it.") String version,
    @Description("Migrations applied successfully, summed over all modules.")
        int migrationsApplied) {}
