package org.healthcode.platform.cluster;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.transaction.Transactional;

/**
 * Gives every bean that declares a {@code @Transactional} method the {@link RetriedOnConflict}
 * binding, so that every write path of every module survives conflicts on the cluster without each
 * module remembering to ask (docs/adr/0023).
 */
public class ConflictRetryExtension implements Extension {

  <T> void bind(@Observes @WithAnnotations(Transactional.class) ProcessAnnotatedType<T> type) {
    type.configureAnnotatedType().add(RetriedOnConflict.Literal.INSTANCE);
  }
}
