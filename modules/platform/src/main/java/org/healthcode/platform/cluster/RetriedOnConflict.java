package org.healthcode.platform.cluster;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A bean's transactions are run again when they lose a conflict on the cluster ({@link
 * ConflictRetry}). Not written by hand: {@link ConflictRetryExtension} adds it to every bean that
 * declares a {@code @Transactional} method.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetriedOnConflict {

  /** The annotation as a value, for the extension. */
  final class Literal extends AnnotationLiteral<RetriedOnConflict> implements RetriedOnConflict {
    public static final Literal INSTANCE = new Literal();

    private static final long serialVersionUID = 1L;
  }
}
