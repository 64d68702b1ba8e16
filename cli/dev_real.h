/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Real devices for the device table (device.c): pci:, file:, linux:. */
#ifndef CXLMB_CLI_DEV_REAL_H
#define CXLMB_CLI_DEV_REAL_H

#include "device.h"

int cli_dev_pci_open(const char *sub, const char *arg, const struct cli_dev_opts *o,
		     struct cli_device *d);
int cli_dev_file_open(const char *sub, const char *arg, const struct cli_dev_opts *o,
		      struct cli_device *d);
void cli_dev_mmio_close(struct cli_device *d);
int cli_dev_linux_open(const char *sub, const char *arg, const struct cli_dev_opts *o,
		       struct cli_device *d);
void cli_dev_linux_close(struct cli_device *d);
void cli_dev_linux_detail(const struct cli_device *d, char *buf, size_t n);

#endif
