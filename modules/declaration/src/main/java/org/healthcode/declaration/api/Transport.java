package org.healthcode.declaration.api;

import org.eclipse.microprofile.graphql.Description;

/** How a person entering the city travels. */
@Description("How a person entering the city travels.")
public enum Transport {
  @Description("By air.")
  PLANE,
  @Description("By train.")
  TRAIN,
  @Description("By long-distance coach.")
  COACH,
  @Description("By car.")
  CAR,
  @Description("By ship.")
  SHIP,
  @Description("Any other means.")
  OTHER
}
