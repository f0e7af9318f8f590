package org.healthcode.platform.graphql;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A GraphQL operation that exists only in development mode: in production {@link GraphQLBootstrap}
 * leaves it out of the schema, so it is not refused but absent (an unknown field). Issue 19,
 * docs/adr/0017.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface DevelopmentOnly {}
