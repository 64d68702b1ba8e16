/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* pci:, file: and linux: as device kinds: the backends library opens them,
 * this file turns its statuses into exit codes and fills the device. */
#include <stdlib.h>
#include <string.h>

#include "dev_real.h"
#include "hostdev.h"
#include "linux_ep.h"

static int status_exit(int st)
{
	return st == CXLMB_HOST_DEVICE ? EXIT_CHECK : EXIT_USAGE;
}

typedef int (*mmio_opener)(const char *, const struct cxlmb_host_opts *, struct cxlmb_hostdev *,
			   char *, size_t);

static int mmio_open(const char *sub, const char *arg, const struct cli_dev_opts *o,
		     struct cli_device *d, mmio_opener fn)
{
	struct cxlmb_host_opts ho = { .force = o->force, .cmd_timeout_ms = o->timeout_ms };
	struct cxlmb_hostdev *h = calloc(1, sizeof(*h));
	char err[512];
	int st;

	if (!h) {
		cli_err(sub, "device %s: out of memory", d->spec);
		return EXIT_USAGE;
	}
	d->priv = h;
	if ((st = fn(arg, &ho, h, err, sizeof(err))) != CXLMB_HOST_OK ||
	    (st = cxlmb_hostdev_mbox_init(h, &d->mb, err, sizeof(err))) != CXLMB_HOST_OK) {
		cli_err(sub, "device %s: %s", d->spec, err);
		return status_exit(st);
	}
	d->has_mbox = true;
	return cxlmb_ep_mbox_init(&d->root, &d->mb) ? EXIT_USAGE : EXIT_OK;
}

int cli_dev_pci_open(const char *sub, const char *arg, const struct cli_dev_opts *o,
		     struct cli_device *d)
{
	return mmio_open(sub, arg, o, d, cxlmb_pci_open);
}

int cli_dev_file_open(const char *sub, const char *arg, const struct cli_dev_opts *o,
		      struct cli_device *d)
{
	return mmio_open(sub, arg, o, d, cxlmb_file_open);
}

void cli_dev_mmio_close(struct cli_device *d)
{
	if (d->priv) {
		cxlmb_hostdev_close(d->priv);
		free(d->priv);
		d->priv = NULL;
	}
}

int cli_dev_linux_open(const char *sub, const char *arg, const struct cli_dev_opts *o,
		       struct cli_device *d)
{
	struct cxlmb_linux_ep *k = calloc(1, sizeof(*k));
	char err[512];
	int st;

	(void)o;
	if (!k) {
		cli_err(sub, "device %s: out of memory", d->spec);
		return EXIT_USAGE;
	}
	k->fd = -1;
	d->priv = k;
	if ((st = cxlmb_linux_open(arg, k, &d->root, err, sizeof(err))) != CXLMB_HOST_OK) {
		cli_err(sub, "device %s: %s", d->spec, err);
		return status_exit(st);
	}
	return EXIT_OK;
}

/* The errno is the kernel's answer; the library says only KERNEL_REFUSED. */
void cli_dev_linux_detail(const struct cli_device *d, char *buf, size_t n)
{
	const struct cxlmb_linux_ep *k = d->priv;
	if (n)
		buf[0] = '\0';
	if (k->last_errno)
		snprintf(buf, n, "the kernel refused %04Xh%s: %s (errno %d)", k->last_opcode,
			 k->last_raw ? " (sent as RAW: no uapi command id)" : "",
			 strerror(k->last_errno), k->last_errno);
}

void cli_dev_linux_close(struct cli_device *d)
{
	struct cxlmb_linux_ep *k = d->priv;
	if (!k)
		return;
	cxlmb_linux_close(k);
	free(k);
	d->priv = NULL;
}
