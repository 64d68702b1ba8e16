/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Shared by the pci: and file: openers. */
#ifndef CXLMB_HOSTDEV_INTERNAL_H
#define CXLMB_HOSTDEV_INTERNAL_H

#include "hostdev.h"

/* Format one line into err; returns status. */
int cxlmb_host_fail(char *err, size_t n, int status, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* Map avail bytes of fd at offset (taking ownership of fd), walk the
 * capabilities array and set the transport configuration.  what names the
 * file in messages. */
int cxlmb_host_map(struct cxlmb_hostdev *d, int fd, uint64_t offset, uint64_t avail,
		   const struct cxlmb_host_opts *o, const char *what, char *err, size_t n);
void cxlmb_hostdev_zero(struct cxlmb_hostdev *d);

#endif
