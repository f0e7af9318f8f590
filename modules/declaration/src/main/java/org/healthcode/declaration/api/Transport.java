package org.healthcode.declaration.api;

/** How a person entering the city travels. */
public enum Transport {
  PLANE,
  TRAIN,
  COACH,
  CAR,
  SHIP,
  OTHER
}
