package org.healthcode.venue.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.healthcode.declaration.api.District;
import org.healthcode.identity.api.EntryPointId;
import org.healthcode.venue.api.EntryPointDetails;
import org.healthcode.venue.api.NewVenue;
import org.healthcode.venue.api.VenueCategory;
import org.healthcode.venue.api.VenueDetails;
import org.healthcode.venue.domain.EntryPointPlace;
import org.healthcode.venue.domain.Venues;

/** Venues and their entry points in JPA (venue_venue, venue_entry_point). */
@ApplicationScoped
public class JpaVenues implements Venues {

  @PersistenceContext(unitName = "venue")
  EntityManager entityManager;

  @Override
  public VenueDetails add(NewVenue venue, String operator, Instant createdAt) {
    VenueRow row = new VenueRow();
    row.name = venue.name();
    row.category = venue.category();
    row.district = venue.district();
    row.address = venue.address();
    row.operator = operator;
    row.createdAt = createdAt;
    entityManager.persist(row);
    entityManager.flush();
    return toDetails(row, List.of());
  }

  @Override
  public Optional<VenueDetails> findOwned(long venueId, String operator) {
    return Optional.ofNullable(entityManager.find(VenueRow.class, venueId))
        .filter(row -> row.operator.equals(operator))
        .map(row -> toDetails(row, entryPointsOf(List.of(row.id)).getOrDefault(row.id, List.of())));
  }

  @Override
  public EntryPointDetails addEntryPoint(long venueId, String label, Instant createdAt) {
    EntryPointRow row = new EntryPointRow();
    row.venueId = venueId;
    row.label = label;
    row.createdAt = createdAt;
    entityManager.persist(row);
    entityManager.flush();
    return toDetails(row);
  }

  @Override
  public Optional<EntryPointDetails> findEntryPoint(long entryPointId) {
    return Optional.ofNullable(entityManager.find(EntryPointRow.class, entryPointId))
        .map(JpaVenues::toDetails);
  }

  @Override
  public Optional<EntryPointDetails> findOwnedEntryPoint(long entryPointId, String operator) {
    return entityManager
        .createQuery(
            "SELECT e FROM EntryPointRow e, VenueRow v WHERE e.id = :id AND v.id = e.venueId"
                + " AND v.operator = :operator",
            EntryPointRow.class)
        .setParameter("id", entryPointId)
        .setParameter("operator", operator)
        // a list, not a stream: an unclosed stream's statement outlives the transaction
        .getResultList()
        .stream()
        .findFirst()
        .map(JpaVenues::toDetails);
  }

  @Override
  public Optional<EntryPointPlace> placeOf(EntryPointId entryPoint) {
    return entityManager
        .createQuery(
            "SELECT e.label, v.id, v.name, v.category, v.district FROM EntryPointRow e, VenueRow v"
                + " WHERE e.id = :id AND v.id = e.venueId",
            Object[].class)
        .setParameter("id", entryPoint.value())
        .getResultList()
        .stream()
        .findFirst()
        .map(
            row ->
                new EntryPointPlace(
                    entryPoint,
                    (String) row[0],
                    (Long) row[1],
                    (String) row[2],
                    (VenueCategory) row[3],
                    (District) row[4]));
  }

  @Override
  public List<VenueDetails> pageOwned(String operator, Long afterId, int limit) {
    List<VenueRow> venues =
        entityManager
            .createQuery(
                "SELECT v FROM VenueRow v WHERE v.operator = :operator"
                    + " AND (:after IS NULL OR v.id > :after) ORDER BY v.id",
                VenueRow.class)
            .setParameter("operator", operator)
            .setParameter("after", afterId)
            .setMaxResults(limit)
            .getResultList();
    if (venues.isEmpty()) {
      return List.of();
    }
    Map<Long, List<EntryPointDetails>> entryPoints =
        entryPointsOf(venues.stream().map(v -> v.id).toList());
    return venues.stream()
        .map(v -> toDetails(v, entryPoints.getOrDefault(v.id, List.of())))
        .toList();
  }

  private Map<Long, List<EntryPointDetails>> entryPointsOf(List<Long> venueIds) {
    return entityManager
        .createQuery(
            "SELECT e FROM EntryPointRow e WHERE e.venueId IN :venues ORDER BY e.id",
            EntryPointRow.class)
        .setParameter("venues", venueIds)
        .getResultList()
        .stream()
        .map(JpaVenues::toDetails)
        .collect(Collectors.groupingBy(EntryPointDetails::venueId));
  }

  private static VenueDetails toDetails(VenueRow row, List<EntryPointDetails> entryPoints) {
    return new VenueDetails(
        row.id,
        row.name,
        row.category,
        row.district,
        row.address,
        row.operator,
        row.createdAt,
        entryPoints);
  }

  private static EntryPointDetails toDetails(EntryPointRow row) {
    return new EntryPointDetails(new EntryPointId(row.id), row.venueId, row.label, row.createdAt);
  }
}
