package org.celltrial.app.derive;

import java.time.LocalDate;
import java.util.List;
import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.ResponseResult;
import org.celltrial.common.i18n.Message;

/** One assessment with its observed result and the category after confirmation. */
record Assessed(
    LocalDate date, ResponseResult observed, Category confirmed, List<Message> confirmation) {}
