package org.healthcode.venue.domain;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.healthcode.identity.api.EntryPointId;

/** The repository's promise with a map's putIfAbsent for the unique key (ScanRepository). */
final class InMemoryScanRepository implements ScanRepository {

  private record Key(EntryPointId entryPoint, ScanId scanId) {}

  private final ConcurrentMap<Key, RecordedScan> scans = new ConcurrentHashMap<>();

  @Override
  public Optional<RecordedScan> recordOnce(RecordedScan scan) {
    return Optional.ofNullable(scans.putIfAbsent(new Key(scan.entryPoint(), scan.scanId()), scan));
  }

  @Override
  public Optional<RecordedScan> find(EntryPointId entryPoint, ScanId scanId) {
    return Optional.ofNullable(scans.get(new Key(entryPoint, scanId)));
  }

  int size() {
    return scans.size();
  }
}
