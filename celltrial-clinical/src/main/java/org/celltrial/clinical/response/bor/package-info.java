/**
 * Best overall response with configurable rules, response-rate flags, landmark response (G-EP-2,
 * G-EP-6) and investigator/IRC concordance (G-EP-10).
 */
package org.celltrial.clinical.response.bor;
