package org.healthcode.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call an operation of a module's {@code api}: a caller holding at least one of the roles;
 * anyone else is FORBIDDEN, an anonymous caller UNAUTHENTICATED. Stated on every method of every
 * interface in an {@code api} package (ModuleRules) and enforced by the implementation's first line
 * through {@link ContractAccess}, so a module calling another's api cannot pass by the check that
 * the GraphQL layer makes (docs/adr/0044). Background work calls as {@link Role#SYSTEM}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CallableBy {

  /** The roles of which the caller must hold one. */
  Role[] value();
}
