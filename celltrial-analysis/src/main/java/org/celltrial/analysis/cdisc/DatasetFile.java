package org.celltrial.analysis.cdisc;

/**
 * A Dataset-JSON file read back: its creation time, file attributes and dataset.
 *
 * @param creationDateTime {@code datasetJSONCreationDateTime}
 * @param info the other file attributes
 * @param dataset the dataset
 */
public record DatasetFile(String creationDateTime, FileInfo info, Dataset dataset) {}
