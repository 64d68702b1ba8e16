/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Write the simulated device's register block out, for backends that read
 * a real block from a file (file:PATH@OFFSET, a fake sysfs resource<N>). */
#ifndef CXLMB_SIM_DUMP_H
#define CXLMB_SIM_DUMP_H

#include "sim.h"

/* Write the block's bytes (as stored: quirks that act on reads do not
 * show) at byte offset of path (created if absent, not
 * truncated), then extend the file with zeros to at least min_size bytes
 * (a BAR is larger than the block).  0, or -1 with errno. */
int cxlmb_sim_dump(const struct cxlmb_sim *s, const char *path, uint64_t offset, uint64_t min_size);

#endif
