package org.celltrial.analysis.cdisc;

/**
 * The file-level attributes of a Dataset-JSON v1.1 file other than its creation time.
 *
 * @param fileOid {@code fileOID}: a unique identifier of the file, or null
 * @param originator {@code originator}: the organisation that made the file, or null
 * @param sourceSystemName {@code sourceSystem.name}, or null (then no {@code sourceSystem})
 * @param sourceSystemVersion {@code sourceSystem.version}; required with a name
 * @param dbLastModifiedDateTime {@code dbLastModifiedDateTime}: ISO 8601 date-time when the source
 *     database last changed, or null
 * @param studyOid {@code studyOID}, or null
 * @param metaDataVersionOid {@code metaDataVersionOID}, or null
 */
public record FileInfo(
    String fileOid,
    String originator,
    String sourceSystemName,
    String sourceSystemVersion,
    String dbLastModifiedDateTime,
    String studyOid,
    String metaDataVersionOid) {}
