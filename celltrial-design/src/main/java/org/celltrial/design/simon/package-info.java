/**
 * Simon's two-stage designs for a response rate: optimal and minimax (Simon 1989) and admissible
 * (Jung, Lee, Kim and George 2004), found by exact enumeration.
 */
package org.celltrial.design.simon;
