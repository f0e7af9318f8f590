package org.healthcode.venue.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.venue.application.OfflineUpload;

@Type("OfflineUploadResult")
@Description("What an upload of offline scans recorded.")
public record OfflineUploadResultView(
    @NonNull @Description("Newly recorded.") Integer accepted,
    @NonNull @Description("Already recorded before (same scanId, same content).")
        Integer duplicates,
    @NonNull
        @Description(
            "Scans not recorded, each with a stable code: SCAN_ID_INVALID, SCAN_INCOMPLETE,"
                + " SIGNATURE_INVALID, SCANNED_AFTER_SENT, SCAN_TOO_OLD, CODE_INVALID,"
                + " ISSUER_UNTRUSTED, ISSUER_KEY_EXPIRED, INVALID_TEMPERATURE, DECISION_INVALID,"
                + " SCAN_ID_REUSED, SCAN_NOT_RECORDED (send it again).")
        List<@NonNull OfflineScanRefusalView> refused) {

  static OfflineUploadResultView of(OfflineUpload upload) {
    return new OfflineUploadResultView(
        upload.accepted(),
        upload.duplicates(),
        upload.refused().stream()
            .map(refusal -> new OfflineScanRefusalView(refusal.scanId(), refusal.code()))
            .toList());
  }
}
