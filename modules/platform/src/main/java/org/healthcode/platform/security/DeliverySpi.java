package org.healthcode.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An interface in an {@code api} package that is not an operation other modules call but a way out
 * of its own module: a delivery port (SMS, push) that an adapter or a deployment's {@code
 * Alternative} implements and only the module's own outbox job calls. It states no {@link
 * CallableBy}, and ModuleRules lets no other module call it (docs/adr/0044).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DeliverySpi {}
